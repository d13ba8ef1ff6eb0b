/**
 * Errors a route answers with: an HTTP status and the JSON error body (`ErrorBody`). Input
 * problems carry Diagnostics with path and line:col; nothing a client sends produces a 500.
 */
import type { Diagnostic } from '@parley/model';

export interface ErrorPayload {
  error: string;
  message: string;
  hint?: string;
  diagnostics?: Diagnostic[];
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly payload: ErrorPayload,
    /** Extra response headers, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(payload.message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string, id: string): ApiError =>
  new ApiError(404, { error: 'not-found', message: `no ${what} with id ${id}` });

/** 400 with the diagnostics of an input (only errors make it invalid; warnings ride along). */
export const invalidInput = (error: string, message: string, diagnostics: Diagnostic[]): ApiError =>
  new ApiError(400, { error, message, diagnostics });
