/**
 * Turns zod issues into readable diagnostics: unknown keys (pointing at the key, with "did you
 * mean"), missing keys, wrong types ("expected a number, found the text \"high\""), values
 * outside an enumeration, invalid ids, empty values. Union failures are resolved to the
 * alternative whose type matches the value, so `{vale: 3}` for a quantity reports the
 * misspelt key rather than "expected a number".
 */
import type * as z from 'zod';
import { didYouMean } from '../didYouMean.ts';
import type { DiagnosticCollector } from './diagnosticCollector.ts';
import { describeExpected, describeValue, isMissingKey, joinOr, valueAt } from './describeValue.ts';
import { formatPath, type PathSegment } from './formatPath.ts';
import { ID_PATTERN, ScenarioSchema } from './schema.ts';
import { allowedKeysAt } from './schemaKeys.ts';

type Issue = z.core.$ZodIssue;

interface Context {
  data: unknown;
  schema: z.ZodType;
  out: DiagnosticCollector;
}

/** Reports every zod issue as a diagnostic on `out`. `data` is what was validated. */
export function reportSchemaIssues(
  issues: readonly Issue[],
  data: unknown,
  out: DiagnosticCollector,
  schema: z.ZodType = ScenarioSchema,
): void {
  const ctx: Context = { data, schema, out };
  for (const issue of issues) report(ctx, issue, []);
}

const toPath = (prefix: readonly PathSegment[], path: readonly PropertyKey[]): PathSegment[] => [
  ...prefix,
  ...path.map((p) => (typeof p === 'number' ? p : String(p))),
];

/** `in actors[0]`, or `at the top level` for the root. */
const where = (path: readonly PathSegment[]): string =>
  path.length === 0 ? 'at the top level' : `in ${formatPath(path)}`;

function report(ctx: Context, issue: Issue, prefix: readonly PathSegment[]): void {
  const path = toPath(prefix, issue.path);
  if (isMissingKey(ctx.data, path)) return missingKey(ctx, path, expectedOf(issue));
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeys(ctx, path, issue.keys);
    case 'invalid_type':
      return wrongType(ctx, path, [issue.expected]);
    case 'invalid_union':
      return union(ctx, path, issue.errors);
    case 'invalid_value':
      return invalidValue(ctx, path, issue.values);
    case 'invalid_format':
      return invalidFormat(
        ctx,
        path,
        issue.message,
        'pattern' in issue ? String(issue.pattern) : undefined,
      );
    case 'invalid_key':
      return invalidKey(ctx, path, issue.issues[0]?.message ?? issue.message);
    case 'too_small':
    case 'too_big':
      return size(ctx, path, issue);
    default:
      ctx.out.error({ code: 'invalid-value', path, message: issue.message });
  }
}

function unknownKeys(ctx: Context, path: PathSegment[], keys: readonly string[]): void {
  const allowed = allowedKeysAt(ctx.schema, path);
  for (const key of keys) {
    ctx.out.error({
      code: 'unknown-key',
      path: [...path, key],
      key: true,
      message: `unknown key \`${key}\` ${where(path)}`,
      hint: didYouMean(key, allowed) ?? `allowed keys here: ${allowed.join(', ')}`,
    });
  }
}

/** What the issue wanted, in words, for the hint of a missing key. */
function expectedOf(issue: Issue): string {
  if (issue.code === 'invalid_type') return describeExpected(issue.expected);
  if (issue.code === 'invalid_value') return joinOr(issue.values.map((v) => `\`${String(v)}\``));
  if (issue.code === 'invalid_union') {
    const types = issue.errors.flatMap((alt) =>
      alt.flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : [])),
    );
    return joinOr([...new Set(types)].map(describeExpected));
  }
  return 'a value';
}

function missingKey(ctx: Context, path: PathSegment[], expected: string): void {
  const key = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  ctx.out.error({
    code: 'missing-key',
    path: parent,
    message: `missing key \`${key}\` ${where(parent)}`,
    hint:
      key === 'parley' && parent.length === 0
        ? 'start the file with `parley: 1`'
        : `add \`${key}:\` with ${expected}`,
  });
}

function wrongType(
  ctx: Context,
  path: PathSegment[],
  expectedTypes: readonly string[],
  hint?: string,
): void {
  const value = valueAt(ctx.data, path);
  const expected = joinOr([...new Set(expectedTypes)].map(describeExpected));
  ctx.out.error({
    code: 'wrong-type',
    path,
    message: `expected ${expected}, found ${describeValue(value)}`,
    hint: typeHint(expectedTypes, value, path) ?? hint,
  });
}

