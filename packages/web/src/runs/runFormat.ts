/** How a stored run reads on the Runs page: times, durations, parameters, provenance. */
import type { RunProvenance, RunView } from '../api/types.ts';

export const isActive = (run: RunView): boolean =>
  run.status === 'queued' || run.status === 'running';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-28 09:05:03`, in local time; `—` for none. */
export function formatTime(iso: string | null): string {
  if (iso === null) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** `850 ms`, `12.3 s`, `4 min 05 s`, `2 h 07 min`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${pad(seconds % 60)} s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${pad(minutes % 60)} min`;
}

/** From start (or creation, when it never started) to finish; null while unfinished. */
export function runDuration(run: RunView): number | null {
  if (run.finishedAt === null) return null;
  const from = Date.parse(run.startedAt ?? run.createdAt);
  const to = Date.parse(run.finishedAt);
  return Number.isNaN(from) || Number.isNaN(to) ? null : Math.max(0, to - from);
}

/** A value as one short line: strings bare, everything else as JSON. */
export function formatValue(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** `iterations=200 · seed=7`, or `defaults`. */
export function formatParams(params: Record<string, unknown>): string {
  const entries = Object.entries(params);
  if (entries.length === 0) return 'defaults';
  return entries.map(([key, value]) => `${key}=${formatValue(value)}`).join(' · ');
}

/** The provenance a finished run stored, with only the fields of the expected types kept. */
export function provenanceOf(run: RunView): RunProvenance | null {
  const p = run.provenance;
  if (p === null) return null;
  const text = (key: string) => (typeof p[key] === 'string' ? { [key]: p[key] } : {});
  const warnings = Array.isArray(p.warnings) ? p.warnings.map(String) : undefined;
  const parameters =
    typeof p.parameters === 'object' && p.parameters !== null
      ? (p.parameters as Record<string, unknown>)
      : undefined;
  return {
    ...text('engine'),
    ...text('method'),
    ...text('inputHash'),
    ...text('parley'),
    ...(typeof p.seed === 'number' ? { seed: p.seed } : {}),
    ...(parameters ? { parameters } : {}),
    ...(warnings ? { warnings } : {}),
    ...(typeof p.durationMs === 'number' ? { durationMs: p.durationMs } : {}),
  };
}

/** The file name of a run's downloaded result. */
export const resultFileName = (run: RunView): string =>
  `parley-${run.engine}-${run.id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;

/** What a run computed, in words: the engine, or for a view run the view (`GMCR view`). */
export function runEngineLabel(run: Pick<RunView, 'engine' | 'params'>): string {
  const kind = run.params['kind'];
  if (run.engine !== 'view' || typeof kind !== 'string') return run.engine;
  return `${VIEW_NAMES[kind] ?? kind} view`;
}

const VIEW_NAMES: Record<string, string> = {
  gmcr: 'GMCR',
  forecast: 'forecast',
  games: 'games',
  negotiate: 'negotiation',
  compare: 'comparison',
};
