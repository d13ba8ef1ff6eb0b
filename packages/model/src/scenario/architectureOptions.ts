/**
 * The GMCR part of applying an architecture: added conditions, fixed options, removed options.
 *
 * - `infeasible`: the conditions are appended to the scenario's.
 * - `fixOptions: {o: v}`: the option stays (bit order and state numbers are kept) but is fixed:
 *   the condition `!o` (v = true) or `o` (v = false) is appended, so every feasible state has
 *   o = v, and the status quo takes the value v — the architecture is in place from the start.
 * - `removeOptions: [o]`: the option does not exist under the architecture. Every statement,
 *   condition and misperception is read with o never taken — o is replaced by false and the
 *   result simplified (architectureSubstitute.ts). A preference statement that becomes constant
 *   is dropped: it was satisfied by all states or by none, so it ordered nothing. A condition
 *   that becomes false is dropped; one that becomes true is kept as `p | !p` over the first
 *   remaining option (it then rules out every state, which validation reports). The option is
 *   then deleted, as is its letter in every ranking state, and it leaves the scope of vetoes (a
 *   veto left with an empty scope is dropped). An actor left without options loses its
 *   preference and its place in the coalitions.
 * - Rankings keep only the states that stay feasible under the new conditions (including o =
 *   false for removed options), in their order, dropping emptied tie groups: the actor's
 *   preference restricted to the states that remain.
 */
import { evaluate } from '../statement/evaluate.ts';
import { formatExpr } from '../statement/formatExpr.ts';
import { optionsIn } from '../statement/optionsIn.ts';
import { parseStatement } from '../statement/parseStatement.ts';
import { substituteOptions } from './architectureSubstitute.ts';
import { compileInfeasible, conditionText, statementText } from './compileScenario.ts';
import { stateFromYN } from './feasibleDecimals.ts';
import type { Architecture, Infeasible, RankingEntry, Scenario, Statement } from './schema.ts';

/** Applies the option changes of `architecture` to `s` in place. */
export function applyOptionChanges(s: Scenario, architecture: Architecture): void {
  const { changes } = architecture;
  const provenance =
    architecture.source !== undefined ? { source: architecture.source } : { judgement: true };
  s.infeasible.push(...(changes.infeasible ?? []));
  for (const [id, value] of Object.entries(changes.fixOptions ?? {})) {
    const option = s.options.find((o) => o.id === id);
    if (!option) continue;
    option.statusQuo = value;
    s.infeasible.push({
      when: value ? `!${id}` : id,
      reason: `architecture \`${architecture.id}\` fixes \`${id}\` as ${value ? 'taken' : 'not taken'}`,
      ...provenance,
    });
  }
  const removed = new Set((changes.removeOptions ?? []).filter((id) => hasOption(s, id)));
  restrictRankings(s, removed);
  if (removed.size > 0) removeOptions(s, removed);
}

const hasOption = (s: Scenario, id: string): boolean => s.options.some((o) => o.id === id);

/** Keeps in each ranking only the states feasible under the current conditions and removals. */
function restrictRankings(s: Scenario, removed: ReadonlySet<string>): void {
  const ranked = Object.values(s.preferences).filter((p) => p.ranking !== undefined);
  if (ranked.length === 0) return;
  const conditions = compileInfeasible(s);
  const removedBits = s.options.flatMap((o, k) => (removed.has(o.id) ? [k] : []));
  const keeps = (yn: string): boolean => {
    const decimal = stateFromYN(yn)!;
    const taken = (k: number): boolean => ((decimal >>> k) & 1) === 1;
    return !removedBits.some(taken) && !conditions.some((c) => evaluate(c, taken));
  };
  const shorten = (yn: string): string =>
    [...yn].filter((_, k) => !removedBits.includes(k)).join('');
  for (const preference of ranked) {
    preference.ranking = preference
      .ranking!.map((entry): RankingEntry[] => {
        const states = (typeof entry === 'string' ? [entry] : entry).filter(keeps).map(shorten);
        if (states.length === 0) return [];
        return [typeof entry === 'string' ? states[0]! : states];
      })
      .flat();
  }
}

function removeOptions(s: Scenario, removed: ReadonlySet<string>): void {
  const owners = new Set(s.options.filter((o) => removed.has(o.id)).map((o) => o.owner));
  s.options = s.options.filter((o) => !removed.has(o.id));
  const values = new Map([...removed].map((id) => [id, false]));
  const always = s.options.length > 0 ? `${s.options[0]!.id} | !${s.options[0]!.id}` : undefined;
  s.infeasible = s.infeasible.flatMap((c) => rewriteCondition(c, values, always));
  for (const preference of Object.values(s.preferences)) {
    if (preference.statements)
      preference.statements = preference.statements.flatMap((st) => rewriteStatement(st, values));
    if (preference.misperceived) {
      preference.misperceived = preference.misperceived.flatMap((text) => {
        const rewritten = rewrite(text, values);
        if (rewritten === false) return [];
        if (rewritten === true) return always === undefined ? [] : [always];
        return [rewritten];
      });
    }
  }
  s.vetoes = s.vetoes
    ?.map((veto) => ({
      ...veto,
      scope: { ...veto.scope, options: veto.scope.options?.filter((id) => !removed.has(id)) },
    }))
    .filter((veto) => (veto.scope.issues?.length ?? 0) + (veto.scope.options?.length ?? 0) > 0);
  dropActorsWithoutOptions(s, owners);
}

/** The statement text with `values` put in: new text, the same text, or a constant. */
function rewrite(text: string, values: ReadonlyMap<string, boolean>): string | boolean {
  const parsed = parseStatement(text);
  if (!parsed.ok) return text; // validated scenarios parse; leave anything else untouched
  if (!optionsIn(parsed.expr).some((id) => values.has(id))) return text;
  const result = substituteOptions(parsed.expr, values);
  return typeof result === 'boolean' ? result : formatExpr(result);
}

function rewriteCondition(
  c: Infeasible,
  values: ReadonlyMap<string, boolean>,
  always: string | undefined,
): Infeasible[] {
  let text = rewrite(conditionText(c), values);
  if (text === false) return [];
  if (text === true) {
    if (always === undefined) return [];
    text = always;
  }
  return [typeof c === 'string' ? text : { ...c, when: text }];
}

function rewriteStatement(st: Statement, values: ReadonlyMap<string, boolean>): Statement[] {
  const text = rewrite(statementText(st), values);
  if (typeof text === 'boolean') return [];
  return [typeof st === 'string' ? text : { ...st, statement: text }];
}

function dropActorsWithoutOptions(s: Scenario, candidates: ReadonlySet<string>): void {
  const owning = new Set(s.options.map((o) => o.owner));
  const gone = [...candidates].filter((actor) => !owning.has(actor));
  if (gone.length === 0) return;
  for (const actor of gone) delete s.preferences[actor];
  if (s.coalitions) {
    s.coalitions = s.coalitions
      .map((members) => members.filter((actor) => !gone.includes(actor)))
      .filter((members) => members.length > 0);
  }
}
