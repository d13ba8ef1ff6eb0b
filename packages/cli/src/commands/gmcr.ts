/** `parley gmcr …`: the Graph Model for Conflict Resolution commands. */
import type { Command } from 'commander';
import type { CommandHost } from '../program.ts';
import { registerGmcrAnalyze } from './gmcrAnalyze.ts';
import { registerGmcrExplain } from './gmcrExplain.ts';

const EXAMPLES = `
Examples:
  $ parley gmcr analyze catalog/prisoners-dilemma.yaml
  $ parley gmcr analyze catalog/elmira-groundwater-1991.yaml --coalitions moe+ur --json
  $ parley gmcr explain catalog/prisoners-dilemma.yaml 1 p1 seq

"parley gmcr <command> --help" shows each command's flags and more examples.`;

export function registerGmcr(program: Command, host: CommandHost): void {
  const group = program
    .command('gmcr')
    .description('Graph Model for Conflict Resolution: stability, equilibria, explanations')
    .addHelpText('after', EXAMPLES);
  registerGmcrAnalyze(group, host);
  registerGmcrExplain(group, host);
}
