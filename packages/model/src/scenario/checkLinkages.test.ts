import { describe, expect, it } from 'vitest';
import { codesAt, toyInput, validateInput } from '../testing/fixtures.ts';
import type { ScenarioInput } from './schema.ts';

/**
 * The toy scenario with a second issue (`steps`) and a third actor (`prc`) who takes a position
 * on sanctions only.
 */
function twoIssues(): ScenarioInput {
  const input = toyInput();
  input.actors.push({ id: 'prc', name: 'China' });
  input.issues![0]!.positions.prc = { position: 60, salience: 60, judgement: true };
  input.issues!.push({
    id: 'steps',
    name: 'Denuclearization steps',
    scale: { low: 'None', high: 'All' },
    positions: {
      usa: { position: 90, salience: 80, judgement: true },
      dprk: { position: 20, salience: 90, judgement: true },
    },
  });
  return input;
}

describe('checkLinkages', () => {
  it('accepts a linkage of two declared issues, warning about an actor with half a package', () => {
    const input = twoIssues();
    input.linkages = [{ id: 'relief-for-steps', issues: ['sanctions', 'steps'], source: 'oped' }];
    expect(codesAt(validateInput(input))).toEqual(['linkage-partial-actor@linkages[0].issues']);
  });

  it('is silent when every actor has a position on every linked issue', () => {
    const input = twoIssues();
    input.issues![1]!.positions.prc = { position: 50, salience: 30, judgement: true };
    input.linkages = [{ id: 'package', issues: ['sanctions', 'steps'] }];
    expect(validateInput(input)).toEqual([]);
  });

  it('reports an unknown issue id with a did-you-mean', () => {
    const input = twoIssues();
    input.linkages = [{ id: 'package', issues: ['sanction', 'steps'] }];
    const [d] = validateInput(input);
    expect(d).toMatchObject({
      code: 'unknown-issue',
      path: 'linkages[0].issues[0]',
      message: 'unknown issue `sanction` in linkage `package`',
      hint: 'did you mean `sanctions`?',
    });
  });

  it('reports duplicate linkage ids and an issue listed twice', () => {
    const input = twoIssues();
    input.issues![1]!.positions.prc = { position: 50, salience: 30, judgement: true };
    input.linkages = [
      { id: 'package', issues: ['sanctions', 'steps'] },
      { id: 'package', issues: ['steps', 'steps'] },
    ];
    expect(codesAt(validateInput(input))).toEqual([
      'duplicate-id@linkages[1].id',
      'duplicate-linked-issue@linkages[1].issues[1]',
    ]);
  });
});
