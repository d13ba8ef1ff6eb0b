/**
 * The state graph's layout worker: ForceAtlas2 (fa2.ts) in batches, posting positions after
 * each so the graph settles on screen while the page stays responsive.
 */
import { workerScope } from '../../engine/workerScope.ts';
import { fa2Positions, fa2State, fa2Step } from './fa2.ts';
import type { LayoutRequest, LayoutUpdate } from './layoutProtocol.ts';

const scope = workerScope();

scope.onmessage = (event) => {
  const { n, positions, pairs, iterations, batch } = event.data as LayoutRequest;
  const state = fa2State(n, positions, pairs);
  for (let done = 0; done < iterations;) {
    const k = Math.min(batch, iterations - done);
    fa2Step(state, k);
    done += k;
    const update: LayoutUpdate = { positions: fa2Positions(state), done, iterations };
    scope.postMessage(update, [update.positions.buffer as ArrayBuffer]);
  }
};
