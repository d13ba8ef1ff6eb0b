import { describe, expect, it } from 'vitest';
import { dilemma } from '@parley/views/testing';
import type { EngineRunner, Run } from './engineClient.ts';
import type { EngineRequest } from './protocol.ts';
import { RoutingEngineClient } from './routingEngineClient.ts';
import type { ScenarioSource } from './scenarioSource.ts';

const scenario = dilemma();

/** A runner that records the requests it is given. */
function recorder() {
  const requests: unknown[] = [];
  const runner = {
    run: (request: unknown) => {
      requests.push(request);
      return { promise: new Promise(() => {}), cancel: () => {} } as Run<never>;
    },
  };
  return { requests, runner: runner as EngineRunner };
}

function setup(source: ScenarioSource | null = { kind: 'saved', id: 'sc_1', version: 2 }) {
  const local = recorder();
  const server = recorder();
  const client = new RoutingEngineClient(local.runner, server.runner, () => source);
  return { local: local.requests, server: server.requests, client };
}

const requests: EngineRequest[] = [
  { kind: 'gmcr', scenario },
  { kind: 'forecast', scenario, runs: 200 },
  { kind: 'games', scenario },
  { kind: 'negotiate', scenario },
  { kind: 'compare', scenario },
];

describe('the routing engine client', () => {
  it('sends the five analysis views to the server with the scenario source', () => {
    const { local, server, client } = setup();
    for (const r of requests) client.run(r);
    expect(local).toEqual([]);
    expect(server).toEqual(
      requests.map((r) => ({ ...r, source: { kind: 'saved', id: 'sc_1', version: 2 } })),
    );
    expect(requests.map((r) => client.placeOf(r.kind))).toEqual(Array(5).fill('server'));
  });

  it('keeps explanations, reports and validation in the engine worker', () => {
    const { local, server, client } = setup();
    client.run({ kind: 'explain', scenario, state: 0 });
    client.run({ kind: 'report', scenario, view: 'gmcr', format: 'html' });
    client.run({ kind: 'validate', text: 'x' });
    expect(server).toEqual([]);
    expect(local.map((r) => (r as EngineRequest).kind)).toEqual(['explain', 'report', 'validate']);
    expect(client.placeOf('explain')).toBe('browser');
  });

  it('computes locally when the scenario analysed cannot be named to the server', () => {
    const { local, server, client } = setup(null);
    client.run({ kind: 'gmcr', scenario });
    expect(server).toEqual([]);
    expect(local).toHaveLength(1);
    expect(client.placeOf('gmcr')).toBe('browser');
  });
});
