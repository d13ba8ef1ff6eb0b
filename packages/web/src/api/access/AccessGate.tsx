/**
 * Shows its children, or the sign-in panel while the server wants a token. Children are mounted
 * afresh whenever a token is taken or forgotten, so what failed without it loads again — no page
 * reload.
 */
import type { ReactNode } from 'react';
import type { Access } from './access.ts';
import { SignInPanel } from './SignInPanel.tsx';
import { useAccess } from './useAccess.ts';

export interface AccessGateProps {
  access: Access;
  check: (token: string) => Promise<void>;
  children?: ReactNode;
}

export function AccessGate({ access, check, children }: AccessGateProps) {
  const state = useAccess(access);
  if (state.needed) return <SignInPanel access={access} state={state} check={check} />;
  return <GateContent key={state.epoch}>{children}</GateContent>;
}

function GateContent({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
