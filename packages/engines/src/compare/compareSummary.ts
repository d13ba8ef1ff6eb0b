/**
 * The plain-language summary of a comparison: what the baseline produces, then for each other
 * architecture what changes in the structure, what that does to the chance of a settlement and
 * to vetoes, who gains and who loses, where the expected outcome moves, and what the graph model
 * adds; last, which architecture suits whom. Every sentence is read off the result's numbers.
 */
import type { ArchitectureDelta, ArchitectureResult, CompareSettings } from './compareTypes.ts';
import {
  baseUnitOf,
  list,
  nameLookup,
  seatChanges,
  structureSentences,
} from './structureChanges.ts';

const pct = (x: number): string => `${Math.round(100 * x)}%`;
const signed = (x: number, digits = 2): string =>
  `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;
const points = (x: number): string =>
  `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(100 * x))} points`;

export function compareSummary(
  architectures: readonly ArchitectureResult[],
  deltas: readonly ArchitectureDelta[],
  settings: CompareSettings,
): string[] {
  const base = architectures[0]!;
  const out = [baselineSentence(base, settings.runs)];
  deltas.forEach((d, k) =>
    out.push(architectureSentence(base, architectures[k + 1]!, d, settings.runs)),
  );
  if (architectures.length > 1) out.push(...overallSentences(architectures, deltas, settings.runs));
  return out;
}

function baselineSentence(base: ArchitectureResult, runs: number): string {
  const n = base.negotiation;
  if (n.units.length === 0) return `Under ${base.name} no table negotiates any issue.`;
  const tables = n.units.map((u) => `${u.name} ${pct(u.implemented)}`).join('; ');
  const veto = vetoText(base);
  return (
    `Under the baseline (“${base.name}”), every table's agreement is carried out in ` +
    `${pct(n.fullAgreement)} of ${runs} runs (per table: ${tables}).${veto}`
  );
}

function vetoText(result: ArchitectureResult): string {
  const name = nameLookup(result);
  const blocks = result.negotiation.units.flatMap((u) =>
    u.blockers.map((b) => `${name(b.actor)} blocks ${u.name} in ${pct(b.rate)} of runs`),
  );
  return blocks.length === 0 ? '' : ` Implementation vetoes: ${list(blocks)}.`;
}

function architectureSentence(
  base: ArchitectureResult,
  arch: ArchitectureResult,
  delta: ArchitectureDelta,
  runs: number,
): string {
  const structure = structureSentences(base, arch);
  const parts = [
    `${arch.name}: ${structure.length > 0 ? `${capital(list(structure))}.` : 'the tables are as in the baseline.'}`,
    `Full settlement ${pct(arch.negotiation.fullAgreement)} (${points(delta.fullAgreement)})${reasonText(base, arch, delta, runs)}.`,
  ];
  const veto = vetoText(arch);
  if (veto) parts.push(veto.trim());
  else if (base.negotiation.blocked > 0) parts.push('No agreement is blocked by a veto.');
  parts.push(gainsText(base, arch, delta));
  const moves = issueMoves(arch, delta);
  if (moves) parts.push(moves);
  const gmcr = gmcrText(base, arch, delta);
  if (gmcr) parts.push(gmcr);
  return parts.join(' ');
}

/** What the graph model says differently: status-quo stability and reachable equilibria. */
function gmcrText(
  base: ArchitectureResult,
  arch: ArchitectureResult,
  delta: ArchitectureDelta,
): string {
  const g = delta.gmcr;
  if (!g || !arch.gmcr || !base.gmcr) return '';
  const parts: string[] = [];
  const was = base.gmcr.statusQuo?.stableUnder.join(', ') || 'no concept';
  const now = arch.gmcr.statusQuo?.stableUnder.join(', ') ?? '';
  if (was !== (now || 'no concept'))
    parts.push(
      now === ''
        ? `the status quo is no longer stable under any concept (baseline: ${was})`
        : `the status quo is stable under ${now} (baseline: ${was})`,
    );
  const some = (items: string[]): string => {
    const example = [...items].sort((a, b) => a.length - b.length)[0]!;
    return items.length === 1 ? example : `${items.length} equilibria (e.g. ${example})`;
  };
  if (g.gained.length > 0) parts.push(`newly reachable from it: ${some(g.gained)}`);
  if (g.lost.length > 0) parts.push(`no longer reachable: ${some(g.lost)}`);
  return parts.length === 0 ? '' : `Graph model: ${parts.join('; ')}.`;
}

