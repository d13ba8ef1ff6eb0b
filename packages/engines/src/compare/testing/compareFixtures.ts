/**
 * Test support: a small hand-built scenario whose architectures change things in an obvious
 * direction. Alpha and Beta trade two issues (Alpha gives on `x`, Beta on `y`); Gamma wants `x`
 * high and `y` low and holds an implementation veto over `x`. Without a deal both issues stay at
 * 0, which Gamma likes on `y`: its reservation value is 0.6, and most Alpha–Beta trades leave it
 * worse off, so from outside the table it blocks them. Seated (`with_gamma`), it must consent
 * instead, so nothing is blocked and the deals lean its way. `split` negotiates the issues at two
 * tables in sequence; `linked` at the same two tables as one package.
 */
import { ScenarioSchema, validateScenario, type Scenario, type ScenarioInput } from '@parley/model';

export const COMPARE_FIXTURE: ScenarioInput = {
  parley: 1,
  id: 'three-party-trade',
  title: 'Three-party trade',
  asOf: '2020',
  actors: [
    { id: 'alpha', name: 'Alpha', capability: 50 },
    { id: 'beta', name: 'Beta', capability: 30 },
    { id: 'gamma', name: 'Gamma', capability: 20 },
  ],
  issues: [
    {
      id: 'x',
      name: 'Issue X',
      scale: { low: 'none', high: 'all' },
      statusQuo: 0,
      positions: {
        alpha: { position: 0, salience: 60 },
        beta: { position: 100, salience: 80 },
        gamma: { position: 100, salience: 60 },
      },
    },
    {
      id: 'y',
      name: 'Issue Y',
      scale: { low: 'none', high: 'all' },
      statusQuo: 0,
      positions: {
        alpha: { position: 100, salience: 80 },
        beta: { position: 0, salience: 40 },
        gamma: { position: 0, salience: 40 },
      },
    },
  ],
  options: [
    { id: 'alpha_gives', owner: 'alpha', label: 'Alpha gives' },
    { id: 'beta_gives', owner: 'beta', label: 'Beta gives' },
  ],
  preferences: {
    alpha: { statements: ['beta_gives', '!alpha_gives'] },
    beta: { statements: ['alpha_gives', '!beta_gives'] },
  },
  tracks: [{ id: 'talks', name: 'Talks', issues: ['x', 'y'], parties: ['alpha', 'beta'] }],
  vetoes: [{ id: 'council', name: 'Council veto', holders: ['gamma'], scope: { issues: ['x'] } }],
  architectures: [
    { id: 'bilateral', name: 'Bilateral', baseline: true },
    {
      id: 'with_gamma',
      name: 'Gamma seated',
      changes: { tracks: { modify: { talks: { addParties: ['gamma'] } } } },
    },
    {
      id: 'split',
      name: 'Two tables in sequence',
      changes: {
        tracks: {
          modify: { talks: { issues: ['x'] } },
          add: [{ id: 'y_talks', name: 'Y talks', issues: ['y'], parties: ['alpha', 'beta'] }],
        },
        sequencing: { kind: 'sequenced', order: ['talks', 'y_talks'] },
      },
    },
    {
      id: 'linked',
      name: 'Two tables, one package',
      changes: {
        tracks: {
          modify: { talks: { issues: ['x'] } },
          add: [{ id: 'y_talks', name: 'Y talks', issues: ['y'], parties: ['alpha', 'beta'] }],
        },
        sequencing: { kind: 'linked', packages: [['talks', 'y_talks']] },
        fixOptions: { alpha_gives: true },
      },
    },
  ],
};

/** The fixture parsed and validated (throws if it ever stops validating). */
export function compareFixture(changes: Partial<ScenarioInput> = {}): Scenario {
  const scenario = ScenarioSchema.parse({ ...COMPARE_FIXTURE, ...changes });
  const errors = validateScenario(scenario).filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((d) => `${d.path}: ${d.message}`).join('\n'));
  return scenario;
}
