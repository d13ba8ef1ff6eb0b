import { describe, expect, it } from 'vitest';
import { dilemma, DILEMMA_YAML } from './testing/fixtures.ts';
import type { CompareViewData } from './compareTypes.ts';
import { EngineHost } from './engineHost.ts';
import type {
  ForecastViewData,
  GamesViewData,
  GmcrViewData,
  NegotiateViewData,
  RenderedReport,
  StateExplanation,
  ValidateResult,
} from './viewTypes.ts';

const quiet = () => {};

describe('the engine host', () => {
  it('validates text and returns the scenario when it has no errors', () => {
    const out = new EngineHost().handle({ kind: 'validate', text: DILEMMA_YAML }, quiet)
      .result as ValidateResult;
    expect(out.scenario?.id).toBe('dilemma');
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports a misspelt key at its line and column', () => {
    const text = DILEMMA_YAML.replace('    capability: 40', '    capabilty: 40');
    const out = new EngineHost().handle({ kind: 'validate', text }, quiet).result as ValidateResult;
    expect(out.scenario).toBeNull();
    const problem = out.diagnostics.find((d) => d.code === 'unknown-key');
    expect(problem).toMatchObject({ line: 11, col: 5 });
  });

  it('analyses the dilemma: mutual confession is the only Nash equilibrium (Fang et al. 1993)', () => {
    const host = new EngineHost();
    const { result, transfer } = host.handle({ kind: 'gmcr', scenario: dilemma() }, quiet);
    const data = result as GmcrViewData;
    expect(data.stateCount).toBe(4);
    expect(data.equilibria.nash).toEqual([3]);
    expect(data.equilibria.gmr).toEqual([0, 3]);
    expect(data.statusQuo).toBe(0);
    // Each prisoner can flip its own option from every state: 2 movers × 4 states.
    expect(data.edges?.from.length).toBe(8);
    expect(transfer).toHaveLength(4);
    const sqToNash = data.targets.find((t) => t.state === 3);
    expect(sqToNash?.path?.map((m) => m.to)).toHaveLength(2);
  });

  it('answers a second request for the same analysis with fresh move arrays', () => {
    const host = new EngineHost();
    host.handle({ kind: 'gmcr', scenario: dilemma() }, quiet);
    const again = host.handle({ kind: 'gmcr', scenario: dilemma() }, quiet).result as GmcrViewData;
    expect(again.edges?.improvement.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('explains a state for every mover under every concept', () => {
    const out = new EngineHost().handle({ kind: 'explain', scenario: dilemma(), state: 0 }, quiet)
      .result as StateExplanation;
    expect(out.cells).toHaveLength(5 * 2);
    const nash = out.cells.find((c) => c.concept === 'nash' && c.mover === 0);
    expect(nash?.stable).toBe(false);
    const seq = out.cells.find((c) => c.concept === 'seq' && c.mover === 0);
    expect(seq?.stable).toBe(true);
    expect(seq?.summary).toMatch(/SEQ-stable/);
  });

  it('forecasts both issues with the baselines and the two simulations', () => {
    const out = new EngineHost().handle({ kind: 'forecast', scenario: dilemma(), runs: 20 }, quiet)
      .result as ForecastViewData;
    expect(out.section.issues.map((i) => i.id)).toEqual(['sentence', 'terms']);
    expect(out.section.models.map((m) => m.model)).toEqual([
      'mean',
      'capability-mean',
      'median',
      'bdm',
      'smp',
    ]);
    expect(out.section.monteCarlo).toEqual({ runs: 20, seed: 1 });
    expect(out.uncertainInputs).toBe(1);
  });

  it('builds the game view of the dilemma as a 2×2 strategic form', () => {
    const out = new EngineHost().handle({ kind: 'games', scenario: dilemma() }, quiet)
      .result as GamesViewData;
    expect(out.section?.players.map((p) => p.strategies.length)).toEqual([2, 2]);
    expect(out.section?.matrix?.nash).toEqual([[1, 1]]);
    expect(out.profiles).toHaveLength(4);
  });

  it('negotiates the two issues and simulates one session per strategy', () => {
    const out = new EngineHost().handle(
      { kind: 'negotiate', scenario: dilemma(), strategies: ['boulware', 'conceder'] },
      quiet,
    ).result as NegotiateViewData;
    expect(out.analysis.parties).toHaveLength(3);
    expect(out.analysis.outcomes).toBe(25);
    expect(out.sessions.map((s) => s.strategy)).toEqual(['boulware', 'conceder']);
    expect(out.sessions[0]!.offers[0]!.utilities).toHaveLength(3);
  });

  it('reports the GMCR view with the selected state explained before the sources', () => {
    const out = new EngineHost().handle(
      { kind: 'report', view: 'gmcr', format: 'md', scenario: dilemma(), selectedState: 0 },
      quiet,
    ).result as RenderedReport;
    const selected = out.text.indexOf('## Selected state 1');
    expect(selected).toBeGreaterThan(out.text.indexOf('## Why the equilibria are stable'));
    expect(selected).toBeLessThan(out.text.indexOf('## Sources'));
  });

  it('reports the negotiation view as HTML with its extra section inside main', () => {
    const out = new EngineHost().handle(
      {
        kind: 'report',
        view: 'negotiate',
        format: 'html',
        scenario: dilemma(),
        negotiate: { strategies: ['conceder'] },
      },
      quiet,
    ).result as RenderedReport;
    expect(out.text.indexOf('<h2 id="negotiation-h">Negotiation</h2>')).toBeLessThan(
      out.text.indexOf('</main>'),
    );
    expect(out.text).toContain('<caption>Simulated sessions');
  });

  it('compares the architectures (here only the scenario as written) and reports the comparison', () => {
    const host = new EngineHost();
    const result = host.handle({ kind: 'compare', scenario: dilemma(), runs: 5 }, quiet)
      .result as CompareViewData;
    expect(result.architectures.map((a) => a.id)).toEqual(['baseline']);
    const report = host.handle(
      { kind: 'report', view: 'compare', format: 'md', scenario: dilemma(), compare: { runs: 5 } },
      quiet,
    ).result as RenderedReport;
    expect(report.text).toContain('## Architecture comparison');
    expect(report.text).toContain('*Who gains and who loses');
  });
});
