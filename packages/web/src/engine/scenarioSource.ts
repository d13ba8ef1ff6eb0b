/**
 * What a server run of a view is given as its input: the saved version by id when the scenario
 * being analysed is exactly that version (the run is then tied to it in the server's history),
 * otherwise the text that validated.
 */
import type { Workspace } from '../app/useWorkspace.ts';

export type ScenarioSource =
  { kind: 'saved'; id: string; version: number } | { kind: 'text'; text: string };

/** The part of the workspace the choice depends on. */
export type SourceFacts = Pick<Workspace, 'open' | 'scenario' | 'scenarioText'>;

/**
 * The input of a server run for the scenario the views show (the last text that validated):
 * the saved version when that text is the saved one, else the text itself. Null before any
 * text has validated.
 */
export function scenarioSource(w: SourceFacts): ScenarioSource | null {
  if (!w.open || !w.scenario) return null;
  if (w.scenarioText === w.open.text) {
    return { kind: 'saved', id: w.open.id, version: w.open.version };
  }
  return { kind: 'text', text: w.scenarioText };
}
