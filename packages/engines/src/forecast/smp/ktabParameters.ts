/**
 * Spatial-model settings from a KTAB XML scenario's `ModelParameters`, `prngSeed` and
 * `IdealAdjustment` (as returned by @parley/model's readKtabXml). Parley's setting names and
 * values are KTAB's, so the parameters map one to one; the accommodation pairs become the
 * matrix A (identity where the file says nothing, as KTAB starts from the identity).
 */
import type { SmpSettings } from './smpSettings.ts';

/** The parts of a KTAB document this needs (structurally, to keep engines off model internals). */
export interface KtabModelParts {
  parameters: Record<string, string>;
  seed?: string;
  actors: readonly { name: { value: string } }[];
  idealAdjustment: readonly {
    adjustingIdeal: { value: string };
    referencePos: { value: string };
    adjust: { value: number };
  }[];
}

const KEYS: Record<string, keyof SmpSettings> = {
  VictoryProbModel: 'victoryProbModel',
  PCEModel: 'pceModel',
  StateTransitions: 'stateTransitions',
  VotingRule: 'votingRule',
  BigRAdjust: 'bigRAdjust',
  BigRRange: 'bigRRange',
  ThirdPartyCommit: 'thirdPartyCommit',
  InterVecBrgn: 'interVecBrgn',
  BargnModel: 'bargnModel',
};

export function smpSettingsFromKtab(doc: KtabModelParts): Partial<SmpSettings> {
  const settings: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(doc.parameters)) {
    const key = KEYS[name];
    if (key) settings[key] = value;
  }
  if (doc.seed) settings.seed = Number(BigInt.asUintN(32, BigInt(doc.seed)));
  if (doc.idealAdjustment.length > 0) {
    const index = new Map(doc.actors.map((a, i) => [a.name.value, i]));
    const n = doc.actors.length;
    const matrix: number[][] = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
    );
    for (const pair of doc.idealAdjustment) {
      const i = index.get(pair.adjustingIdeal.value);
      const j = index.get(pair.referencePos.value);
      if (i !== undefined && j !== undefined) matrix[i]![j] = pair.adjust.value;
    }
    settings.accommodation = matrix;
  }
  return settings as Partial<SmpSettings>;
}
