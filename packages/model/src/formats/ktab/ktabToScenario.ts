/**
 * A KTAB SMP document → Parley scenario, with KTAB's own input checks (smpread.cpp): positions
 * and saliences on 0-100, an actor's saliences summing to at most 100, capability in [0, 1e8],
 * named actors, accommodation entries naming known actors with values in [0, 1]. KTAB's lower
 * limit of 3 actors and its 25-character names only warn: Parley runs without them.
 *
 * Mapping: one issue per dimension on a 0-100 scale, one actor per row, capability as written.
 * Nothing is invented: no sources, no judgement flags. KTAB bargains over all dimensions
 * jointly, so a multi-dimensional file also gets a warning saying how to forecast it that way.
 */
import type { Diagnostic } from '../../diagnostic.ts';
import type { Issue, Scenario } from '../../scenario/schema.ts';
import type { KtabDocument, Located } from './ktabDocument.ts';
import { ktabIdAllocator } from './ktabIds.ts';

export interface KtabImportOptions {
  /** File name, for diagnostics and to name the scenario when the file names none. */
  file?: string;
  /** The scenario's `asOf`; KTAB files carry no date, so the default is `"unknown"`. */
  asOf?: string;
}

export function ktabToScenario(
  doc: KtabDocument,
  options: KtabImportOptions,
): { scenario?: Scenario; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (
    severity: Diagnostic['severity'],
    code: string,
    path: string,
    at: Located<unknown> | undefined,
    message: string,
    hint?: string,
  ) => {
    diagnostics.push({
      code,
      severity,
      path,
      message,
      ...(at ? { line: at.line, col: at.col } : {}),
      ...(options.file !== undefined ? { file: options.file } : {}),
      ...(hint !== undefined ? { hint } : {}),
    });
  };
  checkValues(doc, report);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const actorId = ktabIdAllocator();
  const issueId = ktabIdAllocator();
  const ids = doc.actors.map((a, i) => actorId(a.name.value, 'actor', i + 1));
  const issues: Issue[] = doc.dimensions.map((dim, d) => ({
    id: issueId(dim, 'dimension', d + 1),
    name: dim || `Dimension ${d + 1}`,
    scale: {
      min: 0,
      max: 100,
      low: `${dim || 'dimension'} = 0`,
      high: `${dim || 'dimension'} = 100`,
    },
    positions: Object.fromEntries(
      doc.actors.map((a, i) => [
        ids[i]!,
        { position: a.position[d]!.value, salience: a.salience[d]!.value },
      ]),
    ),
  }));
  if (doc.dimensions.length > 1) {
    report(
      'warning',
      'ktab-joint-dimensions',
      '',
      undefined,
      `KTAB bargains over the ${doc.dimensions.length} dimensions jointly`,
      'forecast them as one package (joint, or a linkage of all issues) to reproduce KTAB',
    );
  }
  const fileStem = options.file?.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') ?? '';
  const scenario: Scenario = {
    parley: 1,
    id: ktabIdAllocator()(doc.name || fileStem, 'ktab', 1),
    title: doc.name || fileStem || 'KTAB scenario',
    asOf: options.asOf ?? 'unknown',
    ...(doc.description ? { summary: doc.description } : {}),
    tags: ['ktab'],
    sources: {},
    actors: doc.actors.map((a, i) => ({
      id: ids[i]!,
      name: a.name.value,
      ...(a.description ? { description: a.description } : {}),
      capability: a.capability.value,
    })),
    issues,
    options: [],
    infeasible: [],
    preferences: {},
  };
  return { scenario, diagnostics };
}

type Report = (
  severity: Diagnostic['severity'],
  code: string,
  path: string,
  at: Located<unknown> | undefined,
  message: string,
  hint?: string,
) => void;

function checkValues(doc: KtabDocument, report: Report): void {
  if (doc.actors.length < 3) {
    report(
      'warning',
      'ktab-actor-count',
      'actors',
      undefined,
      `KTAB needs at least 3 actors; this file has ${doc.actors.length}`,
    );
  }
  const names = new Set<string>();
  doc.actors.forEach((a, i) => {
    const path = `actors[${i}]`;
    if (a.name.value === '')
      report('error', 'ktab-actor-name', `${path}.name`, a.name, 'an actor needs a name');
    else if (a.name.value.length > 25)
      report(
        'warning',
        'ktab-actor-name',
        `${path}.name`,
        a.name,
        `KTAB limits actor names to 25 characters ("${a.name.value}")`,
      );
    if (names.has(a.name.value))
      report(
        'warning',
        'ktab-actor-name',
        `${path}.name`,
        a.name,
        `"${a.name.value}" appears twice; the second gets a suffixed id`,
      );
    names.add(a.name.value);
    const cap = a.capability;
    if (cap.value < 0 || cap.value > 1e8)
      report(
        'error',
        'ktab-capability',
        `${path}.capability`,
        cap,
        `capability ${cap.value} is outside KTAB's range [0, 1e8]`,
      );
    a.position.forEach((p, d) => {
      if (p.value < 0 || p.value > 100)
        report(
          'error',
          'ktab-position-range',
          `${path}.position[${d}]`,
          p,
          `position ${p.value} is outside 0-100`,
        );
    });
    let total = 0;
    a.salience.forEach((s, d) => {
      if (s.value < 0 || s.value > 100)
        report(
          'error',
          'ktab-salience-range',
          `${path}.salience[${d}]`,
          s,
          `salience ${s.value} is outside 0-100`,
        );
      total += s.value;
    });
    if (total > 100 + 1e-9) {
      report(
        'error',
        'ktab-salience-total',
        `${path}.salience`,
        a.salience[0],
        `${a.name.value}'s saliences sum to ${+total.toFixed(6)}, more than 100`,
        "KTAB saliences are shares of one actor's attention across the dimensions",
      );
    }
  });
  doc.idealAdjustment.forEach((pair, k) => {
    const path = `IdealAdjustment.iaPair[${k}]`;
    for (const end of [pair.adjustingIdeal, pair.referencePos]) {
      if (!names.has(end.value))
        report('error', 'ktab-unknown-actor', path, end, `no actor named "${end.value}"`);
    }
    if (pair.adjust.value < 0 || pair.adjust.value > 1)
      report(
        'error',
        'ktab-adjust-range',
        `${path}.adjust`,
        pair.adjust,
        `adjust ${pair.adjust.value} is outside [0, 1]`,
      );
  });
}
