/**
 * /api/runs: start an analysis (202, queued on the worker pool; 503 + Retry-After when the
 * queue is full; 200 with a stored run when `reuse` finds one, runs/reuse.ts), follow it (GET,
 * or server-sent events), read its result, cancel it.
 */
import * as z from 'zod';
import { ApiError, notFound } from '../http/apiError.ts';
import { ErrorBody, IdParams, RunEngine, RunStatus, RunView } from '../http/schemas.ts';
import type { ZodApp } from '../http/zodApp.ts';
import { inputHashOf, runInput } from '../runs/runInput.ts';
import { RunRequest } from '../runs/runRequest.ts';
import type { RunService } from '../runs/runService.ts';
import { streamRunEvents } from '../runs/sse.ts';
import type { ScenarioService } from '../scenarios/scenarioService.ts';

const tags = ['runs'];

export interface RunRouteDeps {
  runs: RunService;
  scenarios: ScenarioService;
  /** Headers every response carries (security headers), for the hijacked SSE response. */
  baseHeaders: Record<string, string>;
}

export function runRoutes(app: ZodApp, { runs, scenarios, baseHeaders }: RunRouteDeps): void {
  const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 503: ErrorBody };

  const existing = async (id: string) => {
    const run = await runs.get(id);
    if (!run) throw notFound('run', id);
    return run;
  };

  app.post('/api/runs', {
    schema: {
      tags,
      summary: 'Start an analysis: gmcr, forecast, negotiate, compare, games, or a workbench view',
      description:
        'The run is stored and queued (202); follow it at links.events (server-sent events) or links.self. With `reuse: true`, a stored succeeded run with the same engine, params, input hash and Parley version answers instead (200, header `x-parley-reused: <run id>`; its result is readable at once), without taking a queue place. 503 with Retry-After when every worker is busy and the queue is full.',
      body: RunRequest,
      // 200: a stored run reused (`reuse: true`); 202: the new run, queued.
      response: { 200: RunView, 202: RunView, ...errors },
    },
    handler: async (request, reply) => {
      const body = request.body;
      if (body.reuse) {
        const hash = await inputHashOf(body, scenarios);
        const stored = await runs.reusable(body.engine, body.params, hash);
        if (stored) {
          return reply
            .code(200)
            .header('location', stored.links.self)
            .header('x-parley-reused', stored.id)
            .send(stored);
        }
      }
      const run = await runs.submit(() => runInput(body, scenarios));
      return reply.code(202).header('location', run.links.self).send(run);
    },
  });

  app.get('/api/runs', {
    schema: {
      tags,
      summary: 'Recent runs, newest first',
      querystring: z.object({
        scenarioId: z.string().max(200).optional(),
        status: RunStatus.optional(),
        engine: RunEngine.optional(),
        limit: z.coerce.number().int().min(1).max(500).default(50),
      }),
      response: { 200: z.object({ runs: z.array(RunView) }), 400: ErrorBody },
    },
    handler: async (request) => ({ runs: await runs.list(request.query) }),
  });

  app.get('/api/runs/:id', {
    schema: {
      tags,
      summary: 'A run: status, progress, error, provenance',
      params: IdParams,
      response: { 200: RunView, ...errors },
    },
    handler: (request) => existing(request.params.id),
  });

  app.get('/api/runs/:id/result', {
    schema: {
      tags,
      summary: 'The result JSON of a finished run, as the engine produced it',
      params: IdParams,
      response: {
        200: z
          .unknown()
          .describe(
            'Engine result; for `view` runs the view data encoded by encodeView (docs/api.md)',
          ),
        ...errors,
      },
    },
    handler: async (request, reply) => {
      const run = await existing(request.params.id);
      if (run.status === 'queued' || run.status === 'running') {
        throw new ApiError(409, {
          error: 'not-finished',
          message: `the run is ${run.status}`,
          hint: `follow ${run.links.events}`,
        });
      }
      const result = await runs.store.result(run.id);
      if (result === undefined) {
        throw new ApiError(404, {
          error: 'no-result',
          message: `the run ${run.status === 'failed' ? 'failed' : 'was cancelled'}: it has no result`,
        });
      }
      return reply
        .type('application/json; charset=utf-8')
        .serializer((payload: unknown) => payload as string)
        .send(result);
    },
  });

  app.get('/api/runs/:id/events', {
    schema: {
      tags,
      summary: 'Server-sent events: status, progress, then result',
      description:
        'text/event-stream. Events: `status` (the run), `progress` ({status, progress, phase}), `result` ({run, result}); the stream ends after `result`. With `result=false` the last event carries `result: null` (read the result at links.result if wanted): for watchers of status only.',
      params: IdParams,
      querystring: z.object({
        result: z
          .enum(['true', 'false'])
          .default('true')
          .describe('Embed the stored result in the `result` event (default true).'),
      }),
      response: { 200: z.string().describe('text/event-stream'), 404: ErrorBody },
    },
    handler: async (request, reply) => {
      await existing(request.params.id);
      await streamRunEvents(runs, request.params.id, reply, baseHeaders, {
        withResult: request.query.result === 'true',
      });
    },
  });

  app.delete('/api/runs/:id', {
    schema: {
      tags,
      summary: 'Cancel an active run (200, the cancelled run), or delete a finished one (204)',
      params: IdParams,
      response: { 200: RunView, 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      const run = await existing(request.params.id);
      if (runs.isActive(run.id)) {
        // Finished meanwhile: the outcome stands, and is returned.
        await runs.cancel(run.id);
        return reply.code(200).send(await existing(run.id));
      }
      await runs.store.delete(run.id);
      return reply.code(204).send(null);
    },
  });
}
