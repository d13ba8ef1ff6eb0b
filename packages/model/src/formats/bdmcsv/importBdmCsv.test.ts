import { describe, expect, it } from 'vitest';
import { importBdmCsv } from './importBdmCsv.ts';

// The layout of the open BDM ports; values invented except where noted.
const PERCENT =
  'Actor,Capability,Position,Salience\rNorth,0.5,4,80\rSouth,0.3,10,40\rEast,0.2,7,100\r';
const FRACTION =
  'Actor,Capability,Position,Salience\nNorth,0.5,4,0.8\nSouth,0.3,10,0.4\nEast,0.2,7,1.0\n';

describe('importBdmCsv', () => {
  it('reads one issue whose scale spans the positions (CR line ends, as dmasad ships)', () => {
    const parsed = importBdmCsv(PERCENT, { file: 'ExampleActors.csv' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.id).toBe('exampleactors');
    expect(parsed.value.actors.map((a) => [a.id, a.capability])).toEqual([
      ['north', 0.5],
      ['south', 0.3],
      ['east', 0.2],
    ]);
    const issue = parsed.value.issues[0]!;
    expect([issue.scale.min, issue.scale.max]).toEqual([4, 10]);
    expect(issue.positions.east).toEqual({ position: 7, salience: 100 });
    expect(parsed.diagnostics).toEqual([]);
  });

  it('scales 0-1 saliences (the jmckib layout) to 0-100 and says so', () => {
    const parsed = importBdmCsv(FRACTION);
    expect(parsed.ok && parsed.value.issues[0]!.positions.north).toEqual({
      position: 4,
      salience: 80,
    });
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['bdm-salience-scale']);
  });

  it('accepts columns in any order and honours a given scale and issue name', () => {
    const parsed = importBdmCsv('Position,Salience,Actor,Capability\n3,50,A,1\n6,60,B,2\n', {
      issue: { id: 'years', name: 'Years to standard' },
      scale: { min: 0, max: 10 },
    });
    expect(parsed.ok && parsed.value.issues[0]).toEqual(
      expect.objectContaining({
        id: 'years',
        name: 'Years to standard',
        scale: { min: 0, max: 10, low: '0', high: '10' },
      }),
    );
  });

  it('lists missing columns and bad numbers with their positions', () => {
    expect(importBdmCsv('Actor,Capability,Position\nA,1,2\n').diagnostics[0]).toEqual(
      expect.objectContaining({
        code: 'bdm-csv-header',
        message: expect.stringContaining('missing salience'),
      }),
    );
    const bad = importBdmCsv('Actor,Capability,Position,Salience\nA,1,2,50\nB,-1,x,50\n', {
      file: 'b.csv',
    });
    expect(bad.diagnostics.map((d) => [d.code, d.path, d.line, d.col])).toEqual([
      ['bdm-negative', 'actors[1].capability', 3, 3],
      ['bdm-number', 'actors[1].position', 3, 6],
    ]);
  });

  it('points a short or truncated row at its end and a long row at its first extra field', () => {
    const short = importBdmCsv('Actor,Capability,Position,Salience\nA,1,2,50\nB,1,2');
    expect(short.ok).toBe(false);
    expect(short.diagnostics.map((d) => [d.code, d.path, d.line, d.col])).toEqual([
      ['bdm-csv-columns', 'actors[1]', 3, 6],
    ]);
    expect(short.diagnostics[0]!.message).toBe(
      'found 3 fields; the header has 4 (Actor, Capability, Position, Salience)',
    );
    const long = importBdmCsv('Actor,Capability,Position,Salience\nA,1,2,50,9\n');
    expect(long.diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([
      ['bdm-csv-columns', 2, 10],
    ]);
  });
});
