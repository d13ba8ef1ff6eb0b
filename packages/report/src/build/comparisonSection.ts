/** The Comparison section: the engine's comparison result, carried as it is (plain JSON). */
import type { compare } from '@parley/engines';
import type { ComparisonSection } from '../negotiationReport.ts';

export function comparisonSection(result: compare.ComparisonResult): ComparisonSection {
  return {
    kind: 'comparison',
    id: 'comparison',
    title: 'Architectures compared',
    comparison: result,
  };
}
