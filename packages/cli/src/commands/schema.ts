/** `parley schema`: the JSON Schema of the scenario format, for editors and validators. */
import type { Command } from 'commander';
import { scenarioJsonSchema } from '@parley/model';
import type { Ctx } from '../context.ts';
import { EXIT } from '../errors.ts';
import { writeOutput } from '../io.ts';
import type { CommandHost } from '../program.ts';

const EXAMPLES = `
Examples:
  $ parley schema -o parley.schema.json
  $ parley schema | jq '.properties | keys'

In VS Code (YAML extension), put "# yaml-language-server: $schema=parley.schema.json" at the
top of a scenario to get completion and checking while you type.`;

export async function schema(ctx: Ctx, flags: { output?: string }): Promise<number> {
  await writeOutput(ctx, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`, flags.output);
  return EXIT.ok;
}

export function registerSchema(program: Command, host: CommandHost): void {
  program
    .command('schema')
    .description('print the JSON Schema of the scenario format')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: { output?: string }) => host.setExit(await schema(host.ctx(), flags)));
}
