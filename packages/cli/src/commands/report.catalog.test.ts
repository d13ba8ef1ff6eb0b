import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/runCli.ts';

const catalog = fileURLToPath(new URL('../../../../catalog/', import.meta.url));
const files = readdirSync(catalog).filter((f) => f.endsWith('.yaml'));

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('parley report on every catalog scenario', () => {
  it('finds the catalog', () => {
    expect(files).toContain('prisoners-dilemma.yaml');
  });

  for (const file of files) {
    it(`${file}: text fits 100 columns and stays readable in size`, async () => {
      const r = await runCli(['report', `${catalog}${file}`, '-q']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
      // Large models are cut down to the most relevant states (the Korea model has 6,144); the
      // Korea report also carries the negotiation and architecture-comparison sections.
      expect(lines.length).toBeLessThan(1700);
    });

    it(`${file}: HTML opens and closes every section and table`, async () => {
      const r = await runCli(['report', `${catalog}${file}`, '--format', 'html', '-q']);
      expect(r.code).toBe(0);
      expect(count(r.stdout, /<section\b/g)).toBe(count(r.stdout, /<\/section>/g));
      expect(count(r.stdout, /<table>/g)).toBe(count(r.stdout, /<\/table>/g));
      expect(r.stdout.trimEnd().endsWith('</html>')).toBe(true);
    });
  }
});
