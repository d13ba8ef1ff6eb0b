/** The access state as React state. */
import { useSyncExternalStore } from 'react';
import type { Access, AccessSnapshot } from './access.ts';

export function useAccess(access: Access): AccessSnapshot {
  return useSyncExternalStore(access.subscribe, access.snapshot);
}
