/**
 * Architectures: named variants of a scenario — who sits at which table, in which role, in what
 * order, under which vetoes, with which GMCR options fixed or removed — so every method can be
 * run on each variant and the results compared side by side.
 *
 * `listArchitectures` gives the baseline first: the architecture marked `baseline: true`, or an
 * implicit one with id `baseline` (the scenario as written). `applyArchitecture` returns a new
 * scenario with one architecture's changes applied: structure first (architectureStructure.ts),
 * then options (architectureOptions.ts). The result has no `architectures` of its own. When the
 * input passes `validateScenario`, so does the result: validation applies every architecture
 * and reports what would break (`architecture-*` diagnostics).
 */
import { applyOptionChanges } from './architectureOptions.ts';
import { applyStructureChanges } from './architectureStructure.ts';
import type { Architecture, Scenario } from './schema.ts';

/** Id of the implicit baseline, when no architecture is marked `baseline: true`. */
export const IMPLICIT_BASELINE_ID = 'baseline';

/** Thrown when asked for an architecture the scenario does not declare (a programmer error). */
export class UnknownArchitectureError extends Error {
  readonly code = 'unknown-architecture';
  constructor(id: string, known: readonly string[]) {
    super(
      `unknown architecture \`${id}\`; the scenario has ${known.map((k) => `\`${k}\``).join(', ')}`,
    );
    this.name = 'UnknownArchitectureError';
  }
}

/** The implicit baseline: the scenario as written. */
export const implicitBaseline = (): Architecture => ({
  id: IMPLICIT_BASELINE_ID,
  name: 'As written',
  description: 'The scenario as written, with no architecture applied.',
  baseline: true,
  changes: {},
});

/** The scenario's architectures, baseline first (the declared one, or the implicit one). */
export function listArchitectures(scenario: Pick<Scenario, 'architectures'>): Architecture[] {
  const declared = scenario.architectures ?? [];
  const baseline = declared.find((a) => a.baseline === true) ?? implicitBaseline();
  return [baseline, ...declared.filter((a) => a !== baseline)];
}

/**
 * A new scenario with the architecture's changes applied (the input is not modified). Throws
 * `UnknownArchitectureError` for an id the scenario does not declare.
 */
export function applyArchitecture(scenario: Scenario, architectureId: string): Scenario {
  const all = listArchitectures(scenario);
  const architecture = all.find((a) => a.id === architectureId);
  if (!architecture)
    throw new UnknownArchitectureError(
      architectureId,
      all.map((a) => a.id),
    );
  return applyArchitectureObject(scenario, architecture);
}

/** `applyArchitecture` for an architecture given as an object (which need not be declared). */
export function applyArchitectureObject(scenario: Scenario, architecture: Architecture): Scenario {
  const { architectures: _dropped, ...rest } = scenario;
  const applied = structuredClone(rest) as Scenario;
  const changes = structuredClone(architecture.changes);
  applyStructureChanges(applied, changes);
  applyOptionChanges(applied, { ...architecture, changes });
  return applied;
}
