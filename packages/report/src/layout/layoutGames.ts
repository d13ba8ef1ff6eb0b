/** Blocks of the game-view section: the game, its equilibria beside GMCR's, mixed and QRE. */
import type { GameMixedEquilibrium, GamesSection } from '../gamesReport.ts';
import { CONCEPT_NAMES } from '../report.ts';
import type { Block, CellInput, ChartBlock } from './blocks.ts';

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

function intro(s: GamesSection): Block[] {
  const payoff =
    s.payoff === 'rank'
      ? `Payoffs are each actor's preference rank of the outcome among the game's feasible outcomes (1 = least preferred).`
      : `Payoffs are each actor's option-prioritization score (statement k of n weighs 2^(n−1−k)).`;
  const fixed =
    s.fixed === 0
      ? ''
      : s.fixed === 1
        ? '; the other option stays at its status quo'
        : `; the other ${s.fixed} stay at their status quo`;
  const infeasible =
    s.infeasibleProfiles > 0
      ? ` ${s.infeasibleProfiles} of the ${s.profileCount} combinations are infeasible as a whole; they pay ${list(s.infeasiblePayoffs)}, below every feasible outcome, so no player picks one when it can avoid it.`
      : '';
  return [
    {
      type: 'paragraph',
      text:
        `The graph model read as a one-shot game: each actor chooses, at once and without seeing the others' choices, which of its options to take. ` +
        `The game covers ${s.selection}${fixed}. A strategy is the set of options an actor takes (— = none). ${payoff}${infeasible}`,
    },
    {
      type: 'definitions',
      items: s.options.map((o) => ({
        term: o.short,
        detail: `${o.label} (${o.owner}; option ${o.id})`,
      })),
    },
  ];
}

function strategicForm(s: GamesSection): Block[] {
  if (!s.matrix) {
    return [
      {
        type: 'definitions',
        items: s.players.map((p) => ({ term: p.name, detail: p.strategies.join(' · ') })),
      },
    ];
  }
  const [rowPlayer, colPlayer] = s.players as [
    GamesSection['players'][0],
    GamesSection['players'][0],
  ];
  const m = s.matrix;
  const isAt = (pairs: [number, number][], r: number, c: number) =>
    pairs.some(([a, b]) => a === r && b === c);
  const rows = rowPlayer.strategies.map((label, r): CellInput[] => [
    label,
    ...colPlayer.strategies.map((_, c): CellInput => {
      const nash = isAt(m.nash, r, c);
      const sq = m.statusQuo !== undefined && isAt([m.statusQuo], r, c);
      const text = `${m.cells[r]![c]!.join(', ')}${nash ? ' ●' : ''}${sq ? ' *' : ''}`;
      return nash ? { text, tone: 'good' } : text;
    }),
  ]);
  return [
    {
      type: 'table',
      caption: `Strategic form: ${rowPlayer.name} chooses a row, ${colPlayer.name} a column; each cell gives their payoffs in that order. ● pure Nash equilibrium, * status quo.`,
      head: [`${rowPlayer.name} \\ ${colPlayer.name}`, ...colPlayer.strategies],
      rows,
      align: ['left', ...colPlayer.strategies.map(() => 'center' as const)],
    },
  ];
}

/** Concept names; `all five` when a state is an equilibrium under every concept. */
const names = (concepts: GamesSection['outcomes'][0]['subModel']) =>
  concepts.length === 5 ? 'all five' : concepts.map((c) => CONCEPT_NAMES[c]).join(' ');

