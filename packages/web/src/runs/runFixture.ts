/** A stored run as the server lists it, for tests; fields override the defaults. */
import type { RunView } from '../api/types.ts';

export function runOf(fields: Partial<RunView> = {}): RunView {
  const id = fields.id ?? 'run_1';
  return {
    id,
    engine: 'forecast',
    status: 'succeeded',
    progress: 1,
    phase: null,
    params: {},
    scenarioId: 'catalog:korea-2018',
    scenarioVersion: 1,
    inputHash: '0123456789abcdef',
    createdAt: '2026-11-28T09:00:00.000Z',
    startedAt: '2026-11-28T09:00:01.000Z',
    finishedAt: '2026-11-28T09:00:13.500Z',
    error: null,
    provenance: null,
    links: {
      self: `/api/runs/${id}`,
      events: `/api/runs/${id}/events`,
      result: `/api/runs/${id}/result`,
    },
    ...fields,
  };
}
