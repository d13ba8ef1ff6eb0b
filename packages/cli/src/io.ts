/**
 * Reading inputs and writing outputs. An input is a Parley scenario (YAML or JSON) or a GMCR+
 * save file (`.gmcr`, or `.json` with a `decisionMakers` key); every problem comes back as a
 * Diagnostic, never as an exception.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  importGmcr,
  parseScenario,
  type Diagnostic,
  type Parsed,
  type Scenario,
} from '@parley/model';
import type { Ctx } from './context.ts';
import { printDiagnostics } from './diagnostics.ts';
import { InputError } from './errors.ts';

export type InputFormat = 'scenario' | 'gmcr';

/** Decides how to read a file: by extension, and for `.json` by content. */
export function detectFormat(file: string, text: string): InputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.gmcr') return 'gmcr';
  if (ext === '.json') {
    try {
      const value: unknown = JSON.parse(text);
      if (value !== null && typeof value === 'object' && 'decisionMakers' in value) return 'gmcr';
    } catch {
      // Not valid JSON: the scenario parser reports the syntax error with its position.
    }
  }
  return 'scenario';
}

const KNOWN_EXTENSIONS = ['.yaml', '.yml', '.json', '.gmcr'];

function fileDiagnostic(file: string, code: string, message: string, hint?: string): Diagnostic {
  const d: Diagnostic = { code, severity: 'error', path: '', file, message };
  if (hint) d.hint = hint;
  return d;
}

/**
 * Largest input read. Scenarios are written by hand (the flagship is 0.1 MB) and GMCR+ files of
 * models GMCR+ can solve are far smaller; reading YAML takes about 150 bytes of memory per byte,
 * so a bigger file is refused with a message rather than left to exhaust memory.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Reads a file as text, or returns a diagnostic saying why it could not be read. */
export async function readText(
  file: string,
): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  try {
    const size = (await stat(file)).size;
    if (size > MAX_INPUT_BYTES) {
      const mb = (n: number) => `${Math.round(n / 1024 / 102.4) / 10} MB`;
      return {
        diagnostic: fileDiagnostic(
          file,
          'file-too-large',
          `${file} is ${mb(size)}; Parley reads inputs up to ${mb(MAX_INPUT_BYTES)}`,
          'check this is the scenario you meant: scenarios are usually well under 1 MB',
        ),
      };
    }
    const bytes = await readFile(file);
    // NUL never occurs in YAML or JSON text, and almost always in binary files.
    if (bytes.includes(0)) {
      return {
        diagnostic: fileDiagnostic(
          file,
          'binary-file',
          `${file} is not a text file`,
          'give a scenario (.yaml, .yml, .json) or a GMCR+ file (.gmcr)',
        ),
      };
    }
    return { text: bytes.toString('utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return {
        diagnostic: fileDiagnostic(
          file,
          'file-not-found',
          `file not found: ${file}`,
          'check the path',
        ),
      };
    }
    if (code === 'EISDIR') {
      return {
        diagnostic: fileDiagnostic(
          file,
          'file-is-directory',
          `${file} is a directory`,
          'give a scenario file',
        ),
      };
    }
    return {
      diagnostic: fileDiagnostic(
        file,
        'file-unreadable',
        `cannot read ${file}: ${(e as Error).message}`,
      ),
    };
  }
}

export type LoadedInput = Parsed<Scenario> & { file: string; format: InputFormat };

/** Reads and parses a scenario or `.gmcr` file. */
export async function readInput(file: string): Promise<LoadedInput> {
  const read = await readText(file);
  if ('diagnostic' in read)
    return { ok: false, diagnostics: [read.diagnostic], file, format: 'scenario' };
  const format = detectFormat(file, read.text);
  const parsed =
    format === 'gmcr' ? importGmcr(read.text, { file }) : parseScenario(read.text, { file });
  const ext = extname(file).toLowerCase();
  if (!KNOWN_EXTENSIONS.includes(ext) && parsed.ok) {
    parsed.diagnostics.push({
      code: 'unknown-extension',
      severity: 'warning',
      path: '',
      file,
      message: `unexpected file extension "${ext}"; read it as a Parley scenario`,
      hint: 'use .yaml, .yml or .json for scenarios and .gmcr for GMCR+ files',
    });
  }
  return { ...parsed, file, format };
}

/**
 * Reads an input and returns the scenario, printing any warnings to stderr; throws an
 * InputError (exit 1) when the file has errors.
 */
export async function loadScenario(
  ctx: Ctx,
  file: string,
): Promise<{ scenario: Scenario; format: InputFormat }> {
  const input = await readInput(file);
  if (!input.ok) throw new InputError(input.diagnostics, file);
  if (input.diagnostics.length > 0) printDiagnostics(ctx, input.diagnostics);
  return { scenario: input.value, format: input.format };
}

/** Writes command output to a file (`-o`) or stdout. */
export async function writeOutput(ctx: Ctx, text: string, out?: string): Promise<void> {
  if (out === undefined || out === '-') {
    ctx.out(text);
    return;
  }
  try {
    await writeFile(out, text, 'utf8');
  } catch (e) {
    throw new InputError(
      [fileDiagnostic(out, 'file-unwritable', `cannot write ${out}: ${(e as Error).message}`)],
      out,
    );
  }
  if (!ctx.quiet) ctx.err(`wrote ${out}\n`);
}
