/**
 * GENIUS domain file (`negotiation_template`) → issues, following genius.core.DomainImpl
 * (GENIUS 10.4):
 *
 * - the first `<utility_space>` child of the root, then its first `<objective>`;
 * - at every objective level, child objectives first (recursively), then child issues, so the
 *   issue order — which is also GENIUS's bid enumeration order — is that preorder;
 * - issue type: `type` when present (`vtype` is ignored, even when `type` is absent: the issue
 *   is then discrete); discrete values are the `<item value>`s in document order (their `index`
 *   attributes are ignored); integer bounds are attributes of `<issue>`; real bounds are on a
 *   `<range>` child and the issue is enumerated on `realSteps` equally spaced points.
 *
 * Where GENIUS would throw (a missing or non-integer `index`, bad bounds) this reports an error.
 */
import { childrenNamed, type GeniusReport } from './geniusReport.ts';
import type { GeniusIssueKind } from './geniusTypes.ts';
import { parseJavaDouble, parseJavaInt } from './javaNumber.ts';
import type { XmlElement } from './xmlTree.ts';

export interface DomainIssue {
  index: number;
  name: string;
  kind: GeniusIssueKind;
  values: (string | number)[];
  element: XmlElement;
}

export interface ReadDomain {
  issues: DomainIssue[];
  /** Indices of the objectives (not issues) of the tree. */
  objectiveIndices: Set<number>;
}

/** Integer issues with more values than this are refused (the outcome space would not fit anyway). */
const MAX_INTEGER_VALUES = 1_000_000;

export function readGeniusDomain(
  root: XmlElement,
  report: GeniusReport,
  realSteps: number,
): ReadDomain | undefined {
  const space = childrenNamed(root, 'utility_space')[0];
  if (!space) {
    report.error(
      'genius/no-utility-space',
      '',
      root,
      'A GENIUS domain needs a <utility_space> element under the root',
    );
    return undefined;
  }
  if (root.name !== 'negotiation_template') {
    report.warn(
      'genius/unexpected-root',
      '',
      root,
      `Expected <negotiation_template>, found <${root.name}>`,
    );
  }
  const top = childrenNamed(space, 'objective')[0];
  if (!top) {
    report.error(
      'genius/no-objective',
      'utility_space',
      space,
      'The utility space has no <objective>',
    );
    return undefined;
  }
  const read: ReadDomain = { issues: [], objectiveIndices: new Set() };
  const rootIndex = readIndex(top, 'objective', report);
  if (rootIndex !== undefined) read.objectiveIndices.add(rootIndex);
  walk(top, read, report, realSteps);
  checkIndices(read, report);
  if (read.issues.length === 0)
    report.error('genius/no-issues', 'objective', top, 'The domain has no issues');
  return read;
}

function walk(
  objective: XmlElement,
  read: ReadDomain,
  report: GeniusReport,
  realSteps: number,
): void {
  for (const child of childrenNamed(objective, 'objective')) {
    const index = readIndex(child, 'objective', report);
    if (index !== undefined) read.objectiveIndices.add(index);
    walk(child, read, report, realSteps);
  }
  for (const element of childrenNamed(objective, 'issue')) {
    const issue = readIssue(element, report, realSteps);
    if (issue) read.issues.push(issue);
  }
}

function readIssue(
  element: XmlElement,
  report: GeniusReport,
  realSteps: number,
): DomainIssue | undefined {
  const index = readIndex(element, 'issue', report);
  if (index === undefined) return undefined;
  const name = element.attributes.get('name') ?? `issue${index}`;
  const path = `issue[${index}]`;
  const kind = issueKind(element, path, report);
  if (kind === undefined) return undefined;
  const values =
    kind === 'discrete'
      ? discreteValues(element, path, report)
      : kind === 'integer'
        ? integerValues(element, path, report)
        : realValues(element, path, report, realSteps);
  return values ? { index, name, kind, values, element } : undefined;
}

