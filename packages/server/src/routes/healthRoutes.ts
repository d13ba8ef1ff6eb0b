/** /api/health: liveness and load, open without a token so probes can use it. */
import * as z from 'zod';
import type { ZodApp } from '../http/zodApp.ts';
import type { RunService } from '../runs/runService.ts';
import type { ScenarioService } from '../scenarios/scenarioService.ts';
import { VERSION } from '../version.ts';

const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number(),
  workers: z.int(),
  running: z.int(),
  queued: z.int(),
  maxQueue: z.int(),
  catalog: z.int().describe('Built-in scenarios loaded.'),
});

export function healthRoutes(app: ZodApp, runs: RunService, scenarios: ScenarioService): void {
  const started = performance.now();
  app.get('/api/health', {
    schema: {
      tags: ['server'],
      summary: 'Liveness, version and job load',
      response: { 200: Health },
    },
    handler: () => ({
      status: 'ok' as const,
      version: VERSION,
      uptimeSeconds: Math.round((performance.now() - started) / 1000),
      ...runs.stats(),
      catalog: scenarios.catalog.entries.length,
    }),
  });
}
