import { describe, expect, it } from 'vitest';
import { HARBOUR_YAML, PD_YAML } from '../testing/fixtures.ts';
import { ScenarioService } from './scenarioService.ts';

// parseRunText reads neither the database nor the catalog.
const service = () => new ScenarioService({} as never, {} as never);

describe('scenario texts sent with runs', () => {
  it('are parsed once: the same text again reuses the parsed scenario', () => {
    const scenarios = service();
    const first = scenarios.parseRunText(HARBOUR_YAML);
    const again = scenarios.parseRunText(HARBOUR_YAML);
    expect(first.ok && again.ok).toBe(true);
    if (first.ok && again.ok) expect(again.scenario).toBe(first.scenario);
    const other = scenarios.parseRunText(PD_YAML);
    expect(other.ok && other.scenario.id).toBe('pd');
  });

  it('tell texts apart by content, even when they differ by one character', () => {
    const scenarios = service();
    const a = scenarios.parseRunText(PD_YAML);
    const b = scenarios.parseRunText(PD_YAML.replace("title: Prisoner's Dilemma", 'title: PD'));
    expect(a.ok && b.ok && [a.scenario.title, b.scenario.title]).toEqual([
      "Prisoner's Dilemma",
      'PD',
    ]);
  });

  it('report the diagnostics of a text with errors every time', () => {
    const scenarios = service();
    for (let i = 0; i < 2; i++) {
      const parsed = scenarios.parseRunText('parley: 1\nid: x\n');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.diagnostics.length).toBeGreaterThan(0);
    }
  });
});
