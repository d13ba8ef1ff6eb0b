/**
 * An error answer of the Parley server (`{error, message, hint?, diagnostics?}`), or a server
 * that cannot be reached (code `unreachable`, status 0).
 */
import type { Diagnostic } from '@parley/model';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly diagnostics: Diagnostic[] = [],
    /** Seconds to wait before retrying, from a 503's Retry-After header. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Retry-After in seconds (delta form; an HTTP date is ignored). */
function seconds(header: string | null | undefined): number | undefined {
  if (!header || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

/** The server's error body, or a plain HTTP error when the body is not one. */
export function errorOf(status: number, text: string, retryAfterHeader?: string | null): ApiError {
  const retryAfter = seconds(retryAfterHeader);
  try {
    const body = JSON.parse(text) as {
      error?: string;
      message?: string;
      hint?: string;
      diagnostics?: Diagnostic[];
    };
    if (typeof body.message === 'string') {
      return new ApiError(
        status,
        body.error ?? 'error',
        body.message,
        body.hint,
        body.diagnostics,
        retryAfter,
      );
    }
  } catch {
    // Not JSON: fall through.
  }
  return new ApiError(
    status,
    `http-${status}`,
    `the server answered ${status}`,
    undefined,
    [],
    retryAfter,
  );
}