/** GENIUS's rule for issues and evaluators alike: `type`, or discrete when it is absent. */
export function issueKind(
  element: XmlElement,
  path: string,
  report: GeniusReport,
): GeniusIssueKind | undefined {
  const type = element.attributes.get('type');
  if (type === undefined) {
    const vtype = element.attributes.get('vtype');
    if (vtype !== undefined && vtype.toLowerCase() !== 'discrete') {
      report.warn(
        'genius/vtype-ignored',
        path,
        element,
        `GENIUS ignores vtype="${vtype}" when type is absent and reads the issue as discrete`,
        'vtype',
        `add type="${vtype}"`,
      );
    }
    return 'discrete';
  }
  switch (type.toLowerCase()) {
    case 'discrete':
      return 'discrete';
    case 'integer':
      return 'integer';
    case 'real':
      return 'continuous';
    default:
      report.error(
        'genius/bad-issue-type',
        path,
        element,
        `Unknown issue type "${type}"`,
        'type',
        'use discrete, integer or real',
      );
      return undefined;
  }
}

function discreteValues(
  element: XmlElement,
  path: string,
  report: GeniusReport,
): string[] | undefined {
  const values: string[] = [];
  for (const item of childrenNamed(element, 'item')) {
    const value = item.attributes.get('value');
    if (value === undefined) {
      report.error('genius/missing-value', path, item, 'An <item> has no value attribute');
      return undefined;
    }
    if (values.includes(value)) {
      report.warn(
        'genius/duplicate-value',
        path,
        item,
        `The value "${value}" is listed twice; GENIUS keeps both`,
        'value',
      );
    }
    values.push(value);
  }
  if (values.length === 0) {
    report.error('genius/no-values', path, element, 'A discrete issue needs at least one <item>');
    return undefined;
  }
  return values;
}

function integerValues(
  element: XmlElement,
  path: string,
  report: GeniusReport,
): number[] | undefined {
  const lower = readInt(element, 'lowerbound', path, report);
  const upper = readInt(element, 'upperbound', path, report);
  if (lower === undefined || upper === undefined) return undefined;
  if (upper < lower || upper - lower + 1 > MAX_INTEGER_VALUES) {
    report.error(
      'genius/bad-bound',
      path,
      element,
      `Bounds [${lower}, ${upper}] do not give 1 to ${MAX_INTEGER_VALUES} values`,
    );
    return undefined;
  }
  return Array.from({ length: upper - lower + 1 }, (_, i) => lower + i);
}

function realValues(
  element: XmlElement,
  path: string,
  report: GeniusReport,
  steps: number,
): number[] | undefined {
  const range = childrenNamed(element, 'range')[0];
  if (!range) {
    report.error(
      'genius/missing-range',
      path,
      element,
      'A real issue needs a <range lowerbound upperbound> child',
    );
    return undefined;
  }
  const lower = parseJavaDouble(range.attributes.get('lowerbound'));
  const upper = parseJavaDouble(range.attributes.get('upperbound'));
  if (
    lower === undefined ||
    upper === undefined ||
    !Number.isFinite(lower) ||
    !Number.isFinite(upper) ||
    upper < lower
  ) {
    report.error(
      'genius/bad-bound',
      path,
      range,
      'The range needs finite numeric lowerbound ≤ upperbound',
    );
    return undefined;
  }
  // GENIUS's BidIterator: lower + (upper − lower)/(steps − 1) · i.
  const step = (upper - lower) / (steps - 1);
  return Array.from({ length: steps }, (_, i) => lower + step * i);
}

export function readIndex(
  element: XmlElement,
  what: string,
  report: GeniusReport,
): number | undefined {
  const raw = element.attributes.get('index');
  const index = parseJavaInt(raw);
  if (index === undefined) {
    report.error(
      'genius/bad-index',
      what,
      element,
      raw === undefined
        ? `An <${element.name}> has no index attribute`
        : `index="${raw}" is not an integer`,
      'index',
    );
  }
  return index;
}

function readInt(
  element: XmlElement,
  attribute: string,
  path: string,
  report: GeniusReport,
): number | undefined {
  const raw = element.attributes.get(attribute);
  const value = parseJavaInt(raw);
  if (value === undefined) {
    report.error(
      'genius/bad-bound',
      path,
      element,
      `${attribute}="${raw ?? ''}" is not an integer`,
      raw === undefined ? undefined : attribute,
    );
  }
  return value;
}

function checkIndices(read: ReadDomain, report: GeniusReport): void {
  const seen = new Set<number>();
  for (const issue of read.issues) {
    if (seen.has(issue.index) || read.objectiveIndices.has(issue.index)) {
      report.error(
        'genius/duplicate-index',
        `issue[${issue.index}]`,
        issue.element,
        `Another issue or objective already has index ${issue.index}`,
        'index',
      );
    }
    seen.add(issue.index);
  }
}
