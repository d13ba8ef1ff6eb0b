/**
 * The catalog's sourcing rule: every number and every modelling choice in a built-in scenario
 * says where it comes from — a `source` (key of the scenario's `sources`) or `judgement: true`
 * — and a judgement says why, in a `note`. `missingProvenance` lists the places that break it.
 */
import type { Quantity, Scenario } from '@parley/model';

interface Provenance {
  source?: string | string[];
  judgement?: boolean;
  note?: string;
}

/** Paths (e.g. `issues[2].positions.usa.salience`) whose provenance is missing or unexplained. */
export function missingProvenance(scenario: Scenario): string[] {
  const missing: string[] = [];
  const check = (path: string, item: Provenance | undefined): void => {
    if (item === undefined || (item.source === undefined && item.judgement !== true)) {
      missing.push(`${path}: no source and not marked as judgement`);
    } else if (item.source === undefined && !item.note) {
      missing.push(`${path}: judgement without a note`);
    }
  };
  const checkQuantity = (path: string, quantity: Quantity | undefined): void => {
    if (quantity === undefined) return;
    check(path, typeof quantity === 'number' ? undefined : quantity);
  };

  scenario.actors.forEach((actor, i) => {
    checkQuantity(`actors[${i}].capability`, actor.capability);
    checkQuantity(`actors[${i}].reservation`, actor.reservation);
    for (const [issue, value] of Object.entries(actor.outsideOption ?? {}))
      checkQuantity(`actors[${i}].outsideOption.${issue}`, value);
    for (const [name, value] of Object.entries(actor.indicators ?? {})) {
      checkQuantity(`actors[${i}].indicators.${name}`, value);
    }
  });
  scenario.issues.forEach((issue, i) => {
    checkQuantity(`issues[${i}].statusQuo`, issue.statusQuo);
    for (const [actor, position] of Object.entries(issue.positions)) {
      checkQuantity(`issues[${i}].positions.${actor}.position`, position.position);
      checkQuantity(`issues[${i}].positions.${actor}.salience`, position.salience);
    }
  });
  scenario.options.forEach((option, k) => check(`options[${k}]`, option));
  // An infeasibility explains itself in its `reason`.
  scenario.infeasible.forEach((entry, k) =>
    check(
      `infeasible[${k}]`,
      typeof entry === 'string' ? undefined : { ...entry, note: entry.note ?? entry.reason },
    ),
  );
  for (const [actor, preference] of Object.entries(scenario.preferences)) {
    if (preference.ranking !== undefined) check(`preferences.${actor}`, preference);
    (preference.statements ?? []).forEach((statement, k) =>
      check(
        `preferences.${actor}.statements[${k}]`,
        typeof statement === 'string' ? undefined : statement,
      ),
    );
  }
  return missing;
}
