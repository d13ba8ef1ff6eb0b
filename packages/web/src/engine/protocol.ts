/**
 * What the page and its Web Workers say to each other. Every request has a `kind` (the view
 * requests of @parley/views, plus validation); the worker answers with progress messages and
 * then exactly one `done` or `error`.
 */
import type { EngineFailure, EngineRequest } from '@parley/views';

export type * from '@parley/views';

export type ToWorker = { id: number; request: EngineRequest };

export type FromWorker =
  | { id: number; type: 'progress'; fraction: number; phase: string }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'error'; error: EngineFailure };
