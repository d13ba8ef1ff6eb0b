/**
 * The access token of a Parley server started with one (`parley-server --token …` or
 * `PARLEY_TOKEN`), and whether the app must ask for it.
 *
 * The token lives in sessionStorage (gone with the tab) unless the user asks to remember it on
 * this device, then in localStorage too. Storage that throws (disabled, private mode) falls back
 * to memory. Listeners hear every change; `snapshot()` is stable between changes, as React's
 * useSyncExternalStore needs.
 */

export const TOKEN_KEY = 'parley.token';

export interface AccessSnapshot {
  /** A token is set (and sent with every call). */
  hasToken: boolean;
  /** It is kept in localStorage, beyond this tab. */
  remembered: boolean;
  /** The server refused a call for want of a (good) token: ask for one. */
  needed: boolean;
  /** The server's words when it refused the token that was set. */
  refused: { message: string; hint?: string } | null;
  /** Counts tokens taken or forgotten: what was loaded without them should load again. */
  epoch: number;
}

export interface Access {
  token(): string | undefined;
  snapshot(): AccessSnapshot;
  subscribe(listener: () => void): () => void;
  /** Uses a token the server accepted; `remember` keeps it beyond this tab. */
  use(token: string, remember: boolean): void;
  /** Forgets the token everywhere. */
  forget(): void;
  /** A call carrying `tokenSent` was refused (401). */
  unauthorized(error: { message: string; hint?: string }, tokenSent: string | undefined): void;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function read(store: Store | null): string | undefined {
  try {
    return store?.getItem(TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(store: Store | null, token: string | undefined): boolean {
  try {
    if (!store) return false;
    if (token === undefined) store.removeItem(TOKEN_KEY);
    else store.setItem(TOKEN_KEY, token);
    return true;
  } catch {
    return false;
  }
}

export function createAccess(session: Store | null, local: Store | null): Access {
  let memory: string | undefined;
  const token = () => memory ?? read(session) ?? read(local);
  const listeners = new Set<() => void>();
  let current: AccessSnapshot = {
    hasToken: token() !== undefined,
    remembered: read(local) !== undefined,
    needed: false,
    refused: null,
    epoch: 0,
  };
  const update = (next: Partial<AccessSnapshot>) => {
    current = { ...current, ...next, hasToken: token() !== undefined };
    for (const listener of listeners) listener();
  };
  const clear = () => {
    memory = undefined;
    write(session, undefined);
    write(local, undefined);
  };

  return {
    token,
    snapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    use(value, remember) {
      clear();
      if (!write(session, value)) memory = value;
      if (remember) write(local, value);
      update({ needed: false, refused: null, remembered: remember, epoch: current.epoch + 1 });
    },
    forget() {
      clear();
      update({ refused: null, remembered: false, epoch: current.epoch + 1 });
    },
    unauthorized(error, tokenSent) {
      // A refusal of a token already replaced says nothing about the current one.
      if (tokenSent !== token()) return;
      if (tokenSent === undefined) {
        if (!current.needed) update({ needed: true });
        return;
      }
      clear();
      update({
        needed: true,
        remembered: false,
        refused: { message: error.message, ...(error.hint ? { hint: error.hint } : {}) },
      });
    },
  };
}

/** The storage of this page, or null where there is none (tests in Node, storage disabled). */
export function pageStorage(kind: 'sessionStorage' | 'localStorage'): Store | null {
  try {
    return typeof window === 'undefined' ? null : window[kind];
  } catch {
    return null;
  }
}
