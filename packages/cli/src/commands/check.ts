/** `parley check FILE...`: validates files and prints every problem found. */
import type { Command } from 'commander';
import pc from 'picocolors';
import { gmcr } from '@parley/engines';
import type { Scenario } from '@parley/model';
import type { Ctx } from '../context.ts';
import { diagnosticCounts, printDiagnostics } from '../diagnostics.ts';
import { EXIT } from '../errors.ts';
import { readInput } from '../io.ts';
import type { CommandHost } from '../program.ts';

const EXAMPLES = `
Examples:
  $ parley check catalog/korean-peninsula-2018.yaml
  $ parley check catalog/*.yaml
  $ parley check model.gmcr

Prints each problem as "× message / → at path (file:line:col) / hint: …" on stderr and one
summary line per valid file on stdout. Exit code 1 when any file has errors.`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `6 actors, 7 issues, 14 options, 1024 feasible states`. */
export function scenarioFacts(scenario: Scenario): string {
  const facts = [plural(scenario.actors.length, 'actor'), plural(scenario.issues.length, 'issue')];
  if (scenario.options.length > 0) {
    facts.push(plural(scenario.options.length, 'option'));
    const model = gmcr.buildModel(gmcr.gmcrInputFromScenario(scenario));
    facts.push(plural(model.stateCount, 'feasible state'));
  }
  return facts.join(', ');
}

export async function check(ctx: Ctx, files: readonly string[]): Promise<number> {
  const c = pc.createColors(ctx.color);
  const e = pc.createColors(ctx.colorErr);
  let failed = 0;
  for (const file of files) {
    const input = await readInput(file);
    printDiagnostics(ctx, input.diagnostics);
    if (input.ok) {
      const warnings =
        input.diagnostics.length > 0 ? ` (${diagnosticCounts(input.diagnostics)})` : '';
      ctx.out(`${c.green('✓')} ${file}: valid — ${scenarioFacts(input.value)}${warnings}\n`);
    } else {
      failed += 1;
      ctx.err(`${e.red('×')} ${file}: ${diagnosticCounts(input.diagnostics)}\n`);
    }
  }
  return failed > 0 ? EXIT.input : EXIT.ok;
}

export function registerCheck(program: Command, host: CommandHost): void {
  program
    .command('check')
    .description('validate scenario and .gmcr files; print every problem')
    .argument('<files...>', 'scenario files (.yaml, .yml, .json) or GMCR+ files (.gmcr)')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[]) => host.setExit(await check(host.ctx(), files)));
}
