/**
 * The `parley` program: commander wiring, global flags and the mapping from failures to exit
 * codes (0 ok, 1 input problems, 2 usage, 3 internal error). `run` is what main.ts calls and
 * what tests call in-process.
 */
import { Command, CommanderError } from 'commander';
import { makeCtx, type CliIo, type Ctx } from './context.ts';
import { diagnosticCounts, printDiagnostics } from './diagnostics.ts';
import { EXIT, InputError, UsageError } from './errors.ts';
import { registerCheck } from './commands/check.ts';
import { registerGmcr } from './commands/gmcr.ts';
import { registerForecast } from './commands/forecast.ts';
import { registerReport } from './commands/report.ts';
import { registerImport } from './commands/import.ts';
import { registerExport } from './commands/export.ts';
import { registerSchema } from './commands/schema.ts';
import { registerGames } from './commands/games.ts';
import { registerNegotiate } from './commands/negotiate.ts';
import { registerCompare } from './commands/compare.ts';
import { VERSION } from './version.ts';

/** What each command's action gets: the context (built once flags are parsed) and a way to set the exit code. */
export interface CommandHost {
  ctx(): Ctx;
  setExit(code: number): void;
}

const EXAMPLES = `
Examples:
  $ parley check catalog/korean-peninsula-2018.yaml
  $ parley report catalog/korean-peninsula-2018.yaml --format html -o korea.html
  $ parley gmcr analyze catalog/korean-peninsula-2018.yaml --json
  $ parley gmcr explain model.gmcr 4 "Driver 1" seq
  $ parley forecast catalog/korean-peninsula-2018.yaml --runs 2000 --seed 1
  $ parley import model.gmcr -o scenario.yaml
  $ parley games solve game.nfg --method enummixed
  $ parley negotiate analyze catalog/korean-peninsula-2018.yaml --track us_dprk
  $ parley compare catalog/korean-peninsula-2018.yaml

Exit codes: 0 ok, 1 problems in an input file, 2 usage error, 3 internal error.`;

function createProgram(io: CliIo, host: { ctx: Ctx | undefined; exit: number }): Command {
  const program = new Command('parley')
    .description('Analyse multilateral negotiations and strategic conflicts.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--no-color', 'no colours (also: NO_COLOR=1)')
    .option('-q, --quiet', 'no progress messages on stderr')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('hint: add --help for usage and examples')
    .showSuggestionAfterError(true);
  program.hook('preAction', () => {
    host.ctx = makeCtx(io, program.opts<{ color?: boolean; quiet?: boolean }>());
  });
  const h: CommandHost = {
    ctx: () => host.ctx ?? makeCtx(io, {}),
    setExit: (code) => (host.exit = code),
  };
  registerCheck(program, h);
  registerGmcr(program, h);
  registerForecast(program, h);
  registerReport(program, h);
  registerImport(program, h);
  registerExport(program, h);
  registerSchema(program, h);
  registerGames(program, h);
  registerNegotiate(program, h);
  registerCompare(program, h);
  return program;
}

export function reportFailure(e: unknown, ctx: Ctx): number {
  if (e instanceof UsageError) {
    ctx.err(`error: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
    return EXIT.usage;
  }
  if (e instanceof InputError) {
    printDiagnostics(ctx, e.diagnostics);
    const counts = diagnosticCounts(e.diagnostics);
    ctx.err(`${e.file ? `${e.file}: ` : ''}${counts}\n`);
    return e.diagnostics.some((d) => d.severity === 'error') ? EXIT.input : EXIT.ok;
  }
  if (e instanceof CommanderError) {
    const ok = e.code === 'commander.helpDisplayed' || e.code === 'commander.version';
    return ok ? EXIT.ok : EXIT.usage;
  }
  const message = e instanceof Error ? e.message : String(e);
  ctx.err(
    `parley: internal error: ${message}\nThis is a bug in Parley; please report it with the command you ran.\n`,
  );
  if (ctx.env.PARLEY_DEBUG === '1' && e instanceof Error && e.stack) ctx.err(`${e.stack}\n`);
  else ctx.err('(set PARLEY_DEBUG=1 to see the stack trace)\n');
  return EXIT.internal;
}

/**
 * Runs the CLI on `argv` (the arguments after `parley`) and returns the exit code. Never throws
 * and never calls process.exit, so it can run in-process.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const host: { ctx: Ctx | undefined; exit: number } = { ctx: undefined, exit: EXIT.ok };
  const program = createProgram(io, host);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return host.exit;
  } catch (e) {
    return reportFailure(e, host.ctx ?? makeCtx(io, {}));
  }
}
