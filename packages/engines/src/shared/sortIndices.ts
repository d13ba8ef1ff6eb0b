/**
 * Index sorts by a Float64 key: an LSD radix sort over the key's IEEE-754 bit pattern (four
 * 16-bit digits), which is stable, O(n) and about ten times faster than
 * `Uint32Array.prototype.sort` with a comparator on 10^5–10^6 keys. Negotiation engines sort
 * every party's outcomes by utility once per session, so this sits on a hot path.
 *
 * Order-preserving transform (Knuth, TAOCP 3, §5.2.5; the usual "flip" trick): a non-negative
 * double gets its sign bit set, a negative one has all bits complemented; the resulting unsigned
 * 64-bit integers compare like the doubles (−0 is read as +0). NaN keys are a programmer error.
 */
import { EngineError } from './engineError.ts';

/** Below this many keys a comparator sort beats the radix sort's 1 MB of digit counts. */
const SMALL = 2048;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/**
 * Indices `0..keys.length-1` (or the given `subset` of indices) ordered by descending key; equal
 * keys keep ascending index order.
 */
export function sortIndicesDescending(keys: Float64Array, subset?: Uint32Array): Uint32Array {
  return sortIndices(keys, subset, true);
}

/** Like {@link sortIndicesDescending}, ascending. */
export function sortIndicesAscending(keys: Float64Array, subset?: Uint32Array): Uint32Array {
  return sortIndices(keys, subset, false);
}

function sortIndices(
  keys: Float64Array,
  subset: Uint32Array | undefined,
  descending: boolean,
): Uint32Array {
  const n = subset ? subset.length : keys.length;
  let idx = new Uint32Array(n);
  if (subset) idx.set(subset);
  else for (let i = 0; i < n; i++) idx[i] = i;
  if (n < 2) return idx;
  if (n < SMALL) return comparatorSort(keys, idx, descending);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  encodeKeys(keys, idx, hi, lo, descending);
  // All four digit histograms in one pass; a pass whose digit is the same for every key is
  // skipped (utilities in [0, 1] share their top exponent bits).
  const counts = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    counts[lo[i]! & 0xffff]!++;
    counts[65536 + (lo[i]! >>> 16)]!++;
    counts[131072 + (hi[i]! & 0xffff)]!++;
    counts[196608 + (hi[i]! >>> 16)]!++;
  }
  let idx2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  for (let pass = 0; pass < 4; pass++) {
    const count = counts.subarray(pass * 65536, (pass + 1) * 65536);
    if (count.includes(n)) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    const word = pass < 2 ? lo : hi;
    const shift = (pass & 1) * 16;
    for (let i = 0; i < n; i++) {
      const at = count[(word[i]! >>> shift) & 0xffff]!++;
      idx2[at] = idx[i]!;
      hi2[at] = hi[i]!;
      lo2[at] = lo[i]!;
    }
    [idx, idx2] = [idx2, idx];
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
  }
  return idx;
}

function comparatorSort(keys: Float64Array, idx: Uint32Array, descending: boolean): Uint32Array {
  for (const j of idx)
    if (Number.isNaN(keys[j]!)) throw new EngineError('sort/nan-key', `key ${j} is NaN`);
  const position = new Map<number, number>();
  idx.forEach((j, p) => position.set(j, p));
  const sign = descending ? -1 : 1;
  return idx.sort((a, b) => sign * (keys[a]! - keys[b]!) || position.get(a)! - position.get(b)!);
}

/** Writes the order-preserving (or, descending, order-reversing) 64-bit image of each key. */
function encodeKeys(
  keys: Float64Array,
  idx: Uint32Array,
  hi: Uint32Array,
  lo: Uint32Array,
  descending: boolean,
): void {
  const words = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2);
  for (let i = 0; i < idx.length; i++) {
    const j = idx[i]!;
    const k = keys[j]!;
    if (Number.isNaN(k)) throw new EngineError('sort/nan-key', `key ${j} is NaN`);
    let h = words[2 * j + HI]!;
    let l = words[2 * j + LO]!;
    if (k === 0) {
      h = 0x80000000; // −0 sorts as +0
      l = 0;
    } else if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else {
      h |= 0x80000000;
    }
    if (descending) {
      h = ~h;
      l = ~l;
    }
    hi[i] = h >>> 0;
    lo[i] = l >>> 0;
  }
}
