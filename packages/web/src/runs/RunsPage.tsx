/**
 * The runs stored on the Parley server (`GET /api/runs`), newest first: every run's engine,
 * status (live progress while it runs), scenario and version, times, parameters and provenance;
 * cancel, delete, download the result, copy the id. All runs, or one scenario's.
 */
import { useMemo, useState } from 'react';
import type { RunFilter, RunStatus, RunView } from '../api/types.ts';
import { RUN_STATUSES } from '../app/route.ts';
import { copyText } from './copyText.ts';
import { downloadText } from './downloadText.ts';
import { resultFileName } from './runFormat.ts';
import { RunRow, type RunActions } from './RunRow.tsx';
import { useRuns, type RunsClient } from './useRuns.ts';

/** Runs listed at most (the server allows 500). */
export const RUNS_LIMIT = 100;

export interface RunsPageProps {
  client: RunsClient;
  /** Where the library lives; runs are stored only by the server. Null while finding out. */
  mode: 'server' | 'browser' | null;
  /** List only this scenario's runs. */
  scenario?: { id: string; title?: string } | null;
  status?: RunStatus | undefined;
  onStatus: (status: RunStatus | undefined) => void;
  /** Asks before deleting (window.confirm by default). */
  confirm?: (question: string) => boolean;
  /** Saves the result (downloadText by default). */
  save?: (text: string, name: string) => void;
}

export function RunsPage(props: RunsPageProps) {
  const { mode, scenario } = props;
  return (
    <section aria-labelledby="runs-h" className="runs-page">
      <div className="toolbar">
        <h2 id="runs-h">{scenario ? `Runs of ${scenario.title ?? scenario.id}` : 'Runs'}</h2>
        {scenario && <a href="#/runs">All runs</a>}
      </div>
      {mode === null && <p className="muted">Looking for the Parley server…</p>}
      {mode === 'browser' && (
        <p className="notice">
          Stored runs need the Parley server: start it with <code>npm start</code> (or{' '}
          <code>parley-server --web packages/web/dist</code>) and open the app it serves. Here, in
          this browser alone, every view computes in the page and nothing is stored.
        </p>
      )}
      {mode === 'server' && <RunsTable {...props} />}
    </section>
  );
}

function RunsTable({ client, scenario, status, onStatus, confirm, save }: RunsPageProps) {
  const scenarioId = scenario?.id;
  const filter: RunFilter = useMemo(
    () => ({
      ...(scenarioId ? { scenarioId } : {}),
      ...(status ? { status } : {}),
      limit: RUNS_LIMIT,
    }),
    [scenarioId, status],
  );
  const { runs, problem, reload, cancel, remove, resultText } = useRuns(client, filter, true);
  const [note, setNote] = useState('');

  const actions: RunActions = {
    cancel: (run) => void cancel(run),
    remove: (run) => {
      const ask = confirm ?? ((q: string) => window.confirm(q));
      if (ask(`Delete the ${run.engine} run ${run.id} and its result?`)) void remove(run);
    },
    download: (run) =>
      void resultText(run).then(
        (text) => {
          (save ?? downloadText)(text, resultFileName(run));
          setNote(`Downloaded ${resultFileName(run)}`);
        },
        (error: Error) => setNote(`The result of ${run.id} cannot be read: ${error.message}`),
      ),
    copyId: (run) =>
      void copyText(run.id).then((ok) =>
        setNote(ok ? `Copied ${run.id}` : `Copying failed; the id is ${run.id}`),
      ),
  };

  return (
    <>
      <div className="toolbar">
        <label className="inline">
          <span>Status</span>
          <select
            value={status ?? ''}
            onChange={(e) => onStatus((e.target.value || undefined) as RunStatus | undefined)}
          >
            <option value="">any</option>
            {RUN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => void reload()}>
          Refresh
        </button>
        <span className="muted">{countOf(runs)}</span>
        <span className="spacer" />
        <span role="status" className="muted">
          {note}
        </span>
      </div>
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
      {runs === null ? (
        <p className="muted">Loading the runs…</p>
      ) : runs.length === 0 ? (
        <p className="muted">
          No runs{status ? ` ${status}` : ''} yet. Runs are started through the API (
          <code>POST /api/runs</code>) or by views that run on the server.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table runs-table">
            <caption className="visually-hidden">Stored runs, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">Engine</th>
                <th scope="col">Status</th>
                <th scope="col">Scenario</th>
                <th scope="col">Created</th>
                <th scope="col">Finished</th>
                <th scope="col" className="num">
                  Duration
                </th>
                <th scope="col">Parameters</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run: RunView) => (
                <RunRow key={run.id} run={run} actions={actions} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function countOf(runs: RunView[] | null): string {
  if (runs === null) return '';
  const n = runs.length;
  const more = n >= RUNS_LIMIT ? ` (the newest ${RUNS_LIMIT})` : '';
  return `${n} run${n === 1 ? '' : 's'}${more}`;
}
