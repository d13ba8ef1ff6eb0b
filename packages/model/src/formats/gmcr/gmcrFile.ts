/**
 * The GMCR+ (gmcr-py) save format, `.gmcr`: a JSON object written by gmcr-py's "Save".
 *
 *     { "options": [{ "name", "permittedDirection": "both" | "fwd" | "back" }],
 *       "decisionMakers": [{ "name", "options": [optionIndex], "preferences": [Cond | Compound],
 *                            "misperceptions": [Cond], "preferenceRanking": [state | [state, …]],
 *                            "payoffs": [int] }],
 *       "infeasibles": [Cond], "useManualPreferenceRanking": bool,
 *       "coalitions": [dmIndex | [dmIndex, …]], "program": "gmcr-py", "version": "0.4.1" }
 *
 * Cond = `[[optionIndex, "Y" | "N"], …]` (an AND of literals); Compound =
 * `{"compound": true, "members": [Cond, …]}` (an OR of Conds). Option indices are 0-based
 * positions in `options`; state numbers in rankings are 1-based ranks of the state decimals
 * (option k at Y adds 2^k) among the feasible decimals.
 *
 * Reference: onp/gmcr-py v0.4.1 (GMCR+, Kinsara, Petersons, Hipel & Kilgour), its save files and
 * `savefile-schema.json`; summarised in docs/gmcr-interop.md.
 */

/** `fwd`: may only be taken (N→Y); `back`: may only be withdrawn (Y→N). */
export type GmcrDirection = 'both' | 'fwd' | 'back';

/** `[optionIndex, "Y" | "N"]`. */
export type GmcrLiteral = [number, 'Y' | 'N'];

/** A simple condition: every literal holds. */
export type GmcrCondition = GmcrLiteral[];

/** A compound condition: at least one member holds. */
export interface GmcrCompound {
  compound: true;
  members: GmcrCondition[];
}

export type GmcrAnyCondition = GmcrCondition | GmcrCompound;

/** A state number, or a group of equally preferred state numbers. */
export type GmcrRankingEntry = number | number[];

export interface GmcrOption {
  name: string;
  permittedDirection: GmcrDirection;
}

export interface GmcrDecisionMaker {
  name: string;
  options: number[];
  preferences: GmcrAnyCondition[];
  misperceptions: GmcrAnyCondition[];
  preferenceRanking?: GmcrRankingEntry[];
}

/** A `.gmcr` file after structural validation, legacy keys folded into the current ones. */
export interface GmcrFile {
  decisionMakers: GmcrDecisionMaker[];
  /** A partition of the decision makers by index; absent means singletons. */
  coalitions?: (number | number[])[];
  options: GmcrOption[];
  infeasibles: GmcrAnyCondition[];
  useManualPreferenceRanking: boolean;
  program?: string;
  version?: string;
}

/** What Parley writes into `program`/`version`: the gmcr-py release whose format it follows. */
export const GMCR_PROGRAM = 'gmcr-py';
export const GMCR_VERSION = '0.4.1';

export const isCompound = (c: GmcrAnyCondition): c is GmcrCompound => !Array.isArray(c);

/** The members of a condition as ANDs of literals (a simple condition is its own only member). */
export const conditionMembers = (c: GmcrAnyCondition): GmcrCondition[] =>
  isCompound(c) ? c.members : [c];

/**
 * GMCR+'s identity for a condition: its Y/N/dash pattern (a later literal on the same option
 * overwrites an earlier one), or for a compound the sorted member patterns joined by ", ".
 * GMCR+ silently ignores a condition whose name is already in the list.
 */
export function gmcrConditionName(c: GmcrAnyCondition, optionCount: number): string {
  const pattern = (cond: GmcrCondition): string => {
    const letters = Array.from({ length: optionCount }, () => '-');
    for (const [option, taken] of cond) letters[option] = taken;
    return letters.join('');
  };
  if (!isCompound(c)) return pattern(c);
  return c.members.map(pattern).sort().join(', ');
}
