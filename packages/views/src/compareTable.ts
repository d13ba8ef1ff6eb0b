/**
 * The architecture comparison as one side-by-side table — a column per architecture (baseline
 * first), a row per measure, grouped: the settlement, what each actor gets (and whether it
 * gains or loses against the baseline, by compareArchitectures' tolerance), where each issue is
 * expected to end up, and the graph model. Shared by the comparison view and its report.
 */
import type { CompareViewData } from './compareTypes.ts';

export type Tone = 'good' | 'bad' | 'plain';

export interface CompareRow {
  label: string;
  cells: string[];
  tones?: Tone[];
}

export interface CompareGroup {
  title: string;
  rows: CompareRow[];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number | null | undefined, digits = 1) =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);
const signed = (x: number, digits = 2) =>
  Math.abs(x) < 0.5 * 10 ** -digits
    ? `±${(0).toFixed(digits)}`
    : `${x > 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

export function compareGroups(result: CompareViewData): CompareGroup[] {
  const archs = result.architectures;
  const deltaOf = (id: string) => result.deltas.find((d) => d.architecture === id);
  const groups: CompareGroup[] = [];

  groups.push({
    title: 'Settlement (negotiation simulated over the strategy mix)',
    rows: [
      { label: 'Sequencing', cells: archs.map((a) => a.sequencing) },
      {
        label: 'Tables',
        cells: archs.map((a) => a.negotiation.units.map((u) => u.name).join('; ') || '—'),
      },
      {
        label: 'Every table agrees and is carried out',
        cells: archs.map((a) => pct(a.negotiation.fullAgreement)),
      },
      { label: 'Some table agrees', cells: archs.map((a) => pct(a.negotiation.anyAgreement)) },
      {
        label: 'An agreement blocked by a veto',
        cells: archs.map((a) => pct(a.negotiation.blocked)),
      },
      { label: 'Mean rounds to agree', cells: archs.map((a) => num(a.negotiation.meanRounds, 0)) },
      {
        label: 'Distance to the Nash solution',
        cells: archs.map((a) => num(a.negotiation.meanNashDistance, 2)),
      },
    ],
  });

  const actors = archs[0]?.negotiation.actors ?? [];
  groups.push({
    title: 'Who gains and who loses (settlement utility, 0–1; change against the baseline)',
    rows: actors.map((actor) => {
      const cells: string[] = [];
      const tones: Tone[] = [];
      for (const a of archs) {
        const own = a.negotiation.actors.find((x) => x.id === actor.id);
        const delta = deltaOf(a.id)?.actors.find((x) => x.actor === actor.id);
        const seat = own && !own.seated ? ' (not seated)' : '';
        cells.push(
          own === undefined
            ? '—'
            : `${own.utility.toFixed(2)}${delta ? ` (${signed(delta.utility)})` : ''}${seat}`,
        );
        tones.push(
          delta?.verdict === 'gains' ? 'good' : delta?.verdict === 'loses' ? 'bad' : 'plain',
        );
      }
      return { label: actor.name, cells, tones };
    }),
  });

  const issues = archs[0]?.negotiation.issues ?? [];
  groups.push({
    title: 'Expected outcome per issue (status quo where no agreement settles it)',
    rows: issues.map((issue) => ({
      label: issue.name,
      cells: archs.map((a) => {
        const own = a.negotiation.issues.find((x) => x.id === issue.id);
        const delta = deltaOf(a.id)?.issues.find((x) => x.id === issue.id)?.expected;
        return `${num(own?.expected)}${delta !== null && delta !== undefined && Math.abs(delta) >= 0.05 ? ` (${signed(delta, 1)})` : ''}`;
      }),
    })),
  });

  const models = archs[0]?.forecast.models ?? [];
  groups.push({
    title: `Forecast per issue (${models.join(', ')})`,
    rows: (archs[0]?.forecast.issues ?? []).map((issue) => ({
      label: issue.name,
      cells: archs.map((a) => {
        const own = a.forecast.issues.find((x) => x.id === issue.id);
        return own ? own.values.map((v) => num(v)).join(' / ') : '—';
      }),
    })),
  });

  if (archs.some((a) => a.gmcr)) {
    const concepts = Object.keys(archs.find((a) => a.gmcr)?.gmcr?.equilibria ?? {});
    groups.push({
      title: 'Graph model',
      rows: [
        {
          label: 'Changes to the options',
          cells: archs.map((a) => a.gmcr?.changes.join('; ') || '—'),
        },
        {
          label: 'Feasible states',
          cells: archs.map((a) => (a.gmcr ? String(a.gmcr.feasibleStates) : '—')),
        },
        {
          label: 'Status quo stable under',
          cells: archs.map((a) =>
            a.gmcr?.statusQuo ? a.gmcr.statusQuo.stableUnder.join(' ') || 'none' : '—',
          ),
        },
        ...concepts.map((c) => ({
          label: `${c.toUpperCase()} equilibria`,
          cells: archs.map((a) => (a.gmcr ? String(a.gmcr.equilibria[c] ?? '—') : '—')),
        })),
        {
          label: 'Equilibria reachable from the status quo',
          cells: archs.map((a) => (a.gmcr ? String(a.gmcr.reachable.length) : '—')),
        },
      ],
    });
  }
  return groups;
}

/** Per actor, the utility change against the baseline under each other architecture. */
export function gainSeries(result: CompareViewData): {
  actors: string[];
  series: { name: string; values: number[] }[];
} {
  const actors = result.architectures[0]?.negotiation.actors ?? [];
  return {
    actors: actors.map((a) => a.name),
    series: result.deltas.map((d) => ({
      name: result.architectures.find((a) => a.id === d.architecture)?.name ?? d.architecture,
      values: actors.map((a) => d.actors.find((x) => x.actor === a.id)?.utility ?? 0),
    })),
  };
}
