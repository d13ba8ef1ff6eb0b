import { describe, expect, it } from 'vitest';
import { createAccess, TOKEN_KEY } from './access.ts';

/** A Storage stand-in over a Map. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const refusal = { message: 'this server needs an access token' };

describe('the access token', () => {
  it('is kept for this tab only unless the user asks to remember it', () => {
    const session = memoryStorage();
    const local = memoryStorage();
    const access = createAccess(session, local);
    access.use('tab-token-0123456789', false);
    expect(session.map.get(TOKEN_KEY)).toBe('tab-token-0123456789');
    expect(local.map.has(TOKEN_KEY)).toBe(false);
    access.use('kept-token-0123456789', true);
    expect(local.map.get(TOKEN_KEY)).toBe('kept-token-0123456789');
    expect(access.snapshot()).toMatchObject({ hasToken: true, remembered: true, epoch: 2 });
  });

  it('is read back from this device when remembered in an earlier visit', () => {
    const access = createAccess(
      memoryStorage(),
      memoryStorage({ [TOKEN_KEY]: 'earlier-0123456789' }),
    );
    expect(access.token()).toBe('earlier-0123456789');
    expect(access.snapshot()).toMatchObject({ hasToken: true, remembered: true, needed: false });
  });

  it('is forgotten everywhere, and what loaded with it is asked to load again', () => {
    const session = memoryStorage();
    const local = memoryStorage();
    const access = createAccess(session, local);
    access.use('some-token-0123456789', true);
    let heard = 0;
    access.subscribe(() => heard++);
    access.forget();
    expect(access.token()).toBeUndefined();
    expect(session.map.size + local.map.size).toBe(0);
    expect(access.snapshot()).toMatchObject({ hasToken: false, epoch: 2 });
    expect(heard).toBe(1);
  });

  it('asks for a token when a call without one is refused', () => {
    const access = createAccess(memoryStorage(), memoryStorage());
    access.unauthorized(refusal, undefined);
    expect(access.snapshot()).toMatchObject({ needed: true, refused: null });
  });

  it('drops a refused token and keeps the server’s words', () => {
    const access = createAccess(memoryStorage(), memoryStorage());
    access.use('stale-token-0123456789', true);
    access.unauthorized(
      { ...refusal, hint: 'send Authorization: Bearer <token>' },
      'stale-token-0123456789',
    );
    expect(access.token()).toBeUndefined();
    expect(access.snapshot()).toMatchObject({
      needed: true,
      hasToken: false,
      refused: { message: refusal.message, hint: 'send Authorization: Bearer <token>' },
    });
  });

  it('ignores a refusal of a token that has since been replaced', () => {
    const access = createAccess(memoryStorage(), memoryStorage());
    access.use('good-token-0123456789', false);
    access.unauthorized(refusal, undefined); // a call sent before the token was given
    expect(access.snapshot()).toMatchObject({ needed: false, hasToken: true });
  });

  it('keeps the token in memory when storage refuses it', () => {
    const broken = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const access = createAccess(broken, broken);
    access.use('memory-token-0123456789', true);
    expect(access.token()).toBe('memory-token-0123456789');
  });
});
