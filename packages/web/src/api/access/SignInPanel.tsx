/**
 * Asks for the access token of a server started with one. The token is checked with the server
 * before it is used, so a wrong one shows the server's answer and the panel stays.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Access, AccessSnapshot } from './access.ts';

export interface SignInPanelProps {
  access: Access;
  state: AccessSnapshot;
  /** Resolves when the server accepts the token; rejects with its answer otherwise. */
  check: (token: string) => Promise<void>;
}

/** Why a token cannot be sent at all (an HTTP header takes no spaces or non-Latin-1 text). */
export function tokenProblem(token: string): string | null {
  if (token === '') return 'Enter the token the server was started with.';
  if (/\s/.test(token)) return 'The token has spaces in it; a Parley token has none.';
  if ([...token].some((c) => c.codePointAt(0)! > 0xff)) {
    return 'The token has characters that cannot be sent in an HTTP header.';
  }
  return null;
}

export function SignInPanel({ access, state, check }: SignInPanelProps) {
  const [token, setToken] = useState('');
  const [remember, setRemember] = useState(false);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => input.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim();
    const invalid = tokenProblem(value);
    if (invalid) {
      setProblem(invalid);
      input.current?.focus();
      return;
    }
    setChecking(true);
    setProblem(null);
    try {
      await check(value);
      access.use(value, remember);
    } catch (error) {
      const e = error as { status?: number; message: string; hint?: string };
      setProblem(
        e.status === 401
          ? `The server refused this token: ${e.message}.`
          : `The token could not be checked: ${e.message}.`,
      );
      setChecking(false);
      input.current?.select();
    }
  };

  return (
    <section className="sign-in panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Access token needed</h2>
      <p>
        This Parley server was started with an access token (<code>parley-server --token …</code> or
        the <code>PARLEY_TOKEN</code> environment variable), so its library and runs open only with
        that token. Ask whoever started it, or look where it was set.
      </p>
      {state.refused && (
        <p className="notice error" role="alert">
          The token in use was refused: {state.refused.message}. Enter it again or use another.
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-token`}>Access token</label>
        <div className="sign-in-row">
          <input
            ref={input}
            id={`${id}-token`}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => setToken(e.target.value)}
          />
          <button type="submit" className="button primary" disabled={checking}>
            {checking ? 'Checking…' : 'Use token'}
          </button>
        </div>
        <label className="inline">
          <input
            type="checkbox"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
          />
          <span>Remember on this device</span>
        </label>
        <p className="muted">
          Otherwise the token is kept only until this tab is closed. A remembered token stays in
          this browser’s storage until you choose “Forget token” in the header.
        </p>
        {problem && (
          <p id={`${id}-problem`} className="notice error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}
