/**
 * Each architecture against the baseline: the change in every actor's settlement utility (who
 * gains, who loses), in the agreement and blocking rates, in each issue's expected outcome and
 * forecast, and in the GMCR equilibria reachable from the status quo.
 */
import type { ArchitectureDelta, ArchitectureResult } from './compareTypes.ts';

export function architectureDelta(
  base: ArchitectureResult,
  other: ArchitectureResult,
  tolerance: number,
): ArchitectureDelta {
  const n0 = base.negotiation;
  const n1 = other.negotiation;
  const actors = n1.actors.map((a) => {
    const before = n0.actors.find((b) => b.id === a.id);
    const utility = before ? a.utility - before.utility : 0;
    const verdict: 'gains' | 'loses' | 'same' =
      utility > tolerance ? 'gains' : utility < -tolerance ? 'loses' : 'same';
    return { actor: a.id, name: a.name, utility, verdict };
  });
  const minus = (a: number | null | undefined, b: number | null | undefined): number | null =>
    a === null || a === undefined || b === null || b === undefined ? null : a - b;
  const issues = n1.issues.map((issue, k) => ({
    id: issue.id,
    expected: minus(issue.expected, n0.issues[k]?.expected),
    forecast: other.forecast.issues[k]!.values.map((v, m) =>
      minus(v, base.forecast.issues[k]?.values[m]),
    ),
  }));
  return {
    architecture: other.id,
    fullAgreement: n1.fullAgreement - n0.fullAgreement,
    blocked: n1.blocked - n0.blocked,
    actors,
    issues,
    gmcr: gmcrDelta(base, other),
  };
}

function gmcrDelta(base: ArchitectureResult, other: ArchitectureResult): ArchitectureDelta['gmcr'] {
  if (!base.gmcr || !other.gmcr) return null;
  const before = new Set(base.gmcr.reachable.map((s) => s.state));
  const after = new Set(other.gmcr.reachable.map((s) => s.state));
  return {
    gained: other.gmcr.reachable.filter((s) => !before.has(s.state)).map((s) => s.change),
    lost: base.gmcr.reachable.filter((s) => !after.has(s.state)).map((s) => s.change),
  };
}
