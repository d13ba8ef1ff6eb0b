/**
 * Chooses where the library lives: the Parley server when /api/health answers within a moment,
 * otherwise this browser (bundled catalog + localStorage).
 */
import { useEffect, useState } from 'react';
import { createApi, type Api } from '../api/api.ts';
import { browserLibrary } from '../library/browserLibrary.ts';
import type { LibraryBackend } from '../library/libraryBackend.ts';
import { serverLibrary } from '../library/serverLibrary.ts';

export const HEALTH_TIMEOUT_MS = 1500;

export const api: Api = createApi({
  token: () => sessionStorage.getItem('parley.token') ?? undefined,
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