/** Why the settlement rate moved, when the tables say so; or that the change is noise. */
function reasonText(
  base: ArchitectureResult,
  arch: ArchitectureResult,
  delta: ArchitectureDelta,
  runs: number,
): string {
  const reasons: string[] = [];
  for (const u of arch.negotiation.units) {
    if (u.convened < 1)
      reasons.push(
        `${u.name} meets in only ${pct(u.convened)} of runs: it waits for the earlier step to agree`,
      );
    const was = baseUnitOf(base, u);
    if (!was) continue;
    if (u.required.length > was.required.length && u.agreement < was.agreement)
      reasons.push(`more parties must consent at ${u.name}`);
    if (u.required.length < was.required.length && u.agreement > was.agreement)
      reasons.push(`fewer parties must consent at ${u.name}`);
  }
  const vetoNoise = noise(base.negotiation.blocked, arch.negotiation.blocked, runs);
  if (delta.blocked < -vetoNoise) reasons.push('fewer agreements are vetoed');
  if (delta.blocked > vetoNoise) reasons.push('more agreements are vetoed');
  const within = withinNoise(base.negotiation.fullAgreement, arch.negotiation.fullAgreement, runs);
  const why = reasons.length === 0 ? '' : list(reasons);
  if (within) return ` — within simulation noise${why ? `; ${why}` : ''}`;
  return why ? ` — ${why}` : '';
}

function gainsText(
  base: ArchitectureResult,
  arch: ArchitectureResult,
  delta: ArchitectureDelta,
): string {
  const seats = new Map(seatChanges(base, arch).map((c) => [c.actor, c]));
  const describe = (a: ArchitectureDelta['actors'][number]): string => {
    const c = seats.get(a.actor);
    const why = c?.joins.length ? ', more seats' : c?.leaves.length ? ', fewer seats' : '';
    return `${a.name} (${signed(a.utility)}${why})`;
  };
  const gains = delta.actors
    .filter((a) => a.verdict === 'gains')
    .sort((a, b) => b.utility - a.utility);
  const losses = delta.actors
    .filter((a) => a.verdict === 'loses')
    .sort((a, b) => a.utility - b.utility);
  if (gains.length + losses.length === 0) return 'No actor gains or loses noticeably.';
  const g = gains.length > 0 ? `Gains: ${list(gains.map(describe))}` : 'Nobody gains';
  const l = losses.length > 0 ? `loses: ${list(losses.map(describe))}` : 'nobody loses';
  return `${g}; ${l}.`;
}

function issueMoves(arch: ArchitectureResult, delta: ArchitectureDelta): string {
  const moved = delta.issues
    .map((d, k) => ({ d, issue: arch.negotiation.issues[k]! }))
    .filter(({ d }) => d.expected !== null && Math.abs(d.expected) >= 5)
    .sort((a, b) => Math.abs(b.d.expected!) - Math.abs(a.d.expected!))
    .slice(0, 3)
    .map(({ d, issue }) => `${issue.name} ${signed(d.expected!, 0)} on its scale`);
  return moved.length === 0 ? '' : `Expected outcome moves: ${list(moved)}.`;
}

function overallSentences(
  architectures: readonly ArchitectureResult[],
  deltas: readonly ArchitectureDelta[],
  runs: number,
): string[] {
  const best = [...architectures].sort(
    (a, b) => b.negotiation.fullAgreement - a.negotiation.fullAgreement,
  )[0]!;
  const base = architectures[0]!;
  const out = [
    best === base
      ? `Most often fully settled: the baseline (${pct(best.negotiation.fullAgreement)} of runs).`
      : `Most often fully settled: ${best.name} (${pct(best.negotiation.fullAgreement)} of runs; baseline ${pct(base.negotiation.fullAgreement)}${withinNoise(base.negotiation.fullAgreement, best.negotiation.fullAgreement, runs) ? ', a difference within simulation noise' : ''}).`,
  ];
  const favourite = new Map<string, string[]>();
  for (const actor of base.negotiation.actors) {
    let bestArch = base;
    let bestGain = 0;
    deltas.forEach((d, k) => {
      const u = d.actors.find((a) => a.actor === actor.id);
      if (u && u.verdict === 'gains' && u.utility > bestGain) {
        bestGain = u.utility;
        bestArch = architectures[k + 1]!;
      }
    });
    favourite.set(bestArch.id, [...(favourite.get(bestArch.id) ?? []), actor.name]);
  }
  const lines = [...favourite.entries()].map(([id, actors]) => `${id} for ${list(actors)}`);
  out.push(`Largest settlement utility: ${lines.join('; ')}.`);
  const vetoed = architectures.filter((a) => a.negotiation.blocked > 0);
  out.push(
    vetoed.length === 0
      ? 'No vetoing outsider blocks an agreement under any architecture: every deal the tables reach leaves each veto holder at least as well off as no deal.'
      : `Implementation vetoes block agreements under ${list(vetoed.map((a) => `${a.id} (${pct(a.negotiation.blocked)} of runs)`))}.`,
  );
  return out;
}

/** Half-width of a 95% interval for the difference of two shares from `runs` runs each. */
const noise = (p0: number, p1: number, runs: number): number =>
  1.96 * Math.sqrt((p0 * (1 - p0) + p1 * (1 - p1)) / Math.max(1, runs));

const withinNoise = (p0: number, p1: number, runs: number): boolean =>
  p0 !== p1 && Math.abs(p1 - p0) <= noise(p0, p1, runs);

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
