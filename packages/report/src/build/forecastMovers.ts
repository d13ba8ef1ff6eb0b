/**
 * The actors who moved most in a BDM simulation, each with the reason its audit records give.
 * In the BDM model an actor moves only by accepting one offer per round (Scholz et al. 2011,
 * §6.2), so every step of its trajectory has a chosen dyad record naming who made the offer and
 * in which region of the expected-utility plane the pair fell: confrontation (it expects to lose
 * and takes the other's position), compromise (it moves part of the way) or compel (it gives in).
 */
import type { forecast } from '@parley/engines';
import type { ForecastMover } from '../forecastReport.ts';
import { formatNumber } from './provenance.ts';

/** Moves smaller than this share of the scale are not worth a sentence. */
const NOTICEABLE = 0.01;

interface Step {
  round: number;
  /** Signed change of position. */
  delta: number;
  size: number;
  record?: forecast.BdmDyadRecord;
}

/** `China's`, `United States'`. */
const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);

const points = (n: number) => `${formatNumber(Math.round(n * 10) / 10)} point${n === 1 ? '' : 's'}`;

/** "… toward China's position after China's offer in round 2 (region: compromise)". */
function stepReason(actor: string, step: Step): string {
  const r = step.record;
  const moved = `${actor} moved ${points(step.size)}`;
  if (!r) return `${moved} in round ${step.round}`;
  switch (r.region) {
    case 'compromise':
      return `${moved} toward ${possessive(r.other)} position after ${possessive(r.other)} offer in round ${step.round} (region: compromise)`;
    case 'confrontation':
      return `${moved} to ${possessive(r.other)} position in round ${step.round}, expecting to lose a confrontation with ${r.other} (region: confrontation)`;
    case 'compel':
      return `${moved} to ${possessive(r.other)} position in round ${step.round}, compelled by ${r.other} (region: compel)`;
    case 'none':
      return `${moved} in round ${step.round}`;
  }
}

function steps(result: forecast.ForecastResult, actor: string): Step[] {
  const out: Step[] = [];
  for (let t = 1; t < result.turns.length; t++) {
    const before = result.turns[t - 1]!.positions[actor]?.[0];
    const after = result.turns[t]!.positions[actor]?.[0];
    if (before == null || after == null || after === before) continue;
    const record = result.turns[t]!.audit?.find((r) => r.actor === actor && r.chosen);
    out.push({
      round: t,
      delta: after - before,
      size: Math.abs(after - before),
      ...(record ? { record } : {}),
    });
  }
  return out;
}

/**
 * Up to `limit` actors of a one-issue BDM result (see forecastIssueResult), largest net move
 * first, ignoring moves under 1% of `span` (the scale's length).
 */
export function forecastMovers(
  result: forecast.ForecastResult,
  span: number,
  limit = 3,
): ForecastMover[] {
  const first = result.turns[0]!;
  const last = result.turns[result.turns.length - 1]!;
  const candidates: (ForecastMover & { net: number; rounds: number })[] = [];
  for (const actor of result.actors) {
    const from = first.positions[actor]?.[0];
    const to = last.positions[actor]?.[0];
    const moves = steps(result, actor);
    if (from == null || to == null || !moves.some((m) => m.size >= NOTICEABLE * span)) continue;
    const net = Math.abs(to - from);
    const text = moverText(actor, from, to, net, moves);
    candidates.push({ actor, from, to, text, net, rounds: moves.length });
  }
  return candidates
    .sort((a, b) => b.net - a.net || b.rounds - a.rounds)
    .slice(0, limit)
    .map(({ actor, from, to, text }) => ({ actor, from, to, text }));
}

function moverText(actor: string, from: number, to: number, net: number, all: Step[]): string {
  const [largest] = [...all].sort((a, b) => b.size - a.size || a.round - b.round);
  const reason = stepReason(actor, largest!);
  if (all.length === 1) return `${reason}.`;
  const travelled = all.reduce((s, x) => s + x.size, 0);
  const route = `${formatNumber(round1(from))} → ${formatNumber(round1(to))}`;
  const summary =
    all.some((x) => x.delta > 0) && all.some((x) => x.delta < 0)
      ? `${actor} moved back and forth over ${all.length} rounds, ${points(travelled)} in all, ending ${points(net)} from its start (${route})`
      : `${actor} moved ${points(net)} over ${all.length} rounds (${route})`;
  return `${summary}. Largest step: ${reason.slice(actor.length + 1)}.`;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
