/**
 * A small hand-built report with one section of every kind, for renderer tests. The numbers are
 * invented; the GMCR parts follow a 2×2 Prisoner's Dilemma (states 1–4 = NN, YN, NY, YY).
 */
import type { Report, StateDescription } from '../report.ts';

const state = (id: number, yn: string, text: string, changes: string[]): StateDescription => ({
  id,
  decimal: id - 1,
  yn,
  taken: text === 'no option taken' ? [] : text.split('; '),
  text,
  changes,
});

const silent = state(1, 'NN', 'no option taken', []);
const bothConfess = state(4, 'YY', 'Row confesses; Column confesses', [
  '+ Row confesses',
  '+ Column confesses',
]);

export function sampleReport(): Report {
  return {
    title: 'Sample <Dilemma> & "Friends"',
    asOf: '2018-06-12',
    generator: 'parley test',
    sections: [
      {
        kind: 'overview',
        id: 'overview',
        title: 'Overview',
        scenarioId: 'sample',
        summary:
          'Two prisoners, one choice each. This summary is long enough to need wrapping '.repeat(3),
        tags: ['classic', 'test'],
        facts: ['2 actors', '1 issue', '2 options', '4 feasible states'],
      },
      {
        kind: 'actors',
        id: 'actors',
        title: 'Actors',
        actors: [
          {
            id: 'row',
            name: 'Row',
            capability: { value: 60, sources: ['cinc-2016'], judgement: false },
            derivation:
              'CINC share of the two, 2016, rounded to the nearest ten per cent of the total',
            indicators: [
              { name: 'milex', figure: { value: 12.5, sources: ['sipri'], judgement: false } },
            ],
            provenance: { sources: ['cinc-2016'], judgement: false },
          },
          {
            id: 'col',
            name: 'Column',
            capability: { value: 40, sources: [], judgement: true, range: [30, 50] },
            indicators: [],
            provenance: { sources: [], judgement: true },
          },
        ],
      },
      {
        kind: 'issues',
        id: 'issues',
        title: 'Issues',
        issues: [
          {
            id: 'sentence',
            name: 'Sentence | length',
            scale: { min: 0, max: 10, low: 'Free', high: 'Ten years', unit: 'years' },
            positions: [
              {
                actorId: 'row',
                actor: 'Row',
                position: { value: 1, sources: ['flood-1952'], judgement: false },
                salience: { value: 90, sources: [], judgement: true },
              },
              {
                actorId: 'col',
                actor: 'Column',
                position: { value: 2, sources: [], judgement: false },
                salience: { value: 80, sources: [], judgement: true },
              },
            ],
          },
        ],
      },
      {
        kind: 'gmcr-model',
        id: 'gmcr-model',
        title: 'Graph model',
        decisionMakers: [
          {
            id: 'row',
            name: 'Row',
            options: [
              {
                id: 'rc',
                label: 'Row confesses',
                reversibility: 'both',
                statusQuo: false,
                provenance: { sources: ['flood-1952'], judgement: false },
              },
            ],
          },
          {
            id: 'col',
            name: 'Column',
            options: [
              {
                id: 'cc',
                label: 'Column confesses',
                reversibility: 'forward-only',
                statusQuo: false,
                provenance: { sources: [], judgement: true },
              },
            ],
          },
        ],
        counts: {
          decisionMakers: 2,
          options: 2,
          states: 4,
          feasibleStates: 4,
          infeasibleConditions: 0,
        },
        infeasible: [],
        statusQuo: silent,
      },
      {
        kind: 'gmcr-table',
        id: 'gmcr-table',
        title: 'Option-form table',
        options: [
          { id: 'rc', label: 'Row confesses', owner: 'Row' },
          { id: 'cc', label: 'Column confesses', owner: 'Column' },
        ],
        columns: [
          {
            id: 1,
            decimal: 0,
            yn: 'NN',
            statusQuo: true,
            equilibria: ['gmr', 'smr', 'seq', 'sim'],
          },
          { id: 2, decimal: 1, yn: 'YN', statusQuo: false, equilibria: [] },
          { id: 3, decimal: 2, yn: 'NY', statusQuo: false, equilibria: [] },
          {
            id: 4,
            decimal: 3,
            yn: 'YY',
            statusQuo: false,
            equilibria: ['nash', 'gmr', 'smr', 'seq', 'sim'],
          },
        ],
        concepts: ['nash', 'gmr', 'smr', 'seq', 'sim'].map((c) => ({
          concept: c as 'nash',
          name: c.toUpperCase(),
        })),
        feasibleStates: 4,
        equilibriumStates: 2,
        selection: 'all',
        omitted: 0,
      },
      {
        kind: 'gmcr-equilibria',
        id: 'gmcr-equilibria',
        title: 'Equilibria',
        concepts: [
          { concept: 'nash', name: 'Nash', stateIds: [4] },
          { concept: 'seq', name: 'SEQ', stateIds: [1, 4] },
        ],
        states: [
          { ...bothConfess, concepts: ['Nash', 'SEQ'] },
          { ...silent, concepts: ['SEQ'] },
        ],
        omittedStates: 0,
        statusQuoId: 1,
      },
      {
        kind: 'gmcr-status-quo',
        id: 'gmcr-status-quo',
        title: 'From the status quo',
        from: silent,
        omittedTargets: 0,
        targets: [
          {
            state: { id: 4, decimal: 3, yn: 'YY' },
            concepts: ['Nash', 'SEQ'],
            reachable: true,
            reachableByImprovements: true,
            path: [
              { from: 1, to: 2, mover: 'Row', improvement: true, text: 'Row confesses' },
              { from: 2, to: 4, mover: 'Column', improvement: true, text: 'Column confesses' },
            ],
          },
        ],
      },
      {
        kind: 'gmcr-explanations',
        id: 'gmcr-explanations',
        title: 'Why the equilibria are stable',
        omittedStates: 0,
        items: [
          {
            state: { id: 1, decimal: 0, yn: 'NN' },
            concept: 'seq',
            conceptName: 'SEQ',
            mover: 'Row',
            stable: true,
            improvements: 1,
            summary: 'State 1 is SEQ-stable for Row: its unilateral improvement is sanctioned.',
            lines: ['Row could move to state 2, but then Column confesses (state 4).'],
          },
        ],
      },
      {
        kind: 'sources',
        id: 'sources',
        title: 'Sources',
        sources: [
          {
            id: 'flood-1952',
            citation: 'Merrill M. Flood. Some Experimental Games. RAND, 1952.',
            url: 'https://www.rand.org/pubs/research_memoranda/RM789-1.html',
            citedBy: ['Row position', 'Option “Row confesses”'],
          },
          { id: 'sipri', citation: 'SIPRI Military Expenditure Database.', citedBy: [] },
        ],
        tally: { sourced: 3, judgement: 3, unmarked: 1 },
        judgements: ['Column capability', 'Sentence: Row salience', 'Sentence: Column salience'],
        missing: ['cinc-2016'],
      },
    ],
  };
}
