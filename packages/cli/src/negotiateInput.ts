/**
 * The input of `parley negotiate …`: a negotiation domain and the table to run it at, read from
 * a Parley scenario (the whole scenario as one unanimity table, or one track with `--track`,
 * optionally under an architecture) or from GENIUS files (a domain XML and one profile XML per
 * party, in any order). Every problem in a file is a Diagnostic (exit 1); a bad flag a
 * UsageError (exit 2).
 */
import { extname } from 'node:path';
import { compare, negotiate } from '@parley/engines';
import {
  applyArchitecture,
  geniusFileKind,
  importGenius,
  parseXmlTree,
  type Diagnostic,
  type Scenario,
} from '@parley/model';
import type { Ctx } from './context.ts';
import { printDiagnostics } from './diagnostics.ts';
import { InputError, UsageError } from './errors.ts';
import { loadScenario, readText } from './io.ts';
import { parseArchitecture, parseTrack } from './negotiateArgs.ts';

export interface NegotiationTableSpec {
  id: string;
  /** Seated party ids, in seat order. */
  parties: string[];
  rule: negotiate.DecisionRule;
  ruleText: string;
  mediator?: string;
}

export interface NegotiationInput {
  title: string;
  /** Every party with a utility function: the seated ones and, for a track, outsiders. */
  domain: negotiate.NegotiationDomain;
  table: NegotiationTableSpec;
  /** The scenario (architecture applied) and the track's unit, for scenario input. */
  scenario?: Scenario;
  unit?: compare.NegotiationUnit;
}

export interface NegotiationInputFlags {
  steps?: number;
  track?: string;
  architecture?: string;
}

const error = (file: string, code: string, message: string, hint?: string): Diagnostic => ({
  code,
  severity: 'error',
  path: '',
  file,
  message,
  ...(hint ? { hint } : {}),
});

export async function loadNegotiation(
  ctx: Ctx,
  files: readonly string[],
  flags: NegotiationInputFlags,
): Promise<NegotiationInput> {
  if (files.some((f) => extname(f).toLowerCase() === '.xml')) return loadGenius(ctx, files, flags);
  if (files.length !== 1)
    throw new UsageError(
      `expected one scenario file, got ${files.length}`,
      'give one scenario (.yaml, .yml, .json), or a GENIUS domain .xml and its profile .xml files',
    );
  const file = files[0]!;
  const { scenario: written } = await loadScenario(ctx, file);
  const scenario =
    flags.architecture === undefined
      ? written
      : applyArchitecture(written, parseArchitecture(flags.architecture, written));
  if (flags.track !== undefined)
    return trackInput(scenario, parseTrack(flags.track, scenario), flags);
  if (scenario.issues.length === 0)
    throw new InputError(
      [
        error(
          file,
          'negotiate/no-issues',
          'the scenario has no issues to negotiate',
          'add `issues` with positions',
        ),
      ],
      file,
    );
  const steps = flags.steps ?? compare.adaptiveSteps(scenario.issues.length);
  const domain = negotiate.negotiationDomainFromScenario(scenario, { steps });
  if (domain.parties.length < 2)
    throw new InputError(
      [
        error(
          file,
          'negotiate/too-few-parties',
          'fewer than two actors take positions on the issues',
        ),
      ],
      file,
    );
  const parties = domain.parties.map((p) => p.id);
  return {
    title: scenario.title,
    domain,
    table: { id: 'all', parties, rule: { kind: 'unanimity' }, ruleText: 'unanimity' },
    scenario,
  };
}

function trackInput(
  scenario: Scenario,
  track: string,
  flags: NegotiationInputFlags,
): NegotiationInput {
  const plan = compare.negotiationUnits(
    scenario,
    flags.steps !== undefined ? { steps: flags.steps } : {},
  );
  const unit = plan.units.find((u) => u.tracks.includes(track));
  if (!unit) {
    const reason = plan.skipped.find((s) => s.track === track)?.reason ?? 'it is not simulated';
    throw new UsageError(
      `track "${track}" cannot be negotiated: ${reason}`,
      'choose a track with issues',
    );
  }
  return {
    title: `${scenario.title} — ${unit.name}`,
    domain: unit.domain,
    table: {
      id: unit.id,
      parties: unit.parties,
      rule: unit.rule.rule,
      ruleText: unit.rule.text,
      ...(unit.mediator !== undefined ? { mediator: unit.mediator } : {}),
    },
    scenario,
    unit,
  };
}

async function loadGenius(
  ctx: Ctx,
  files: readonly string[],
  flags: NegotiationInputFlags,
): Promise<NegotiationInput> {
  if (flags.track !== undefined || flags.architecture !== undefined)
    throw new UsageError(
      '--track and --architecture need a scenario',
      'GENIUS files have one table',
    );
  const texts: { file: string; text: string }[] = [];
  const problems: Diagnostic[] = [];
  for (const file of files) {
    const read = await readText(file);
    if ('diagnostic' in read) problems.push(read.diagnostic);
    else texts.push({ file, text: read.text });
  }
  if (problems.length > 0) throw new InputError(problems, onlyFile(problems));
  const kinds = texts.map((t) => ({ ...t, kind: geniusFileKind(t.text) }));
  const domains = kinds.filter((t) => t.kind === 'domain');
  const profiles = kinds.filter((t) => t.kind === 'profile');
  const other = kinds.filter((t) => t.kind === undefined);
  const hint =
    'give one GENIUS domain (<negotiation_template>) and one profile (<utility_space>) per party';
  if (domains.length !== 1 || other.length > 0) {
    // A malformed file is reported by its XML error: "not a domain" would hide the real cause.
    const odd = other.flatMap((t) => {
      const syntax = parseXmlTree(t.text, t.file).diagnostics;
      if (syntax.length > 0) return syntax;
      return [
        error(
          t.file,
          'genius/not-genius',
          `${t.file} is neither a GENIUS domain nor a profile`,
          hint,
        ),
      ];
    });
    const count =
      domains.length === 1 || odd.some((d) => d.code === 'xml-syntax')
        ? []
        : [
            error(
              files[0]!,
              'genius/domain-count',
              `expected one domain file, found ${domains.length}`,
              hint,
            ),
          ];
    throw new InputError([...count, ...odd], onlyFile([...count, ...odd]));
  }
  const parsed = importGenius(
    domains[0]!.text,
    profiles.map((p) => p.text),
    { files: { domain: domains[0]!.file, profiles: profiles.map((p) => p.file) } },
  );
  if (!parsed.ok) throw new InputError(parsed.diagnostics, onlyFile(parsed.diagnostics));
  if (parsed.diagnostics.length > 0) printDiagnostics(ctx, parsed.diagnostics);
  const domain = parsed.value.domain as negotiate.NegotiationDomain;
  return {
    title: domain.name ?? domains[0]!.file,
    domain,
    table: {
      id: 'genius',
      parties: domain.parties.map((p) => p.id),
      rule: { kind: 'unanimity' },
      ruleText: 'unanimity',
    },
  };
}

/** The file every diagnostic is about, for the summary line; none when they span several files. */
function onlyFile(diagnostics: readonly Diagnostic[]): string | undefined {
  const files = new Set(diagnostics.map((d) => d.file));
  const [file] = files;
  return files.size === 1 ? file : undefined;
}
