/**
 * GENIUS evaluators → evaluation tables over a domain issue's values (GENIUS 10.4:
 * EvaluatorDiscrete, EvaluatorInteger, EvaluatorReal; research/negotiation.md §b):
 *
 * - discrete: e(v) = eval(v) / max eval over the profile's items, 0 when that max < 1e-5; a
 *   domain value without an evaluation makes GENIUS refuse the profile;
 * - integer: e(x) = clip(slope·(x − lowerbound) + offset, 0, 1), with the PROFILE's lowerbound;
 *   no <evaluator> means slope = offset = 0;
 * - real: linear clip(parameter1·x + parameter0, 0, 1); constant parameter0; triangular
 *   (parameter0 = low, parameter1 = high, parameter2 = top), both unclipped.
 */
import { childrenNamed, type GeniusReport } from './geniusReport.ts';
import type { GeniusIssueKind } from './geniusTypes.ts';
import { parseJavaDouble, parseJavaInt } from './javaNumber.ts';
import type { DomainIssue } from './readGeniusDomain.ts';
import type { XmlElement } from './xmlTree.ts';

export interface Evaluator {
  weight: number;
  element: XmlElement;
  kind: GeniusIssueKind;
}

export function evaluationTable(
  issue: DomainIssue,
  evaluator: Evaluator,
  report: GeniusReport,
): number[] | undefined {
  if (evaluator.kind === 'discrete') return discreteTable(issue, evaluator.element, report);
  if (evaluator.kind === 'integer') return integerTable(issue, evaluator.element, report);
  return realTable(issue, evaluator.element, report);
}

function discreteTable(
  issue: DomainIssue,
  element: XmlElement,
  report: GeniusReport,
): number[] | undefined {
  const evaluation = new Map<string, number>();
  for (const item of childrenNamed(element, 'item')) {
    const raw = item.attributes.get('evaluation');
    if (raw === undefined || raw === 'null') continue;
    const value = parseJavaDouble(raw);
    if (value === undefined || !Number.isFinite(value)) {
      report.warn(
        'genius/bad-number',
        `issue[${issue.index}]`,
        item,
        `evaluation="${raw}" is not a finite number; GENIUS skips the item`,
        'evaluation',
      );
      continue;
    }
    evaluation.set(item.attributes.get('value') ?? 'null', value);
  }
  const max = Math.max(...evaluation.values());
  const table: number[] = [];
  for (const v of issue.values) {
    const e = evaluation.get(String(v));
    if (e === undefined) {
      report.error(
        'genius/missing-evaluation',
        `issue[${issue.index}]`,
        element,
        `The value "${v}" of "${issue.name}" has no evaluation`,
      );
      return undefined;
    }
    table.push(max < 0.00001 ? 0 : e / max);
  }
  return table;
}

function integerTable(
  issue: DomainIssue,
  element: XmlElement,
  report: GeniusReport,
): number[] | undefined {
  const path = `issue[${issue.index}]`;
  const lower = parseJavaInt(element.attributes.get('lowerbound'));
  const upper = parseJavaInt(element.attributes.get('upperbound'));
  if (lower === undefined || upper === undefined) {
    report.error(
      'genius/bad-bound',
      path,
      element,
      'An integer evaluator needs integer lowerbound and upperbound attributes',
    );
    return undefined;
  }
  if (lower !== issue.values[0] || upper !== issue.values[issue.values.length - 1]) {
    report.warn(
      'genius/bounds-differ',
      path,
      element,
      `The profile's bounds [${lower}, ${upper}] differ from the domain's; GENIUS shifts by the profile's lowerbound`,
      'lowerbound',
    );
  }
  const fn = childrenNamed(element, 'evaluator')[0];
  let slope = 0;
  let offset = 0;
  if (fn) {
    const s = parseJavaDouble(fn.attributes.get('slope'));
    const o = parseJavaDouble(fn.attributes.get('offset'));
    if (s === undefined || o === undefined) {
      report.error(
        'genius/bad-number',
        path,
        fn,
        'A linear integer evaluator needs numeric slope and offset',
      );
      return undefined;
    }
    slope = s;
    offset = o;
  } else {
    report.warn(
      'genius/no-evaluator',
      path,
      element,
      'No <evaluator>: GENIUS evaluates every value as 0',
    );
  }
  return issue.values.map((x) => clip(slope * ((x as number) - lower) + offset));
}

function realTable(
  issue: DomainIssue,
  element: XmlElement,
  report: GeniusReport,
): number[] | undefined {
  const path = `issue[${issue.index}]`;
  const fn = childrenNamed(element, 'evaluator')[0];
  const p = [0, 1, 2].map((i) => parseJavaDouble(fn?.attributes.get(`parameter${i}`)));
  const ftype = fn?.attributes.get('ftype')?.toLowerCase();
  const xs = issue.values as number[];
  if (ftype === 'linear' && p[0] !== undefined && p[1] !== undefined)
    return xs.map((x) => clip(p[1]! * x + p[0]!));
  if (ftype === 'constant' && p[0] !== undefined) return xs.map(() => p[0]!);
  if (ftype === 'triangular' && p.every((v) => v !== undefined)) {
    const [lo, hi, top] = p as [number, number, number];
    return xs.map((x) =>
      x < lo ? 0 : x < top ? (x - lo) / (top - lo) : x < hi ? 1 - (x - top) / (hi - top) : 0,
    );
  }
  report.error(
    'genius/bad-evaluator',
    path,
    fn ?? element,
    'A real issue needs a linear, constant or triangular <evaluator> with numeric parameters',
  );
  return undefined;
}

const clip = (u: number): number => (u < 0 ? 0 : u > 1 ? 1 : u);
