/**
 * Worker entry for Monte Carlo forecasts: computes the chunks it is sent and returns them with
 * their typed arrays transferred, not copied. Pure compute lives in @parley/engines.
 */
import { parentPort } from 'node:worker_threads';
// Imported module by module so the worker does not load the scenario parser (yaml, zod).
import {
  monteCarloChunk,
  type MonteCarloOptions,
} from '../../../engines/src/forecast/montecarlo/monteCarloChunk.ts';
import type { ForecastInput } from '../../../engines/src/forecast/types.ts';

export interface ChunkTask {
  input: ForecastInput;
  options: MonteCarloOptions;
  chunk: number;
}

parentPort?.on('message', ({ id, message }: { id: number; message: ChunkTask }) => {
  try {
    const chunk = monteCarloChunk(message.input, message.options, message.chunk);
    parentPort!.postMessage({ id, ok: true, value: chunk }, [
      chunk.forecasts.buffer,
      chunk.draws.buffer,
      chunk.rounds.buffer,
      chunk.converged.buffer,
    ] as ArrayBuffer[]);
  } catch (error) {
    const e = error as { message?: string; code?: string };
    parentPort!.postMessage({
      id,
      ok: false,
      error: { message: e.message ?? String(error), code: e.code },
    });
  }
});
