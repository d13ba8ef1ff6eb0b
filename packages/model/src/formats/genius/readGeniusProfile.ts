/**
 * GENIUS linear additive profile (`utility_space`) → weights and evaluation tables, following
 * genius.core.utility.AdditiveUtilitySpace.loadTreeRecursive and the Evaluator classes
 * (GENIUS 10.4; research/negotiation.md §b):
 *
 * - every element is visited in preorder; its first `<reservation>` and `<discount_factor>`
 *   child set the value (a later one overrides; an unreadable number is skipped, as GENIUS
 *   catches the exception);
 * - weights are `<weight index value>` siblings of the issue they weigh, matched by `index`; an
 *   issue gets an evaluator only when its level has a weight for it — without one GENIUS refuses
 *   the profile ("no evaluator");
 * - discrete: e(v) = eval(v) / max eval over the profile's items (0 when that max < 1e-5);
 *   integer: e(x) = clip(slope·(x − lowerbound) + offset, 0, 1) with the PROFILE's lowerbound;
 *   real: linear clip(parameter1·x + parameter0, 0, 1), constant parameter0, triangular;
 * - discount factor ≤ 0 or > 1 becomes 1; the reservation value is null (0 here) when absent.
 */
import { childrenNamed, type GeniusReport } from './geniusReport.ts';
import type { GeniusIssueKind } from './geniusTypes.ts';
import { parseJavaDouble, parseJavaInt } from './javaNumber.ts';
import { issueKind, readIndex, type DomainIssue, type ReadDomain } from './readGeniusDomain.ts';
import type { XmlElement } from './xmlTree.ts';

export interface ReadProfile {
  weights: number[];
  evaluations: number[][];
  reservation?: number;
  discount?: number;
  uncertain: boolean;
}

interface Evaluator {
  weight: number;
  element: XmlElement;
  kind: GeniusIssueKind;
}

export function readGeniusProfile(root: XmlElement, domain: ReadDomain, report: GeniusReport): ReadProfile | undefined {
  const type = root.attributes.get('type');
  if (root.name !== 'utility_space') {
    report.error('genius/not-a-profile', '', root, `Expected a <utility_space> profile, found <${root.name}>`);
    return undefined;
  }
  if (type !== undefined && /^(nonlinear|constraint)$/i.test(type)) {
    report.error('genius/unsupported-profile', '', root, `${type} utility spaces are not supported`, 'type', 'only linear additive profiles can be imported');
    return undefined;
  }
  const profile: ReadProfile = { weights: [], evaluations: [], uncertain: type?.toUpperCase() === 'UNCERTAIN' };
  const evaluators = new Map<number, Evaluator>();
  visit(root, profile, evaluators, domain, report);
  const before = report.diagnostics.length;
  for (const issue of domain.issues) {
    const evaluator = evaluators.get(issue.index);
    if (!evaluator) {
      report.error('genius/missing-weight', `issue[${issue.index}]`, root, `Issue "${issue.name}" (index ${issue.index}) has no weight in this profile, so GENIUS gives it no evaluator`);
      continue;
    }
    profile.weights.push(evaluator.weight);
    profile.evaluations.push(evaluationTable(issue, evaluator, report) ?? []);
  }
  return report.diagnostics.slice(before).some((d) => d.severity === 'error') ? undefined : profile;
}

function visit(element: XmlElement, profile: ReadProfile, evaluators: Map<number, Evaluator>, domain: ReadDomain, report: GeniusReport): void {
  const reservation = readOptional(element, 'reservation', report);
  if (reservation !== undefined) profile.reservation = reservation;
  const discount = readOptional(element, 'discount_factor', report);
  if (discount !== undefined) profile.discount = discount <= 0 || discount > 1 ? 1 : discount;
  const weights = readWeights(element, report);
  const issueIndex = new Map(domain.issues.map((issue) => [issue.index, issue]));
  for (const child of element.children) {
    if (child.name !== 'issue' && child.name !== 'objective') continue;
    const index = readIndex(child, child.name, report);
    if (index === undefined || !weights.has(index)) continue;
    if (child.name === 'objective' || child.attributes.get('type')?.toLowerCase() === 'objective') continue;
    const issue = issueIndex.get(index);
    if (!issue) {
      if (!domain.objectiveIndices.has(index)) {
        report.warn('genius/unknown-issue', `issue[${index}]`, child, `The domain has no issue with index ${index}; GENIUS ignores it`, 'index');
      }
      continue;
    }
    const kind = issueKind(child, `issue[${index}]`, report);
    if (kind === undefined) continue;
    if (kind !== issue.kind) {
      report.error('genius/evaluator-mismatch', `issue[${index}]`, child, `The profile evaluates "${issue.name}" as ${kind}, but the domain declares it ${issue.kind}`, 'type');
      continue;
    }
    if (evaluators.has(index)) report.warn('genius/duplicate-issue', `issue[${index}]`, child, `Issue ${index} is evaluated twice; GENIUS keeps the last`, 'index');
    evaluators.set(index, { weight: weights.get(index)!, element: child, kind });
  }
  for (const child of element.children) visit(child, profile, evaluators, domain, report);
}