function comparison(s: GamesSection): Block[] {
  if (s.outcomes.length === 0) return [];
  const rows = s.outcomes.map((o): CellInput[] => [
    ...o.strategies,
    o.stateId === null ? 'infeasible' : `${o.stateId}${o.statusQuo ? '*' : ''}`,
    o.payoffs.join(', '),
    o.gameNash ? { text: '● Nash', tone: 'good' } : '',
    names(o.subModel),
    names(o.fullModel),
  ]);
  const differ = s.outcomes.some((o) => o.gameNash !== o.subModel.includes('nash'));
  const noPure = s.outcomes.every((o) => !o.gameNash)
    ? 'The game has no pure Nash equilibrium. '
    : '';
  const fullDiffers = s.outcomes.some((o) => names(o.subModel) !== names(o.fullModel));
  const blocks: Block[] = [
    { type: 'heading', text: 'Equilibria: the game beside the graph model' },
    {
      type: 'table',
      caption:
        'The status quo (*) and every outcome that is an equilibrium somewhere. Game: pure Nash equilibrium of the game. GMCR, same options: the graph model of these options with the others fixed at the status quo. GMCR, full: the analysis above (all options), at the same state. “all five”: Nash, GMR, SMR, SEQ and SIM.',
      head: [
        ...s.players.map((p) => p.name),
        'State',
        'Payoffs',
        'Game',
        'GMCR, same options',
        'GMCR, full',
      ],
      rows,
      align: [...s.players.map(() => 'left' as const), 'right', 'center', 'left', 'left', 'left'],
      stickyColumns: s.players.length,
    },
    {
      type: 'paragraph',
      text:
        `${noPure}Why they differ. A pure Nash equilibrium of the game and a Nash-stable state of the graph model ask the same question — can an actor gain by changing its own choices while the others keep theirs? — so they coincide when every change is a legal move. ` +
        `GMCR forbids some changes (an irreversible option cannot be withdrawn, a misperceived state cannot be reached), which can only add Nash-stable states. ` +
        `GMR, SMR and SEQ go further: a state is stable when every improvement can be answered by the others' moves, leaving the improver no better off (SEQ asks that each answer pays off for whoever makes it: a credible sanction). ` +
        `That is foresight, which a simultaneous one-shot game cannot express.${differ ? '' : ' On Nash, the game and the graph model agree here.'}`,
    },
  ];
  if (s.differences.length > 0) {
    const more = s.omittedDifferences > 0 ? [`… and ${s.omittedDifferences} more.`] : [];
    blocks.push({ type: 'list', ordered: false, items: [...s.differences, ...more] });
  }
  if (fullDiffers) blocks.push(fullModelNote(s));
  return blocks;
}

/** Which states the full model judges differently, and why it can. */
function fullModelNote(s: GamesSection): Block {
  const differ = s.outcomes.filter(
    (o) => o.stateId !== null && names(o.subModel) !== names(o.fullModel),
  );
  const shown = differ
    .slice(0, 4)
    .map((o) => `${o.stateId} (${names(o.subModel) || 'none'} → ${names(o.fullModel) || 'none'})`);
  const more = differ.length > 4 ? ` and ${differ.length - 4} more` : '';
  return {
    type: 'note',
    text:
      `The full model judges ${differ.length === 1 ? 'state' : 'states'} ${list(shown)}${more} differently: ` +
      (s.fixed === 0
        ? 'there actors may move in coalitions (see the graph model above).'
        : `there the other ${s.fixed === 1 ? 'option moves' : `${s.fixed} options move`} too, so actors and options outside the game can offer an improvement or sanction one (see “Why the equilibria are stable”).`),
  };
}

const mixText = (eq: GameMixedEquilibrium): string =>
  `${eq.mixes
    .map(
      (m) =>
        `${m.player}: ${m.support.map((x) => (m.support.length === 1 ? x.strategy : `${x.strategy} ${x.probability}`)).join(', ')}`,
    )
    .join(
      '; ',
    )} — payoffs ${eq.payoffs.join(', ')}${eq.regret === '0' ? '' : ` (regret ${eq.regret})`}`;

const ORDINAL_NOTE =
  'Payoffs are ordinal preference ranks: mixed equilibria and the QRE treat them as utilities to be averaged, which is a modelling assumption, not a finding of the scenario.';

