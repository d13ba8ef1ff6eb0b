import { describe, expect, it } from 'vitest';
import { csvFormat } from './forecastInput.ts';
import { BDM_CSV, KTAB_CSV } from './testing/forecastFixtures.ts';

describe('csvFormat', () => {
  it('recognises the BDM actor table by its header, in any column order and case', () => {
    expect(csvFormat(BDM_CSV)).toBe('bdm-csv');
    expect(csvFormat('\uFEFFSalience,"actor",POSITION,Capability\r\nA,1,2,3\r\n')).toBe('bdm-csv');
  });

  it('reads old Mac line ends (CR only), as one open BDM port ships its example', () => {
    expect(csvFormat('Actor,Capability,Position,Salience\rNorth,0.5,4,80\r')).toBe('bdm-csv');
  });

  it('takes anything else for KTAB, whose first line names the scenario', () => {
    expect(csvFormat(KTAB_CSV)).toBe('ktab-csv');
  });
});
