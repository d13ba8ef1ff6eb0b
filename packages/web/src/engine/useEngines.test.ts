// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { createElement as h, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { textHash } from '@parley/views/validation';
import { dilemma } from '@parley/views/testing';
import { EMPTY_WORKSPACE } from '../app/useWorkspace.ts';
import { WorkbenchContext, type Workbench } from '../app/workbench.ts';
import type { LibraryBackend } from '../library/libraryBackend.ts';
import { setComputeLocally } from './computePreference.ts';
import type { EngineRunner, Run } from './engineClient.ts';
import { RoutingEngineClient } from './routingEngineClient.ts';
import { useEngines, type EngineChoice } from './useEngines.ts';

const TEXT = 'parley: 1\n';
const runner: EngineRunner = { run: () => ({}) as Run<never> };
const choice: EngineChoice = { local: runner, server: () => runner };

function wrapperFor(kind: LibraryBackend['kind'] | null) {
  const workbench = {
    backend: kind ? ({ kind } as LibraryBackend) : null,
    workspace: {
      ...EMPTY_WORKSPACE,
      open: { id: 'sc_1', title: 'T', text: TEXT, version: 1, readOnly: false, file: 't.yaml' },
      text: TEXT,
      scenario: dilemma(),
      scenarioKey: textHash(TEXT),
    },
  } as unknown as Workbench;
  return ({ children }: { children: ReactNode }) =>
    h(WorkbenchContext.Provider, { value: workbench }, children);
}

const enginesWith = (kind: LibraryBackend['kind'] | null) =>
  renderHook(() => useEngines(choice), { wrapper: wrapperFor(kind) }).result.current;

afterEach(() => setComputeLocally(false));

describe('useEngines', () => {
  it('routes the analysis views to the server when the library is the server', () => {
    const engines = enginesWith('server');
    expect(engines).toBeInstanceOf(RoutingEngineClient);
    const router = engines as RoutingEngineClient;
    expect(router.placeOf('gmcr')).toBe('server');
    expect(router.placeOf('compare')).toBe('server');
    expect(router.placeOf('explain')).toBe('browser');
    expect(router.placeOf('report')).toBe('browser');
  });

  it('computes everything in the browser when the library lives in this browser', () => {
    expect(enginesWith('browser')).toBe(runner);
    expect(enginesWith(null)).toBe(runner);
  });

  it('computes in the browser when the user prefers it, and remembers that', () => {
    setComputeLocally(true);
    expect(localStorage.getItem('parley.computeLocally')).toBe('1');
    expect(enginesWith('server')).toBe(runner);
  });

  it('keeps the same runner across renders, so a run is not restarted', () => {
    const { result, rerender } = renderHook(() => useEngines(choice), {
      wrapper: wrapperFor('server'),
    });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
