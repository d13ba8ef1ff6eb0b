/**
 * Test support (not exported from the package): the toy summit with a third actor, a second
 * issue, two tracks, roles, an implementation veto, sequencing and two architectures.
 *
 * Options (bit order) as in the toy: `lift` (usa), `freeze` (dprk, taken in the status quo),
 * `dismantle` (dprk); `dismantle & !freeze` is infeasible, leaving NNN, YNN, NYN, YYN, NYY, YYY.
 */
import { stringify } from 'yaml';
import { toyInput } from '../testing/fixtures.ts';
import type { ScenarioInput } from './schema.ts';

export function trackedInput(): ScenarioInput {
  const input = toyInput();
  input.actors.push({ id: 'china', name: 'China', capability: { value: 40, judgement: true } });
  input.issues![0]!.positions.china = { position: 60, salience: 50, judgement: true };
  input.issues!.push({
    id: 'peace',
    name: 'Peace regime',
    scale: { low: 'Armistice', high: 'Peace treaty' },
    judgement: true,
    positions: {
      usa: { position: 30, salience: 40 },
      dprk: { position: 90, salience: 70 },
      china: { position: 80, salience: 60 },
    },
  });
  input.tracks = [
    {
      id: 'nuclear',
      name: 'Denuclearization talks',
      issues: ['sanctions'],
      parties: ['usa', 'dprk'],
      chair: 'usa',
    },
    {
      id: 'peace_talks',
      name: 'Peace talks',
      issues: ['peace'],
      parties: ['usa', 'dprk', 'china'],
      mediator: 'china',
      decisionRule: { kind: 'veto-players', vetoPlayers: ['usa', 'dprk'] },
    },
  ];
  input.roles = {
    usa: [{ role: 'lead', track: 'nuclear' }],
    china: [
      { role: 'verifier', track: 'nuclear' },
      { role: 'mediator', track: 'peace_talks' },
    ],
  };
  input.vetoes = [
    {
      id: 'unsc',
      name: 'UN Security Council',
      holders: ['usa', 'china'],
      scope: { issues: ['sanctions'], options: ['lift'] },
    },
  ];
  input.sequencing = { kind: 'parallel' };
  input.architectures = [
    {
      id: 'inclusive',
      name: 'China at both tables',
      changes: {
        tracks: { modify: { nuclear: { addParties: ['china'] } } },
        roles: { china: [{ role: 'co-lead', track: 'nuclear' }] },
        fixOptions: { freeze: true },
      },
    },
    {
      id: 'denuclearization_first',
      name: 'Denuclearization first',
      changes: {
        sequencing: { kind: 'sequenced', order: ['nuclear', 'peace_talks'] },
        infeasible: [{ when: 'lift & !dismantle', reason: 'no relief before dismantlement' }],
      },
    },
  ];
  return input;
}

/** The tracked toy as YAML text. */
export const trackedYaml = (input: ScenarioInput = trackedInput()): string => stringify(input);
