/**
 * Small scenarios for the web package's tests: the Prisoner's Dilemma as a graph model
 * (textbook results: Nash equilibrium = both confess; GMR/SMR/SEQ/SIM also mutual silence —
 * Fang, Hipel & Kilgour 1993, §3.3) with two issues and three actors, so every engine applies.
 */
import { parseScenario, type Scenario } from '@parley/model';

export const DILEMMA_YAML = `parley: 1
id: dilemma
title: Dilemma with issues
asOf: '2020-01'
actors:
  - id: p1
    name: Prisoner 1
    capability: { value: 60, range: [50, 70], judgement: true }
  - id: p2
    name: Prisoner 2
    capability: 40
  - id: judge
    name: Judge
    capability: 20
issues:
  - id: sentence
    name: Sentence length
    scale: { min: 0, max: 100, low: No sentence, high: Maximum sentence }
    positions:
      p1: { position: 10, salience: 90 }
      p2: { position: 20, salience: 80 }
      judge: { position: 80, salience: 60 }
  - id: terms
    name: Parole terms
    scale: { low: Strict, high: Lenient }
    positions:
      p1: { position: 90, salience: 40 }
      p2: { position: 70, salience: 50 }
      judge: { position: 30, salience: 70 }
options:
  - id: p1_confess
    owner: p1
    label: Prisoner 1 confesses
  - id: p2_confess
    owner: p2
    label: Prisoner 2 confesses
preferences:
  p1:
    statements: ['!p2_confess', p1_confess]
  p2:
    statements: ['!p1_confess', p2_confess]
`;

export function dilemma(): Scenario {
  const parsed = parseScenario(DILEMMA_YAML);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.value;
}
