import { describe, expect, it } from 'vitest';
import { importKtabCsv } from './importKtabCsv.ts';

// An invented three-actor, two-dimension file in KTAB's CSV layout (smpread.cpp).
const GOOD = [
  'Harbour dispute,"Invented, for tests",3,2,',
  'Actor,Description,Power,Fees Position,Fees Salience,Dredging Position,Dredging Salience,',
  'Port,Port authority, 120.5, 20, 60, 70, 30,',
  'City,City council,80,55,30,40,50,',
  'Shippers,Shipping lines,60,90,70,10,20,',
  '',
].join('\r\n');

describe('importKtabCsv', () => {
  it('makes one issue per dimension and one actor per row, on a 0-100 scale', () => {
    const parsed = importKtabCsv(GOOD, { file: 'harbour.csv' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const s = parsed.value;
    expect(s.id).toBe('harbour-dispute');
    expect(s.summary).toBe('Invented, for tests');
    expect(s.actors).toEqual([
      { id: 'port', name: 'Port', description: 'Port authority', capability: 120.5 },
      { id: 'city', name: 'City', description: 'City council', capability: 80 },
      { id: 'shippers', name: 'Shippers', description: 'Shipping lines', capability: 60 },
    ]);
    expect(s.issues.map((i) => [i.id, i.name, i.scale.min, i.scale.max])).toEqual([
      ['fees-position', 'Fees Position', 0, 100],
      ['dredging-position', 'Dredging Position', 0, 100],
    ]);
    expect(s.issues[1]!.positions.city).toEqual({ position: 40, salience: 50 });
  });

  it('warns that KTAB bargains over several dimensions jointly', () => {
    const parsed = importKtabCsv(GOOD);
    expect(parsed.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['ktab-joint-dimensions', 'warning'],
    ]);
  });

  it('reports a non-number at its line and column', () => {
    const bad = GOOD.replace('City,City council,80,55', 'City,City council,80,5x5');
    const parsed = importKtabCsv(bad, { file: 'harbour.csv' });
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        code: 'ktab-number',
        path: 'actors[1].position[0]',
        file: 'harbour.csv',
        line: 4,
        col: 22,
        message: '"5x5" is not a number',
      }),
    ]);
  });

  it('applies KTAB input checks: ranges and salience totals, all reported', () => {
    const bad = GOOD.replace(
      'Port,Port authority, 120.5, 20, 60, 70, 30,',
      'Port,Port authority, 120.5, 120, 60, 70, 50,',
    );
    const parsed = importKtabCsv(bad);
    expect(
      parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line, d.col]),
    ).toEqual([
      ['ktab-position-range', 3, 29],
      ['ktab-salience-total', 3, 34],
    ]);
  });

  it('reports a missing actor line against the count in line 1', () => {
    const short = GOOD.replace('Shippers,Shipping lines,60,90,70,10,20,\r\n', '');
    const parsed = importKtabCsv(short);
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics[0]).toEqual(
      expect.objectContaining({
        code: 'ktab-actor-count',
        message: 'line 1 announces 3 actors but 2 follow',
      }),
    );
  });

  it('reports a malformed header count', () => {
    const parsed = importKtabCsv(GOOD.replace(',3,2,', ',three,2,'));
    expect(parsed.diagnostics[0]).toEqual(
      expect.objectContaining({ code: 'ktab-csv-header', line: 1, col: 39 }),
    );
  });

  it('says an empty file is empty, at 1:1', () => {
    for (const text of ['', '\n\n']) {
      expect(importKtabCsv(text).diagnostics).toEqual([
        expect.objectContaining({
          code: 'ktab-csv-header',
          line: 1,
          col: 1,
          message: expect.stringContaining('the file is empty'),
        }),
      ]);
    }
  });

  it('reports broken quoting as a CSV syntax error', () => {
    const parsed = importKtabCsv('a,"b,3,1\nx,y,z\n');
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics[0]!.code).toBe('ktab-csv-syntax');
  });
});
