import { describe, expect, it } from 'vitest';
import { errorOf } from './apiError.ts';

describe('errorOf', () => {
  const busy = JSON.stringify({
    error: 'queue-full',
    message: 'the server is busy',
    hint: 'retry in 3 s',
  });

  it('keeps the server’s code, message and hint, and the Retry-After seconds of a 503', () => {
    const e = errorOf(503, busy, '7');
    expect([e.status, e.code, e.message, e.hint, e.retryAfter]).toEqual([
      503,
      'queue-full',
      'the server is busy',
      'retry in 3 s',
      7,
    ]);
  });

  it('ignores a Retry-After that is a date or missing', () => {
    expect(errorOf(503, busy, 'Wed, 21 Oct 2026 07:28:00 GMT').retryAfter).toBeUndefined();
    expect(errorOf(503, busy).retryAfter).toBeUndefined();
  });

  it('turns a body that is not the server’s error shape into a plain HTTP error', () => {
    const e = errorOf(502, '<html>bad gateway</html>', '1');
    expect([e.code, e.message, e.retryAfter]).toEqual(['http-502', 'the server answered 502', 1]);
  });
});
