/** Server ids: a prefix and 16 random base64url characters (96 bits), e.g. `run_Zk3…`. */
import { randomBytes } from 'node:crypto';

export function newId(prefix: 'sc' | 'run'): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** The current time as stored: ISO 8601 UTC. */
export const now = (): string => new Date().toISOString();
