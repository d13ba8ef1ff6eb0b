/**
 * Chooses where the library lives: the Parley server when /api/health answers within a moment,
 * otherwise this browser (bundled catalog + localStorage). /api/health needs no token, so a
 * server started with one is chosen too; its first 401 makes the app ask for the token (`access`).
 */
import { useEffect, useState } from 'react';
import { createAccess, pageStorage, type Access } from '../api/access/access.ts';
import { createApi, type Api } from '../api/api.ts';
import { browserLibrary } from '../library/browserLibrary.ts';
import type { LibraryBackend } from '../library/libraryBackend.ts';
import { serverLibrary } from '../library/serverLibrary.ts';

export const HEALTH_TIMEOUT_MS = 1500;

/** The access token of this page (sessionStorage, or localStorage when remembered). */
export const access: Access = createAccess(
  pageStorage('sessionStorage'),
  pageStorage('localStorage'),
);

export const api: Api = createApi({
  token: access.token,
  onUnauthorized: (error, tokenSent) => access.unauthorized(error, tokenSent),
});

export async function chooseBackend(client: Api, storage: Storage): Promise<LibraryBackend> {
  const timeout = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), HEALTH_TIMEOUT_MS),
  );
  const health = await Promise.race([client.health().catch(() => null), timeout]);
  return health?.status === 'ok' ? serverLibrary(client) : browserLibrary({ storage });
}

export function useBackend(): LibraryBackend | null {
  const [backend, setBackend] = useState<LibraryBackend | null>(null);
  useEffect(() => {
    let live = true;
    void chooseBackend(api, window.localStorage).then((b) => live && setBackend(b));
    return () => {
      live = false;
    };
  }, []);
  return backend;
}