function readOptional(element: XmlElement, name: string, report: GeniusReport): number | undefined {
  const child = childrenNamed(element, name)[0];
  if (!child) return undefined;
  const raw = child.attributes.get('value');
  const value = parseJavaDouble(raw);
  if (value === undefined || !Number.isFinite(value)) {
    report.warn('genius/bad-number', name, child, `value="${raw ?? ''}" is not a finite number; GENIUS ignores this <${name}>`, 'value');
    return undefined;
  }
  return value;
}

function readWeights(element: XmlElement, report: GeniusReport): Map<number, number> {
  const weights = new Map<number, number>();
  for (const w of childrenNamed(element, 'weight')) {
    const index = readIndex(w, 'weight', report);
    const raw = w.attributes.get('value');
    const value = parseJavaDouble(raw);
    if (value === undefined || !Number.isFinite(value)) {
      report.error('genius/bad-number', `weight[${index ?? '?'}]`, w, `value="${raw ?? ''}" is not a finite number`, raw === undefined ? undefined : 'value');
      continue;
    }
    if (index === undefined) continue;
    if (weights.has(index)) report.warn('genius/duplicate-weight', `weight[${index}]`, w, `Index ${index} has two weights; GENIUS keeps the last`, 'index');
    weights.set(index, value);
  }
  return weights;
}

function evaluationTable(issue: DomainIssue, evaluator: Evaluator, report: GeniusReport): number[] | undefined {
  if (evaluator.kind === 'discrete') return discreteTable(issue, evaluator.element, report);
  if (evaluator.kind === 'integer') return integerTable(issue, evaluator.element, report);
  return realTable(issue, evaluator.element, report);
}

function discreteTable(issue: DomainIssue, element: XmlElement, report: GeniusReport): number[] | undefined {
  const evaluation = new Map<string, number>();
  for (const item of childrenNamed(element, 'item')) {
    const raw = item.attributes.get('evaluation');
    if (raw === undefined || raw === 'null') continue;
    const value = parseJavaDouble(raw);
    if (value === undefined || !Number.isFinite(value)) {
      report.warn('genius/bad-number', `issue[${issue.index}]`, item, `evaluation="${raw}" is not a finite number; GENIUS skips the item`, 'evaluation');
      continue;
    }
    evaluation.set(item.attributes.get('value') ?? 'null', value);
  }
  const max = Math.max(...evaluation.values());
  const table: number[] = [];
  for (const v of issue.values) {
    const e = evaluation.get(String(v));
    if (e === undefined) {
      report.error('genius/missing-evaluation', `issue[${issue.index}]`, element, `The value "${v}" of "${issue.name}" has no evaluation`);
      return undefined;
    }
    table.push(max < 0.00001 ? 0 : e / max);
  }
  return table;
}

function integerTable(issue: DomainIssue, element: XmlElement, report: GeniusReport): number[] | undefined {
  const path = `issue[${issue.index}]`;
  const lower = parseJavaInt(element.attributes.get('lowerbound'));
  const upper = parseJavaInt(element.attributes.get('upperbound'));
  if (lower === undefined || upper === undefined) {
    report.error('genius/bad-bound', path, element, 'An integer evaluator needs integer lowerbound and upperbound attributes');
    return undefined;
  }
  if (lower !== issue.values[0] || upper !== issue.values[issue.values.length - 1]) {
    report.warn('genius/bounds-differ', path, element, `The profile's bounds [${lower}, ${upper}] differ from the domain's; GENIUS shifts by the profile's lowerbound`, 'lowerbound');
  }
  const fn = childrenNamed(element, 'evaluator')[0];
  let slope = 0;
  let offset = 0;
  if (fn) {
    const s = parseJavaDouble(fn.attributes.get('slope'));
    const o = parseJavaDouble(fn.attributes.get('offset'));
    if (s === undefined || o === undefined) {
      report.error('genius/bad-number', path, fn, 'A linear integer evaluator needs numeric slope and offset');
      return undefined;
    }
    slope = s;
    offset = o;
  } else {
    report.warn('genius/no-evaluator', path, element, 'No <evaluator>: GENIUS evaluates every value as 0');
  }
  return issue.values.map((x) => clip(slope * ((x as number) - lower) + offset));
}

function realTable(issue: DomainIssue, element: XmlElement, report: GeniusReport): number[] | undefined {
  const path = `issue[${issue.index}]`;
  const fn = childrenNamed(element, 'evaluator')[0];
  const p = [0, 1, 2].map((i) => parseJavaDouble(fn?.attributes.get(`parameter${i}`)));
  const ftype = fn?.attributes.get('ftype')?.toLowerCase();
  const xs = issue.values as number[];
  if (ftype === 'linear' && p[0] !== undefined && p[1] !== undefined) return xs.map((x) => clip(p[1]! * x + p[0]!));
  if (ftype === 'constant' && p[0] !== undefined) return xs.map(() => p[0]!);
  if (ftype === 'triangular' && p.every((v) => v !== undefined)) {
    const [lo, hi, top] = p as [number, number, number];
    return xs.map((x) => (x < lo ? 0 : x < top ? (x - lo) / (top - lo) : x < hi ? 1 - (x - top) / (hi - top) : 0));
  }
  report.error('genius/bad-evaluator', path, fn ?? element, 'A real issue needs a linear, constant or triangular <evaluator> with numeric parameters');
  return undefined;
}

const clip = (u: number): number => (u < 0 ? 0 : u > 1 ? 1 : u);
