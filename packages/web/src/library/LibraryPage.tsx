/**
 * The scenario library: saved scenarios first, then the built-in catalog. Open one in the
 * editor or straight in a view; start a new one from a template; import a file (Parley YAML or
 * JSON here, other tools' formats through the server).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../app/useBackend.ts';
import { formatRoute, type Page } from '../app/route.ts';
import { useWorkbench } from '../app/workbench.ts';
import type { ImportFormat } from '../api/types.ts';
import type { LibraryEntry } from './libraryBackend.ts';
import { NEW_SCENARIO } from './newScenario.ts';
import { orderEntries } from './orderEntries.ts';

/** File extension → the server's import format (Parley's own files need no conversion). */
const IMPORTS: Record<string, ImportFormat> = {
  gmcr: 'gmcr',
  nfg: 'nfg',
  efg: 'efg',
  xml: 'ktab-xml',
  csv: 'ktab',
};

export function LibraryPage() {
  const { backend, navigate } = useWorkbench();
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(async () => {
    if (!backend) return;
    try {
      setEntries(orderEntries(await backend.list()));
    } catch (error) {
      setProblem((error as Error).message);
    }
  }, [backend]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const open = (id: string, page: Page = 'edit') => navigate({ name: 'scenario', id, page });

  const create = async (text: string, note: string) => {
    if (!backend) return;
    try {
      const saved = await backend.create(text, note);
      open(saved.id);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const importFile = async (file: File) => {
    const text = await file.text();
    const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
    const format = IMPORTS[ext];
    if (!format || (ext === 'json' && !text.includes('decisionMakers'))) {
      return create(text, `imported from ${file.name}`);
    }
    if (backend?.kind !== 'server') {
      setProblem(`Importing .${ext} files needs the Parley server (start it with npm start).`);
      return;
    }
    try {
      const reply = await api.importFile(format, text, file.name);
      if (reply.text) await create(reply.text, `imported from ${file.name}`);
      else setProblem(`${file.name} is a ${reply.kind}, not a scenario: run it from the CLI.`);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const remove = async (entry: LibraryEntry) => {
    if (!backend || !window.confirm(`Delete “${entry.title}” and its history?`)) return;
    try {
      await backend.remove(entry.id);
      await reload();
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const shown = (entries ?? []).filter((e) =>
    `${e.title} ${e.summary ?? ''} ${e.tags.join(' ')}`
      .toLowerCase()
      .includes(filter.toLowerCase()),
  );

  return (
    <section aria-labelledby="library-h">
      <div className="toolbar">
        <h2 id="library-h">Scenario library</h2>
        <span className="spacer" />
        <label className="inline">
          <span className="visually-hidden">Filter scenarios</span>
          <input
            type="search"
            placeholder="Filter by title or tag"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="button"
          onClick={() => void create(NEW_SCENARIO, 'new scenario')}
        >
          New scenario
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Import file…
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".yaml,.yml,.json,.gmcr,.nfg,.efg,.xml,.csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
      {entries === null ? (
        <p className="muted">Loading the library…</p>
      ) : (
        <ul className="library-grid" aria-label="Scenarios">
          {shown.map((entry) => (
            <li key={entry.id} className="card">
              <h3>
                <a href={formatRoute({ name: 'scenario', id: entry.id, page: 'edit' })}>
                  {entry.title}
                </a>
              </h3>
              <div>
                {entry.readOnly ? (
                  <span className="badge accent">built in</span>
                ) : (
                  <span className="badge">version {entry.version}</span>
                )}{' '}
                {entry.counts && (
                  <span className="muted">
                    {entry.counts.actors} actors · {entry.counts.issues} issues ·{' '}
                    {entry.counts.options} options
                  </span>
                )}
              </div>
              {entry.summary && <p className="summary">{entry.summary}</p>}
              <div className="actions">
                <button type="button" className="button small" onClick={() => open(entry.id)}>
                  Edit
                </button>
                {(entry.counts?.options ?? 1) > 0 && (
                  <button
                    type="button"
                    className="button small"
                    onClick={() => open(entry.id, 'gmcr')}
                  >
                    GMCR
                  </button>
                )}
                {(entry.counts?.issues ?? 1) > 0 && (
                  <button
                    type="button"
                    className="button small"
                    onClick={() => open(entry.id, 'forecast')}
                  >
                    Forecast
                  </button>
                )}
                {!entry.readOnly && (
                  <button type="button" className="button small" onClick={() => void remove(entry)}>
                    Delete
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
