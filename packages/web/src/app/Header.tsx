/**
 * The header: where the scenario stands (saved, valid), the architecture the views run on,
 * the export of the view on screen, and the access token in use (to forget it).
 */
import { useState } from 'react';
import type { ViewKind } from '../engine/protocol.ts';
import {
  download,
  fileNameFor,
  printReport,
  renderViewReport,
  type ExportFormat,
} from '../views/export/exportReport.ts';
import { useAccess } from '../api/access/useAccess.ts';
import { isView } from './route.ts';
import { architecturesOf } from './scenarioFacts.ts';
import { access, api } from './useBackend.ts';
import { useWorkbench } from './workbench.ts';

export function Header() {
  const { route, navigate, workspace, backend } = useWorkbench();
  const scenarioRoute = route.name === 'scenario' ? route : null;
  const onView = scenarioRoute !== null && isView(scenarioRoute.page);
  const architectures = architecturesOf(workspace.scenario);
  const errors = workspace.diagnostics.filter((d) => d.severity === 'error').length;

  return (
    <header>
      <a className="brand" href="#/">
        Parley
      </a>
      <h1 className="scenario-title" title={workspace.open?.title}>
        {workspace.open?.title ??
          (scenarioRoute ? 'Opening…' : route.name === 'runs' ? 'Runs' : 'Scenario library')}
        {workspace.dirty && <span className="muted"> · edited</span>}
      </h1>
      <div className="header-tools">
        {workspace.open && (
          <span className={`badge ${errors > 0 ? 'bad' : workspace.validating ? '' : 'good'}`}>
            {workspace.validating
              ? 'checking…'
              : errors > 0
                ? `${errors} error${errors === 1 ? '' : 's'}`
                : 'valid'}
          </span>
        )}
        {onView && architectures.length > 1 && (
          <label className="inline">
            <span>Architecture</span>
            <select
              value={scenarioRoute.architecture ?? ''}
              onChange={(e) => {
                const { architecture: _old, ...rest } = scenarioRoute;
                navigate(e.target.value ? { ...rest, architecture: e.target.value } : rest);
              }}
            >
              <option value="">As written</option>
              {architectures
                .filter((a) => a.id !== 'baseline')
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                    {a.baseline ? ' (baseline)' : ''}
                  </option>
                ))}
            </select>
          </label>
        )}
        {onView && <ExportMenu view={scenarioRoute.page as ViewKind} />}
        <ForgetToken />
        {backend && (
          <span
            className="badge accent"
            title={
              backend.kind === 'server'
                ? 'Scenarios are saved on the Parley server'
                : 'No Parley server answered: scenarios are saved in this browser'
            }
          >
            {backend.kind === 'server' ? 'server' : 'this browser'}
          </span>
        )}
      </div>
    </header>
  );
}

function ForgetToken() {
  const { hasToken, remembered } = useAccess(access);
  if (!hasToken) return null;
  return (
    <button
      type="button"
      className="button small"
      title={
        remembered
          ? 'The access token is remembered on this device: forget it'
          : 'The access token is kept for this tab: forget it'
      }
      onClick={() => {
        access.forget();
        // Ask the server at once: if it needs a token, its 401 brings up the sign-in panel.
        void api.listRuns({ limit: 1 }).catch(() => {});
      }}
    >
      Forget token
    </button>
  );
}

function ExportMenu({ view }: { view: ViewKind }) {
  const { workspace, route, reportParams } = useWorkbench();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const scenario = workspace.scenario;
  const architecture = route.name === 'scenario' ? route.architecture : undefined;

  const run = async (format: ExportFormat) => {
    if (!scenario) return;
    setBusy(format);
    setProblem(null);
    try {
      const request = {
        ...reportParams.current,
        scenario,
        view,
        ...(architecture ? { architecture } : {}),
      };
      const rendered = await renderViewReport(request, format === 'md' ? 'md' : 'html');
      if (format === 'pdf') {
        printReport(rendered.text, document.getElementById('print-report')!);
      } else {
        const type = format === 'md' ? 'text/markdown' : 'text/html';
        download(rendered.text, fileNameFor(rendered.title, view, format), `${type};charset=utf-8`);
      }
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div role="group" aria-label="Export this view as a report" className="header-tools">
      <span className="muted">Export</span>
      {(['html', 'md', 'pdf'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button small"
          disabled={!scenario || busy !== null}
          onClick={() => void run(format)}
          title={
            format === 'pdf'
              ? 'Print the report (choose “Save as PDF”)'
              : `Download the report as ${format === 'md' ? 'Markdown' : 'HTML'}`
          }
        >
          {busy === format ? '…' : format === 'md' ? 'Markdown' : format.toUpperCase()}
        </button>
      ))}
      {problem && (
        <span role="alert" className="badge bad" title={problem}>
          export failed
        </span>
      )}
    </div>
  );
}
