/** `parley import FILE.gmcr`: a GMCR+ save file as a Parley scenario (YAML, or JSON for .json). */
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { importGmcr, type Scenario } from '@parley/model';
import type { Ctx } from '../context.ts';
import { printDiagnostics } from '../diagnostics.ts';
import { EXIT, InputError } from '../errors.ts';
import { readText, writeOutput } from '../io.ts';
import type { CommandHost } from '../program.ts';
import { VERSION } from '../version.ts';

const EXAMPLES = `
Examples:
  $ parley import Elmira.gmcr -o elmira.yaml
  $ parley import Elmira.gmcr > elmira.yaml
  $ parley import Elmira.gmcr -o elmira.json

The scenario keeps GMCR+'s option order, so state numbers agree with GMCR+. GMCR+ files have
no status quo, sources or dates: fill in statusQuo, sources and asOf after importing.`;

/** Drops empty collections the schema fills in by default, so the file shows what matters. */
function withoutEmptyDefaults(scenario: Scenario): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(scenario).filter(([, v]) => {
      if (Array.isArray(v)) return v.length > 0;
      if (v !== null && typeof v === 'object') return Object.keys(v).length > 0;
      return true;
    }),
  );
}

/** A top-level `parley:` key (YAML or JSON) marks a Parley scenario; GMCR+ files have none. */
const PARLEY_KEY = /^\s*["']?parley["']?\s*:/m;

/** The scenario as YAML with a header saying where it came from. */
export function scenarioYaml(scenario: Scenario, origin: string): string {
  const header = [
    `# Imported from ${origin} (GMCR+ .gmcr) by parley ${VERSION}.`,
    '# Options are in GMCR+ order (first option = least significant bit), so state numbers agree.',
    '# GMCR+ records no status quo, sources or date: review statusQuo, sources and asOf.',
  ].join('\n');
  return `${header}\n${stringify(withoutEmptyDefaults(scenario), { lineWidth: 100 })}`;
}

export async function importCommand(
  ctx: Ctx,
  file: string,
  flags: { output?: string },
): Promise<number> {
  const read = await readText(file);
  if ('diagnostic' in read) throw new InputError([read.diagnostic], file);
  if (PARLEY_KEY.test(read.text)) {
    throw new InputError(
      [
        {
          code: 'not-gmcr',
          severity: 'error',
          path: '',
          file,
          message: `${file} is a Parley scenario already, not a GMCR+ file`,
          hint: `every command reads it as it is; for a .gmcr file: parley export ${file} --to gmcr`,
        },
      ],
      file,
    );
  }
  const parsed = importGmcr(read.text, { file });
  if (!parsed.ok) throw new InputError(parsed.diagnostics, file);
  printDiagnostics(ctx, parsed.diagnostics);
  const json = flags.output !== undefined && extname(flags.output).toLowerCase() === '.json';
  const text = json
    ? `${JSON.stringify(withoutEmptyDefaults(parsed.value), null, 2)}\n`
    : scenarioYaml(parsed.value, basename(file));
  await writeOutput(ctx, text, flags.output);
  return EXIT.ok;
}

export function registerImport(program: Command, host: CommandHost): void {
  program
    .command('import')
    .description('convert a GMCR+ .gmcr file into a Parley scenario')
    .argument('<file>', 'GMCR+ save file (.gmcr)')
    .option('-o, --output <file>', 'write to a file (.yaml/.yml, or .json) instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: { output?: string }) =>
      host.setExit(await importCommand(host.ctx(), file, flags)),
    );
}