function typeHint(
  expected: readonly string[],
  value: unknown,
  path: PathSegment[],
): string | undefined {
  if (path.length === 0) return 'a scenario is a mapping that starts with `parley: 1`';
  if (value === null) return 'the value is empty: write one after the colon, or delete the key';
  if (typeof value === 'string') {
    if (expected.includes('number') && value.trim() !== '' && !Number.isNaN(Number(value)))
      return `remove the quotes: write ${value.trim()}, not "${value}"`;
    if (expected.includes('boolean') && /^(yes|no|true|false|on|off|y|n)$/i.test(value))
      return 'write `true` or `false`, without quotes';
  }
  if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean'))
    return `quote it: "${String(value)}"`;
  if (expected.includes('array') && !Array.isArray(value))
    return 'write a list: `[a, b]` or one `- item` per line';
  return undefined;
}

/** Whether an alternative of a union failed because the value has another type altogether. */
const typeMismatch = (issues: readonly Issue[]): boolean =>
  issues.some((i) => i.path.length === 0 && i.code === 'invalid_type');

function union(
  ctx: Context,
  path: PathSegment[],
  alternatives: readonly (readonly Issue[])[],
): void {
  const matching = alternatives.filter((issues) => !typeMismatch(issues));
  if (matching.length > 0) {
    const best = matching.reduce((a, b) => (b.length < a.length ? b : a));
    for (const issue of best) report(ctx, issue, path);
    return;
  }
  const expected = alternatives.flatMap((issues) =>
    issues.flatMap((i) => (i.path.length === 0 && i.code === 'invalid_type' ? [i.expected] : [])),
  );
  wrongType(ctx, path, expected, unionHint(ctx, path));
}

/** Shows the long form of the unions the format uses (quantity, statement, condition). */
function unionHint(ctx: Context, path: PathSegment[]): string | undefined {
  const keys = allowedKeysAt(ctx.schema, path);
  if (keys.includes('value')) return 'write a plain number, or `{value: 42, source: <source id>}`';
  if (keys.includes('statement'))
    return 'write the statement as text, or `{statement: "…", source: <source id>}`';
  if (keys.includes('when')) return 'write the condition as text, or `{when: "…", reason: "…"}`';
  return undefined;
}

function invalidValue(ctx: Context, path: PathSegment[], values: readonly unknown[]): void {
  const value = valueAt(ctx.data, path);
  if (path.length === 1 && path[0] === 'parley') {
    ctx.out.error({
      code: 'unsupported-version',
      path,
      message: `unsupported scenario format version ${typeof value === 'number' ? value : describeValue(value)}: this Parley reads \`parley: 1\``,
      hint: 'set `parley: 1`',
    });
    return;
  }
  const names = values.map((v) => `\`${String(v)}\``);
  ctx.out.error({
    code: 'invalid-value',
    path,
    message: `expected ${joinOr(names)}, found ${describeValue(value)}`,
    hint: typeof value === 'string' ? didYouMean(value, values.map(String)) : undefined,
  });
}

function invalidFormat(
  ctx: Context,
  path: PathSegment[],
  message: string,
  pattern: string | undefined,
): void {
  const value = valueAt(ctx.data, path);
  const isId = pattern === String(ID_PATTERN);
  ctx.out.error({
    code: isId ? 'invalid-id' : 'invalid-format',
    path,
    message: isId ? `${describeValue(value)} is not a valid id` : message,
    hint: isId ? `${message}, e.g. \`lift_sanctions\`` : undefined,
  });
}

function invalidKey(ctx: Context, path: PathSegment[], message: string): void {
  ctx.out.error({
    code: 'invalid-id',
    path,
    key: true,
    message: `key \`${String(path[path.length - 1])}\` ${where(path.slice(0, -1))} is not a valid id`,
    hint: message,
  });
}

function size(
  ctx: Context,
  path: PathSegment[],
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
): void {
  const small = issue.code === 'too_small';
  const bound = Number(
    small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum,
  );
  const name = path.length === 0 ? 'the scenario' : `\`${formatPath(path)}\``;
  if (issue.origin === 'string' && small && bound === 1) {
    ctx.out.error({ code: 'empty-value', path, message: `${name} must not be empty` });
  } else if (issue.origin === 'array' || issue.origin === 'set') {
    const items = `${bound} item${bound === 1 ? '' : 's'}`;
    ctx.out.error({
      code: small ? 'too-few-items' : 'too-many-items',
      path,
      message: `${name} needs ${small ? 'at least' : 'at most'} ${items}`,
    });
  } else {
    ctx.out.error({
      code: 'out-of-range',
      path,
      message: `${name} must be ${small ? 'at least' : 'at most'} ${bound}, found ${describeValue(valueAt(ctx.data, path))}`,
    });
  }
}
