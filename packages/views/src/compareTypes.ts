/** The architecture comparison as the engines compute it (engines/compare/compareTypes.ts). */
import type { compare } from '@parley/engines';

export type CompareViewData = compare.ComparisonResult;
