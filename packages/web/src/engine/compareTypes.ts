/**
 * The architecture comparison as the engines compute it (engines/compare/compareTypes.ts).
 * Imported by path until @parley/engines exports the comparison types from its index.
 */
export type { ComparisonResult as CompareViewData } from '../../../engines/src/compare/compareTypes.ts';
