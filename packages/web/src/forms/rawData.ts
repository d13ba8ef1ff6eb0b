/** Reading scenario data that may not validate yet (the forms show drafts with errors too). */
export type Raw = Record<string, unknown>;

export const isRaw = (v: unknown): v is Raw =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const listOf = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter(isRaw) : []);
export const textOf = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
/** The number of a Quantity (`42` or `{value: 42, …}`). */
export const numberOf = (q: unknown): number | undefined =>
  typeof q === 'number' ? q : isRaw(q) && typeof q.value === 'number' ? q.value : undefined;

/** A new id not yet in `taken`: `actor-3`. */
export function freshId(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
