/** The negotiation view as a report section (see extraSection.ts). */
import { extraSection, fixed, type ExtraSection } from './extraSection.ts';
import type { NegotiateViewData } from './viewTypes.ts';

export function negotiationSection(data: NegotiateViewData): ExtraSection {
  const { analysis, sessions } = data;
  const parties = analysis.parties.map((p) => p.name);
  const point = (
    label: string,
    p: { outcome: (string | number)[]; utilities: number[] } | null,
  ) => [
    label,
    p ? p.outcome.map(String).join(', ') : '—',
    ...parties.map((_, i) => fixed(p?.utilities[i])),
  ];
  const numeric = parties.map((_, i) => i + 2);
  return extraSection('Negotiation', 'negotiation', [
    {
      paragraphs: [
        `${analysis.outcomes.toLocaleString('en-US')} outcomes over ${analysis.issues.length} issues (${analysis.issues.map((i) => i.name).join('; ')}); ${analysis.pareto.length} Pareto-optimal utility vectors. Utilities are salience-weighted closeness to each party's position, on 0–1.`,
        analysis.withReservation.zopa.empty
          ? `No outcome gives every party at least its reservation value. ${analysis.withReservation.zopa.note ?? ''}`
          : `${analysis.withReservation.zopa.outcomes.toLocaleString('en-US')} outcomes give every party at least its reservation value (the zone of possible agreement).`,
      ],
      table: {
        caption: 'Bargaining solutions (issue values in issue order; utility per party)',
        head: ['Solution', 'Outcome', ...parties],
        rows: [
          point('Nash', analysis.nash),
          point('Kalai–Smorodinsky', analysis.kalaiSmorodinsky),
          point('Egalitarian', analysis.egalitarian),
          point('Max welfare', analysis.maxWelfare),
          point('Nash (over reservation values)', analysis.withReservation.nash),
        ],
        numeric,
      },
    },
    {
      table: {
        caption: 'Simulated sessions (stacked alternating offers, every party plays the strategy)',
        head: ['Strategy', 'Ended by', 'Rounds', 'Agreement', ...parties],
        rows: sessions.map((s) => [
          s.strategy,
          s.endedBy,
          String(s.rounds),
          s.agreement ? s.agreement.values.map(String).join(', ') : '—',
          ...parties.map((_, i) => fixed(s.agreement?.utilities[i])),
        ]),
        numeric: [2, ...parties.map((_, i) => i + 4)],
      },
    },
  ]);
}