function mixed(s: GamesSection): Block[] {
  if (!s.mixed) return [];
  const eqs = s.mixed.equilibria;
  const proper = eqs.filter((e) => !e.pure);
  const pure = eqs.length - proper.length;
  const lead =
    s.mixed.method === 'simpdiv'
      ? 'One equilibrium found by simplicial subdivision (simpdiv); there may be others.'
      : proper.length === 0
        ? `There is no mixed equilibrium: ${pure === 1 ? "the pure equilibrium above is the game's only equilibrium" : `every equilibrium of the game is one of the ${pure} pure ones above`} (all extreme equilibria enumerated exactly, enummixed).`
        : eqs.length === 1
          ? `The game's only equilibrium is mixed (every extreme equilibrium enumerated exactly, enummixed):`
          : `The game has ${eqs.length} extreme equilibria (enumerated exactly, enummixed): ${pure} pure and ${proper.length} mixed:`;
  const items = (s.mixed.method === 'enummixed' ? proper : eqs).map(mixText);
  return [
    { type: 'heading', text: 'Mixed equilibria' },
    { type: 'paragraph', text: lead },
    ...(items.length > 0 ? [{ type: 'list' as const, ordered: false, items }] : []),
  ];
}

/** λ for a reader: two decimals, or two significant digits times a power of ten when large. */
function lambdaText(l: number): string {
  if (l < 1000) return String(Math.round(l * 100) / 100);
  const exp = Math.floor(Math.log10(l));
  return `${Math.round((l / 10 ** exp) * 10) / 10} × 10^${exp}`;
}

function stepLabel(step: number): string {
  if (step === 1) return 'λ';
  return step < 1 ? `λ × ${Math.round(1 / step)}` : `λ ÷ ${step}`;
}

function qre(s: GamesSection): Block[] {
  if (!s.qre) return [];
  const q = s.qre;
  const charts = q.path.players.map((p): ChartBlock => ({
    type: 'chart',
    caption: `${p.player}: probability of each strategy (%) along the logit QRE branch`,
    xLabel: stepLabel(q.path.step),
    y: { min: 0, max: 100, lowLabel: '0%', highLabel: '100%' },
    series: p.series.map((x) => ({ name: x.strategy, values: x.values })),
  }));
  const limitOf = (player: string, strategy: string) =>
    q.limit.mixes.find((m) => m.player === player)?.support.find((x) => x.strategy === strategy)
      ?.probability ?? '0';
  return [
    { type: 'heading', text: 'Logit quantal response equilibrium' },
    {
      type: 'paragraph',
      text:
        `Actors who err — the more often, the less an error costs — play a logit quantal response equilibrium: each strategy is chosen with probability proportional to exp(λ × its expected payoff) (McKelvey & Palfrey 1995). ` +
        `At λ = 0 every strategy is equally likely; as λ grows the choices sharpen, and the principal branch leads to ${mixText(q.limit)} (traced to λ ≈ ${lambdaText(q.finalLambda)}).`,
    },
    ...charts,
    {
      type: 'table',
      caption: 'Probabilities along the branch; the limit is exact.',
      head: ['Player', 'Strategy', ...q.lambdas.map((l) => `λ=${lambdaText(l)}`), 'limit'],
      rows: q.rows.map((r) => [
        r.player,
        r.strategy,
        ...r.probabilities.map((p) => p.toFixed(2)),
        limitOf(r.player, r.strategy),
      ]),
      align: ['left', 'left', ...q.lambdas.map(() => 'right' as const), 'right'],
      stickyColumns: 2,
    },
  ];
}

export function layoutGames(s: GamesSection): Block[] {
  const blocks = [...intro(s), ...strategicForm(s), ...comparison(s), ...mixed(s), ...qre(s)];
  if ((s.mixed || s.qre) && s.payoff === 'rank') blocks.push({ type: 'note', text: ORDINAL_NOTE });
  for (const note of s.notes) blocks.push({ type: 'note', text: note });
  return blocks;
}
