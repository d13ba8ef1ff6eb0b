/**
 * Deadlines in rounds, optionally also in wall-clock time. Agents see relative time
 * t ∈ [0, 1): the fraction of the turns (or rounds) used so far, or of the time limit if that is
 * larger. Engines have no clock of their own: a time limit needs an injected `now` (seconds), so
 * runs without one are fully deterministic.
 */
import { EngineError } from '../../shared/engineError.ts';

export interface Deadline {
  /** Maximum number of rounds (in SAO a round is one turn per party). */
  rounds: number;
  /** Optional wall-clock limit; `now()` returns seconds on any fixed origin. */
  timeLimit?: { seconds: number; now: () => number };
}

/** Relative time of step `step` of `total`, or of the elapsed time if later. */
export function relativeTimer(deadline: Deadline): (step: number, total: number) => number {
  if (!Number.isInteger(deadline.rounds) || deadline.rounds < 1) {
    throw new EngineError(
      'negotiate/bad-deadline',
      'the deadline needs a whole number of rounds ≥ 1',
    );
  }
  const limit = deadline.timeLimit;
  if (!limit) return (step, total) => step / total;
  const start = limit.now();
  return (step, total) => Math.max(step / total, (limit.now() - start) / limit.seconds);
}
