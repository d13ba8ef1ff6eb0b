/** `parley gmcr …`: the Graph Model for Conflict Resolution commands. */
import type { Command } from 'commander';
import type { CommandHost } from '../program.ts';
import { registerGmcrAnalyze } from './gmcrAnalyze.ts';
import { registerGmcrExplain } from './gmcrExplain.ts';

export function registerGmcr(program: Command, host: CommandHost): void {
  const group = program
    .command('gmcr')
    .description('Graph Model for Conflict Resolution: stability, equilibria, explanations');
  registerGmcrAnalyze(group, host);
  registerGmcrExplain(group, host);
}
