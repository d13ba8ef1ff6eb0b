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
 * - each evaluator becomes a table over the issue's values (geniusEvaluators.ts);
 * - discount factor ≤ 0 or > 1 becomes 1; the reservation value is null (0 here) when absent.
 */
import { childrenNamed, type GeniusReport } from './geniusReport.ts';
import { evaluationTable, type Evaluator } from './geniusEvaluators.ts';
import { parseJavaDouble } from './javaNumber.ts';
import { issueKind, readIndex, type ReadDomain } from './readGeniusDomain.ts';
import type { XmlElement } from './xmlTree.ts';

export interface ReadProfile {
  weights: number[];
  evaluations: number[][];
  reservation?: number;
  discount?: number;
  uncertain: boolean;
}

export function readGeniusProfile(
  root: XmlElement,
  domain: ReadDomain,
  report: GeniusReport,
): ReadProfile | undefined {
  const type = root.attributes.get('type');
  if (root.name !== 'utility_space') {
    report.error(
      'genius/not-a-profile',
      '',
      root,
      `Expected a <utility_space> profile, found <${root.name}>`,
    );
    return undefined;
  }
  if (type !== undefined && /^(nonlinear|constraint)$/i.test(type)) {
    report.error(
      'genius/unsupported-profile',
      '',
      root,
      `${type} utility spaces are not supported`,
      'type',
      'only linear additive profiles can be imported',
    );
    return undefined;
  }
  const profile: ReadProfile = {
    weights: [],
    evaluations: [],
    uncertain: type?.toUpperCase() === 'UNCERTAIN',
  };
  const evaluators = new Map<number, Evaluator>();
  visit(root, profile, evaluators, domain, report);
  const before = report.diagnostics.length;
  for (const issue of domain.issues) {
    const evaluator = evaluators.get(issue.index);
    if (!evaluator) {
      report.error(
        'genius/missing-weight',
        `issue[${issue.index}]`,
        root,
        `Issue "${issue.name}" (index ${issue.index}) has no weight in this profile, so GENIUS gives it no evaluator`,
      );
      continue;
    }
    profile.weights.push(evaluator.weight);
    profile.evaluations.push(evaluationTable(issue, evaluator, report) ?? []);
  }
  return report.diagnostics.slice(before).some((d) => d.severity === 'error') ? undefined : profile;
}

function visit(
  element: XmlElement,
  profile: ReadProfile,
  evaluators: Map<number, Evaluator>,
  domain: ReadDomain,
  report: GeniusReport,
): void {
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
    if (child.name === 'objective' || child.attributes.get('type')?.toLowerCase() === 'objective')
      continue;
    const issue = issueIndex.get(index);
    if (!issue) {
      if (!domain.objectiveIndices.has(index)) {
        report.warn(
          'genius/unknown-issue',
          `issue[${index}]`,
          child,
          `The domain has no issue with index ${index}; GENIUS ignores it`,
          'index',
        );
      }
      continue;
    }
    const kind = issueKind(child, `issue[${index}]`, report);
    if (kind === undefined) continue;
    if (kind !== issue.kind) {
      report.error(
        'genius/evaluator-mismatch',
        `issue[${index}]`,
        child,
        `The profile evaluates "${issue.name}" as ${kind}, but the domain declares it ${issue.kind}`,
        'type',
      );
      continue;
    }
    if (evaluators.has(index))
      report.warn(
        'genius/duplicate-issue',
        `issue[${index}]`,
        child,
        `Issue ${index} is evaluated twice; GENIUS keeps the last`,
        'index',
      );
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
    report.warn(
      'genius/bad-number',
      name,
      child,
      `value="${raw ?? ''}" is not a finite number; GENIUS ignores this <${name}>`,
      'value',
    );
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
      report.error(
        'genius/bad-number',
        `weight[${index ?? '?'}]`,
        w,
        `value="${raw ?? ''}" is not a finite number`,
        raw === undefined ? undefined : 'value',
      );
      continue;
    }
    if (index === undefined) continue;
    if (weights.has(index))
      report.warn(
        'genius/duplicate-weight',
        `weight[${index}]`,
        w,
        `Index ${index} has two weights; GENIUS keeps the last`,
        'index',
      );
    weights.set(index, value);
  }
  return weights;
}
