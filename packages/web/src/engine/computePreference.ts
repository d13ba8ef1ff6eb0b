/**
 * The user's choice to compute analyses in this browser even when the Parley server could run
 * them (for people who would rather not queue behind shared runs, or work offline). Kept in
 * localStorage, shared by every component through useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';

export const COMPUTE_LOCALLY_KEY = 'parley.computeLocally';

const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be refused (privacy settings): then the choice lasts for the page only.
    return null;
  }
}

let fallback = false;

export function computeLocally(): boolean {
  const s = storage();
  return s ? s.getItem(COMPUTE_LOCALLY_KEY) === '1' : fallback;
}

export function setComputeLocally(value: boolean): void {
  const s = storage();
  if (s) {
    if (value) s.setItem(COMPUTE_LOCALLY_KEY, '1');
    else s.removeItem(COMPUTE_LOCALLY_KEY);
  } else fallback = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `[computeLocally, setComputeLocally]`, re-rendering when it changes. */
export function useComputeLocally(): [boolean, (value: boolean) => void] {
  const value = useSyncExternalStore(subscribe, computeLocally, () => false);
  return [value, setComputeLocally];
}
