/**
 * One stored run as a table row — status with live progress, scenario, times, parameters,
 * actions — and, when opened, a row of details: the provenance and the error.
 */
import { useId, useState } from 'react';
import type { RunView } from '../api/types.ts';
import { formatRoute } from '../app/route.ts';
import {
  formatDuration,
  formatParams,
  formatTime,
  isActive,
  provenanceOf,
  runDuration,
  runEngineLabel,
} from './runFormat.ts';

export const RUN_COLUMNS = 9;

export interface RunActions {
  cancel(run: RunView): void;
  remove(run: RunView): void;
  download(run: RunView): void;
  copyId(run: RunView): void;
}

const STATUS_BADGE: Record<RunView['status'], { className: string; mark: string }> = {
  queued: { className: 'badge', mark: '…' },
  running: { className: 'badge accent', mark: '●' },
  succeeded: { className: 'badge good', mark: '✓' },
  failed: { className: 'badge bad', mark: '✗' },
  cancelled: { className: 'badge warn', mark: '–' },
};

function StatusCell({ run }: { run: RunView }) {
  const badge = STATUS_BADGE[run.status];
  const percent = Math.round(run.progress * 100);
  return (
    <td>
      <span className={badge.className}>
        <span aria-hidden="true">{badge.mark} </span>
        {run.status}
      </span>
      {run.status === 'queued' && <div className="run-progress">waiting for a worker</div>}
      {run.status === 'running' && (
        <div className="run-progress">
          <progress value={run.progress} max={1} aria-label={`Progress of ${run.id}`} />
          <span>
            {percent}%{run.phase ? ` · ${run.phase}` : ''}
          </span>
        </div>
      )}
      {run.error && (
        <div className="run-error">
          <code>{run.error.code}</code> {run.error.message}
        </div>
      )}
    </td>
  );
}

function ScenarioCell({ run }: { run: RunView }) {
  if (run.scenarioId === null) return <td className="muted">text input</td>;
  const version = run.scenarioVersion === null ? '' : ` v${run.scenarioVersion}`;
  return (
    <td>
      <a href={formatRoute({ name: 'scenario', id: run.scenarioId, page: 'edit' })}>
        {run.scenarioId}
      </a>
      {version}
    </td>
  );
}

function Details({ run }: { run: RunView }) {
  const provenance = provenanceOf(run);
  return (
    <dl className="run-details">
      <dt>Run</dt>
      <dd className="mono">{run.id}</dd>
      <dt>Parameters</dt>
      <dd className="mono">{formatParams(run.params)}</dd>
      <dt>Input hash</dt>
      <dd className="mono">{provenance?.inputHash ?? run.inputHash}</dd>
      {provenance ? (
        <>
          <dt>Engine · method</dt>
          <dd>
            {provenance.engine ?? run.engine} · {provenance.method ?? '—'}
          </dd>
          <dt>Parameters used</dt>
          <dd className="mono">{formatParams(provenance.parameters ?? {})}</dd>
          <dt>Seed</dt>
          <dd className="mono">{provenance.seed ?? 'none (deterministic)'}</dd>
          <dt>Warnings</dt>
          <dd>
            {provenance.warnings && provenance.warnings.length > 0 ? (
              <ul>
                {provenance.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            ) : (
              'none'
            )}
          </dd>
          {provenance.parley && (
            <>
              <dt>Parley</dt>
              <dd>{provenance.parley}</dd>
            </>
          )}
        </>
      ) : (
        <>
          <dt>Provenance</dt>
          <dd className="muted">recorded when the run succeeds</dd>
        </>
      )}
      {run.error && (
        <>
          <dt>Error</dt>
          <dd>
            <code>{run.error.code}</code> {run.error.message}
            {run.error.hint && <div className="muted">hint: {run.error.hint}</div>}
          </dd>
        </>
      )}
    </dl>
  );
}

export function RunRow({ run, actions }: { run: RunView; actions: RunActions }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const duration = runDuration(run);
  const label = `${runEngineLabel(run)} run ${run.id}`;
  return (
    <>
      <tr data-run={run.id}>
        <th scope="row">
          <span className="mono" title={run.id}>
            {run.id}
          </span>{' '}
          <button
            type="button"
            className="button small"
            aria-label={`Copy id of ${label}`}
            onClick={() => actions.copyId(run)}
          >
            Copy id
          </button>
        </th>
        <td>{runEngineLabel(run)}</td>
        <StatusCell run={run} />
        <ScenarioCell run={run} />
        <td>
          <time dateTime={run.createdAt}>{formatTime(run.createdAt)}</time>
        </td>
        <td>
          {run.finishedAt ? (
            <time dateTime={run.finishedAt}>{formatTime(run.finishedAt)}</time>
          ) : (
            '—'
          )}
        </td>
        <td className="num">{duration === null ? '—' : formatDuration(duration)}</td>
        <td className="run-params">{formatParams(run.params)}</td>
        <td>
          <div className="run-actions">
            <button
              type="button"
              className="button small"
              aria-expanded={open}
              aria-controls={detailsId}
              aria-label={`Details of ${label}`}
              onClick={() => setOpen(!open)}
            >
              Details
            </button>
            {isActive(run) ? (
              <button
                type="button"
                className="button small"
                aria-label={`Cancel ${label}`}
                onClick={() => actions.cancel(run)}
              >
                Cancel
              </button>
            ) : (
              <button
                type="button"
                className="button small"
                aria-label={`Delete ${label}`}
                onClick={() => actions.remove(run)}
              >
                Delete
              </button>
            )}
            {run.status === 'succeeded' && (
              <button
                type="button"
                className="button small"
                aria-label={`Result JSON of ${label}`}
                onClick={() => actions.download(run)}
              >
                Result JSON
              </button>
            )}
          </div>
        </td>
      </tr>
      <tr id={detailsId} hidden={!open} className="run-details-row">
        <td colSpan={RUN_COLUMNS}>{open && <Details run={run} />}</td>
      </tr>
    </>
  );
}
