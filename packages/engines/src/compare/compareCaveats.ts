/**
 * The caveats printed with every comparison: the modelling choices behind the numbers, and the
 * data gaps this scenario has (actors without a BATNA, issues without a status quo, tables not
 * simulated), so a reader knows what the comparison does not show.
 */
import type { Scenario } from '@parley/model';
import type { ArchitectureResult, CompareSettings } from './compareTypes.ts';

const MECHANISM_TEXT: Record<CompareSettings['mechanism'], string> = {
  sao: 'alternating offers at every table (a mediator changes nothing in the simulation; mechanism “auto” gives mediated tables a single negotiating text)',
  auto: 'a single negotiating text at mediated tables and alternating offers elsewhere',
  snt: 'a single negotiating text at every table',
  mcp: 'the monotonic concession protocol at every table',
};

export function compareCaveats(
  scenario: Scenario,
  architectures: readonly ArchitectureResult[],
  settings: CompareSettings,
): string[] {
  const out = [
    'Utilities are linear in the distance to each actor’s stated position, weighted by its salience; every judgement in the positions and saliences carries into the results.',
    `The simulated negotiators follow simple automated strategies (${settings.strategies.join(', ')}, drawn at random per actor and run) under ${MECHANISM_TEXT[settings.mechanism]}. They explore which agreements a structure makes reachable; they do not model how these governments negotiate.`,
    `Rates come from ${settings.runs} runs: a share p is uncertain by about ±${Math.round(98 / Math.sqrt(Math.max(1, settings.runs)))} percentage points at worst (95%, at p = ½).`,
    'An implementation veto is assumed to block exactly when a deal leaves its holder worse off than no deal on that table’s issues; holders may block for reasons that are not on the issue scales (status, linkage to other disputes).',
    `The forecast gives actors not seated at an issue’s table ${settings.outsiderSalience} of their salience on it (a modelling choice, not an estimate); veto holders and mediators keep full weight.`,
  ];
  const noSq = scenario.issues.filter((i) => i.statusQuo === undefined).map((i) => i.id);
  if (noSq.length > 0)
    out.push(
      `No status quo is given for ${noSq.join(', ')}: without an outside option there, no agreement counts as worth 0, which makes any agreement look acceptable.`,
    );
  const noBatna = scenario.actors.filter(
    (a) => a.outsideOption === undefined && a.reservation === undefined,
  );
  if (noBatna.length > 0 && noSq.length < scenario.issues.length)
    out.push(
      `${noBatna.map((a) => a.id).join(', ')} ${noBatna.length === 1 ? 'has' : 'have'} no outside option of their own: their reservation value is the status quo’s worth on the issue scales, which leaves out anything off the scales they keep without a deal.`,
    );
  const gmcrSame = architectures.filter(
    (a) => a.gmcr && a.gmcr.changes.length === 0 && !a.baseline,
  );
  if (gmcrSame.length > 0)
    out.push(
      `${gmcrSame.map((a) => a.id).join(', ')} fix${gmcrSame.length === 1 ? 'es' : ''} no option: ${gmcrSame.length === 1 ? 'its' : 'their'} graph model is the baseline's.`,
    );
  const skipped = [
    ...new Set(architectures.flatMap((a) => a.negotiation.skipped.map((s) => s.track))),
  ];
  if (skipped.length > 0)
    out.push(
      `Not simulated (no issue to negotiate, or fewer than two parties with positions): ${skipped.join(', ')}.`,
    );
  return out;
}
