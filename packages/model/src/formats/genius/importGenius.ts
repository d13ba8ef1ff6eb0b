/**
 * GENIUS / ANAC negotiation files → a negotiation domain: one domain XML (`negotiation_template`)
 * and one linear additive profile XML (`utility_space`) per party, read with GENIUS 10.4's own
 * semantics so that every utility is bit-identical to GENIUS's (readGeniusDomain.ts,
 * readGeniusProfile.ts; research/negotiation.md §b lists the traps — including where NegMAS's
 * importer differs: raw discrete evaluations, weights by position, no lower-bound shift or
 * clip on integer issues). Every problem is a Diagnostic with line:col; never throws on input.
 */
import type { Diagnostic, Parsed } from '../../diagnostic.ts';
import { hasErrors } from '../../diagnostic.ts';
import { GeniusReport } from './geniusReport.ts';
import type {
  GeniusImport,
  GeniusParty,
  GeniusProfileInfo,
  ImportGeniusOptions,
} from './geniusTypes.ts';
import { readGeniusDomain, type ReadDomain } from './readGeniusDomain.ts';
import { readGeniusProfile } from './readGeniusProfile.ts';
import { parseXmlTree } from './xmlTree.ts';

/** GENIUS's default number of discretisation steps for a real issue (`IssueReal`). */
export const GENIUS_REAL_STEPS = 21;

/** Reads a GENIUS domain and its profiles. Party ids come from the profile file names. */
export function importGenius(
  domainXml: string,
  profileXmls: readonly string[],
  options: ImportGeniusOptions = {},
): Parsed<GeniusImport> {
  const diagnostics: Diagnostic[] = [];
  const files = options.files ?? {};
  const realSteps = options.realSteps ?? GENIUS_REAL_STEPS;
  if (!Number.isInteger(realSteps) || realSteps < 2) {
    diagnostics.push({
      code: 'genius/bad-option',
      severity: 'error',
      path: 'realSteps',
      message: 'realSteps must be an integer ≥ 2',
    });
    return { ok: false, diagnostics };
  }
  const domainTree = parseXmlTree(domainXml, files.domain);
  diagnostics.push(...domainTree.diagnostics);
  const domainReport = new GeniusReport(diagnostics, files.domain);
  const domain = domainTree.root
    ? readGeniusDomain(domainTree.root, domainReport, realSteps)
    : undefined;
  if (profileXmls.length === 0) {
    diagnostics.push({
      code: 'genius/no-profiles',
      severity: 'error',
      path: '',
      message: 'At least one profile is needed',
    });
  }
  const ids = partyIds(profileXmls.length, files.profiles);
  const parties: GeniusParty[] = [];
  const profiles: GeniusProfileInfo[] = [];
  profileXmls.forEach((xml, i) => {
    const file = files.profiles?.[i];
    const tree = parseXmlTree(xml, file);
    diagnostics.push(...tree.diagnostics);
    if (!tree.root || !domain || hasErrors(domainTree.diagnostics)) return;
    const report = new GeniusReport(diagnostics, file);
    const read = readGeniusProfile(tree.root, domain, report);
    if (!read) return;
    if (read.uncertain) {
      report.warn(
        'genius/uncertain-profile',
        '',
        tree.root,
        'type="UNCERTAIN": GENIUS agents see only a ranking; the exact utilities are imported',
        'type',
      );
    }
    const id = ids[i]!;
    parties.push({
      id,
      name: id,
      weights: read.weights,
      evaluations: read.evaluations,
      cap: 1,
      reservation: read.reservation ?? 0,
      discount: read.discount ?? 1,
    });
    const info: GeniusProfileInfo = {
      party: id,
      reservationGiven: read.reservation !== undefined,
      discountGiven: read.discount !== undefined,
      uncertain: read.uncertain,
    };
    if (file !== undefined) info.file = file;
    profiles.push(info);
  });
  if (!domain || hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, value: assemble(domain, parties, profiles, files.domain), diagnostics };
}

function assemble(
  domain: ReadDomain,
  parties: GeniusParty[],
  profiles: GeniusProfileInfo[],
  file?: string,
): GeniusImport {
  const names = domain.issues.map((issue) => issue.name);
  const issues = domain.issues.map(({ index, name, kind, values }) => ({
    id: names.indexOf(name) === names.lastIndexOf(name) ? name : `${name}#${index}`,
    name,
    kind,
    values,
  }));
  const result: GeniusImport = {
    domain: { issues, parties },
    issueIndices: domain.issues.map((issue) => issue.index),
    profiles,
  };
  if (file !== undefined) result.domain.name = baseName(file);
  return result;
}

/** `dir/travel_chox.xml` → `travel_chox`; missing or repeated names get `party<n>`/a suffix. */
function partyIds(count: number, files?: readonly string[]): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = files?.[i] !== undefined ? baseName(files[i]!) : `party${i + 1}`;
    let id = base || `party${i + 1}`;
    for (let n = 2; ids.includes(id); n++) id = `${base}-${n}`;
    ids.push(id);
  }
  return ids;
}

const baseName = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.xml$/i, '');

/**
 * Which kind of GENIUS file a text is, by its root element: a domain (`negotiation_template`), a
 * profile (`utility_space`), or neither (undefined, also for malformed XML). Lets a command
 * accept the files in any order.
 */
export function geniusFileKind(text: string): 'domain' | 'profile' | undefined {
  const root = parseXmlTree(text).root;
  if (root?.name === 'negotiation_template') return 'domain';
  if (root?.name === 'utility_space') return 'profile';
  return undefined;
}
