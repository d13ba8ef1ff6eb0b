/**
 * Checks on `architectures`, in two steps.
 *
 * 1. The declarations: ids unique; at most one `baseline: true`, and it changes nothing; without
 *    one, no other architecture may take the implicit baseline's id; the ids the changes name
 *    resolve and the changes do not contradict each other (checkArchitectureChanges.ts).
 * 2. The result: when the scenario itself and the architecture's declarations are free of
 *    errors, the architecture is applied and the result validated like any scenario (shape,
 *    then meaning — e.g. a track whose parties were all removed). Each error is reported on the
 *    architecture as `architecture-<code>` (e.g. `architecture-no-feasible-states` when fixed
 *    options contradict the conditions), saying where in the applied scenario it arises. So an
 *    architecture that passes validation always yields a valid scenario.
 */
import { hasErrors, type Diagnostic } from '../diagnostic.ts';
import { applyArchitectureObject, IMPLICIT_BASELINE_ID } from './architectures.ts';
import { checkArchitectureChanges } from './checkArchitectureChanges.ts';
import { checkUniqueIds } from './checkIdReference.ts';
import type { PathSegment } from './formatPath.ts';
import { DiagnosticCollector } from './diagnosticCollector.ts';
import { reportSchemaIssues } from './schemaDiagnostics.ts';
import { ScenarioSchema, type Architecture, type Scenario } from './schema.ts';
import type { ValidationContext } from './validationContext.ts';

/** Validates a scenario (validateScenario, passed in to keep the modules acyclic). */
export type ValidateFn = (scenario: Scenario) => Diagnostic[];

export function checkArchitectures(ctx: ValidationContext, validate: ValidateFn): void {
  const declared = ctx.scenario.architectures;
  if (!declared) return;
  const scenarioClean = !hasErrors(ctx.out.diagnostics);
  checkUniqueIds(ctx, declared, ['architectures'], 'architecture');
  checkBaseline(ctx, declared);
  declared.forEach((architecture, i) => {
    const path: PathSegment[] = ['architectures', i, 'changes'];
    const before = errorCount(ctx);
    checkArchitectureChanges(ctx, architecture.changes, path);
    const changed = Object.values(architecture.changes).some((v) => v !== undefined);
    if (!changed && architecture.baseline !== true) {
      ctx.out.warning({
        code: 'architecture-without-changes',
        path: ['architectures', i],
        message: `architecture \`${architecture.id}\` changes nothing: it is the scenario as written`,
        hint: 'add `changes`, or mark it `baseline: true`',
      });
    }
    if (scenarioClean && changed && errorCount(ctx) === before)
      checkApplied(ctx, architecture, path, validate);
  });
}

const errorCount = (ctx: ValidationContext): number =>
  ctx.out.diagnostics.filter((d) => d.severity === 'error').length;

function checkBaseline(ctx: ValidationContext, declared: readonly Architecture[]): void {
  const baselines = declared.flatMap((a, i) => (a.baseline === true ? [i] : []));
  baselines.slice(1).forEach((i) =>
    ctx.out.error({
      code: 'duplicate-baseline',
      path: ['architectures', i, 'baseline'],
      message: `architecture \`${declared[i]!.id}\` is a second baseline (the first is \`${declared[baselines[0]!]!.id}\`)`,
      hint: 'one architecture is the scenario as written: mark only that one `baseline: true`',
    }),
  );
  for (const i of baselines) {
    if (!Object.values(declared[i]!.changes).some((v) => v !== undefined)) continue;
    ctx.out.error({
      code: 'baseline-with-changes',
      path: ['architectures', i, 'changes'],
      key: true,
      message: `the baseline \`${declared[i]!.id}\` has changes, but the baseline is the scenario as written`,
      hint: 'write the baseline into the scenario itself, or drop `baseline: true`',
    });
  }
  if (baselines.length > 0) return;
  declared.forEach((a, i) => {
    if (a.id !== IMPLICIT_BASELINE_ID) return;
    ctx.out.error({
      code: 'reserved-architecture-id',
      path: ['architectures', i, 'id'],
      message: `\`${IMPLICIT_BASELINE_ID}\` is the id of the implicit baseline (the scenario as written)`,
      hint: `choose another id, or mark this architecture \`baseline: true\` if it changes nothing`,
    });
  });
}

/** Applies the architecture and reports the errors of the result on it. */
function checkApplied(
  ctx: ValidationContext,
  architecture: Architecture,
  path: PathSegment[],
  validate: ValidateFn,
): void {
  const applied = applyArchitectureObject(ctx.scenario, architecture);
  const shaped = ScenarioSchema.safeParse(applied);
  let found: Diagnostic[];
  if (shaped.success) found = validate(applied);
  else {
    const shapeOut = new DiagnosticCollector();
    reportSchemaIssues(shaped.error.issues, applied, shapeOut);
    found = shapeOut.diagnostics;
  }
  for (const d of found) {
    if (d.severity !== 'error') continue;
    ctx.out.error({
      code: `architecture-${d.code}`,
      path,
      key: true,
      message: `with architecture \`${architecture.id}\` applied, ${d.path === '' ? 'the scenario' : `\`${d.path}\``}: ${d.message}`,
      hint: GMCR_CONFLICT.has(d.code)
        ? 'the fixed options and added conditions of the architecture contradict the conditions or the status quo of the scenario'
        : d.hint,
    });
  }
}

const GMCR_CONFLICT = new Set(['no-feasible-states', 'infeasible-status-quo']);
