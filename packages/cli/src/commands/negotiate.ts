/** `parley negotiate …`: outcome-space analysis, single sessions and tournaments. */
import type { Command } from 'commander';
import type { CommandHost } from '../program.ts';
import { registerNegotiateAnalyze } from './negotiateAnalyze.ts';
import { registerNegotiateRun } from './negotiateRun.ts';
import { registerNegotiateTournament } from './negotiateTournament.ts';

export function registerNegotiate(program: Command, host: CommandHost): void {
  const group = program
    .command('negotiate')
    .description(
      'negotiation: Pareto frontier and bargaining solutions, simulated sessions, tournaments',
    );
  registerNegotiateAnalyze(group, host);
  registerNegotiateRun(group, host);
  registerNegotiateTournament(group, host);
}
