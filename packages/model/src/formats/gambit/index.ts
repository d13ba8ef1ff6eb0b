export type {
  EfgChanceInfoset,
  EfgGame,
  EfgNode,
  EfgPlayerInfoset,
  GambitOutcome,
  NfgGame,
} from './gambitGame.ts';
export type { ExactNumber, GambitNumber } from './gambitNumber.ts';
export { parseGambitNumber } from './gambitNumber.ts';
export { readNfg, MAX_PAYOFF_ENTRIES } from './readNfg.ts';
export { readEfg } from './readEfg.ts';
export { readGambit } from './readGambit.ts';
export { writeNfg, nfgFromPayoffs, nfgPayoff, type WriteNfgOptions } from './writeNfg.ts';
