/** `parley export FILE --to gmcr`: a scenario in another tool's format. */
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { exportGmcr, type Scenario } from '@parley/model';
import type { Ctx } from '../context.ts';
import { printDiagnostics } from '../diagnostics.ts';
import { EXIT, InputError, UsageError } from '../errors.ts';
import { loadScenario, writeOutput } from '../io.ts';
import type { CommandHost } from '../program.ts';

const EXAMPLES = `
Examples:
  $ parley export catalog/elmira-groundwater-1991.yaml --to gmcr -o elmira.gmcr
  $ parley export model.gmcr --to yaml -o model.yaml

Targets: gmcr (GMCR+ save file, opens in GMCR+), yaml and json (the Parley scenario itself,
with defaults filled in). Parts GMCR+ cannot hold (issues, sources, statement syntax beyond
GMCR+'s) are reported as warnings.`;

export const TARGETS = ['gmcr', 'yaml', 'json'] as const;
type Target = (typeof TARGETS)[number];

function parseTarget(text: string | undefined): Target {
  const target = TARGETS.find((t) => t === text?.toLowerCase());
  if (!target) {
    throw new UsageError(
      text === undefined ? 'missing --to' : `unknown export target "${text}"`,
      `use --to ${TARGETS.join(' | ')}`,
    );
  }
  return target;
}

function exportText(ctx: Ctx, scenario: Scenario, target: Target, file: string): string {
  if (target === 'yaml') return stringify(scenario, { lineWidth: 100 });
  if (target === 'json') return `${JSON.stringify(scenario, null, 2)}\n`;
  const result = exportGmcr(scenario);
  if (result.diagnostics.some((d) => d.severity === 'error'))
    throw new InputError(result.diagnostics, file);
  printDiagnostics(ctx, result.diagnostics);
  return result.text.endsWith('\n') ? result.text : `${result.text}\n`;
}

export async function exportCommand(
  ctx: Ctx,
  file: string,
  flags: { to?: string; output?: string },
): Promise<number> {
  const target = parseTarget(flags.to);
  const { scenario } = await loadScenario(ctx, file);
  await writeOutput(ctx, exportText(ctx, scenario, target, file), flags.output);
  return EXIT.ok;
}

export function registerExport(program: Command, host: CommandHost): void {
  program
    .command('export')
    .description('write a scenario in another format (GMCR+ .gmcr, YAML, JSON)')
    .argument('<file>', 'scenario (.yaml, .yml, .json) or GMCR+ file (.gmcr)')
    .option('--to <target>', `target format: ${TARGETS.join(' | ')}`)
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: { to?: string; output?: string }) =>
      host.setExit(await exportCommand(host.ctx(), file, flags)),
    );
}
