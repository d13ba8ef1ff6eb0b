// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement as h, useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../api.ts';
import { createAccess, type Access } from './access.ts';
import { AccessGate } from './AccessGate.tsx';

afterEach(cleanup);

const GOOD = 'right-token-0123456789';
const REFUSAL = {
  error: 'unauthorized',
  message: 'this server needs an access token',
  hint: 'send Authorization: Bearer <token>',
};

/** A server like packages/server/src/security/access.ts: every /api/* call needs GOOD. */
function tokenServer(calls: string[]) {
  return async (url: string, init?: RequestInit) => {
    const auth = (init?.headers as Record<string, string>).authorization;
    calls.push(`${url} ${auth ?? '-'}`);
    const ok = auth === `Bearer ${GOOD}`;
    const body = !ok
      ? REFUSAL
      : url.startsWith('/api/runs')
        ? { runs: [] }
        : { scenarios: [{ id: 'sc_1', title: 'Korea 2018' }] };
    return new Response(JSON.stringify(body), {
      status: ok ? 200 : 401,
      headers: { 'content-type': 'application/json' },
    });
  };
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

/** A stand-in for the library page: lists the server's scenarios when mounted. */
function Library({ api }: { api: Api }) {
  const [titles, setTitles] = useState<string | null>(null);
  useEffect(() => {
    api.listScenarios().then(
      (list) => setTitles(list.map((s) => s.title).join(', ')),
      () => setTitles('failed'),
    );
  }, [api]);
  return h('p', null, `Library: ${titles ?? 'loading'}`);
}

function setUp(session = memoryStorage(), local = memoryStorage()) {
  const calls: string[] = [];
  const access: Access = createAccess(session, local);
  const api = createApi({
    fetch: tokenServer(calls),
    token: access.token,
    onUnauthorized: (error, sent) => access.unauthorized(error, sent),
  });
  render(h(AccessGate, { access, check: api.checkToken }, h(Library, { api })));
  return { calls, access, session, local };
}

const tokenBox = () => screen.getByLabelText('Access token') as HTMLInputElement;

async function signIn(token: string) {
  fireEvent.change(tokenBox(), { target: { value: token } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Use token' }));
  });
}

describe('the access gate', () => {
  it('asks for the token when the server answers 401, naming the flag and variable', async () => {
    setUp();
    expect(await screen.findByRole('heading', { name: 'Access token needed' })).toBeTruthy();
    expect(screen.getByText('parley-server --token …')).toBeTruthy();
    expect(screen.getByText('PARLEY_TOKEN')).toBeTruthy();
    expect(tokenBox().type).toBe('password');
    expect(document.activeElement).toBe(tokenBox());
  });

  it('loads the library after a good token, without a reload, keeping it for this tab only', async () => {
    const { calls, session, local } = setUp();
    await screen.findByRole('heading', { name: 'Access token needed' });
    await signIn(`  ${GOOD} `);
    expect(await screen.findByText('Library: Korea 2018')).toBeTruthy();
    expect(calls.at(-1)).toBe(`/api/scenarios Bearer ${GOOD}`);
    expect(session.map.get('parley.token')).toBe(GOOD);
    expect(local.map.size).toBe(0);
  });

  it('remembers the token on this device only when asked', async () => {
    const { local } = setUp();
    await screen.findByRole('heading', { name: 'Access token needed' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
    await signIn(GOOD);
    await screen.findByText('Library: Korea 2018');
    expect(local.map.get('parley.token')).toBe(GOOD);
  });

  it('shows the server’s message for a wrong token and stays on the panel', async () => {
    setUp();
    await screen.findByRole('heading', { name: 'Access token needed' });
    await signIn('wrong-token-0123456789');
    expect(screen.getByRole('alert').textContent).toBe(
      'The server refused this token: this server needs an access token.',
    );
    expect(screen.getByRole('heading', { name: 'Access token needed' })).toBeTruthy();
    expect(screen.queryByText(/^Library/)).toBeNull();
  });

  it('refuses to send a token with spaces in it', async () => {
    const { calls } = setUp();
    await screen.findByRole('heading', { name: 'Access token needed' });
    const before = calls.length;
    await signIn('two words');
    expect(screen.getByRole('alert').textContent).toMatch(/spaces/);
    expect(calls.length).toBe(before);
  });

  it('drops a remembered token the server no longer accepts, and says so', async () => {
    const local = memoryStorage();
    local.map.set('parley.token', 'old-token-0123456789');
    setUp(memoryStorage(), local);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /token in use was refused: this server needs an access token/,
    );
    expect(local.map.size).toBe(0);
  });

  it('lets the page through at once when the stored token is good', async () => {
    const session = memoryStorage();
    session.map.set('parley.token', GOOD);
    setUp(session);
    expect(await screen.findByText('Library: Korea 2018')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Access token needed' })).toBeNull();
  });
});
