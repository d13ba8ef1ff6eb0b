/**
 * Errors as the user sees them. Engine and input errors (EngineError, UnknownArchitectureError,
 * …) carry a stable `code` and a message written for people; anything else is a bug, said
 * plainly. Duck-typed so the validation worker need not load the engines.
 */
import type { EngineFailure } from './viewTypes.ts';

export function failureOf(error: unknown): EngineFailure {
  if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string') {
    return { code: (error as Error & { code: string }).code, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `the engine failed: ${message}` };
}
