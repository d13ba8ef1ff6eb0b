/**
 * Plain-language names for values and expected types, for "expected …, found …" messages.
 */

const clip = (s: string, max = 40): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** What a parsed YAML/JSON value is, e.g. `the text "high"`, `a list`, `an empty value (null)`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value (null)';
  if (typeof value === 'string')
    return value === '' ? 'empty text' : `the text ${JSON.stringify(clip(value))}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `\`${value}\``;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value instanceof Date) return 'a date (dates are written as quoted text)';
  if (value instanceof Uint8Array) return 'binary data';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: '`true` or `false`',
  object: 'a mapping (`key: value` lines or `{…}`)',
  record: 'a mapping (`key: value` lines or `{…}`)',
  array: 'a list',
  tuple: 'a list',
  null: 'an empty value',
};

/** The plain-language name of a zod type name (`number` → `a number`). */
export function describeExpected(type: string): string {
  return EXPECTED[type] ?? `a ${type}`;
}

/** `a, b or c`. */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The value at `path` inside plain parsed data, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    const record = current as Record<PropertyKey, unknown>;
    if (!Object.prototype.hasOwnProperty.call(record, segment)) return undefined;
    current = record[segment];
  }
  return current;
}

/** Whether `path` names a key missing from an existing mapping. */
export function isMissingKey(data: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(data, path.slice(0, -1));
  return (
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    !Object.prototype.hasOwnProperty.call(parent, path[path.length - 1]!)
  );
}
