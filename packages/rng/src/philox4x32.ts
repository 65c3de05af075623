import { formatValue } from '@nninit/internal';
import { philoxBlock } from './internal/philox/philoxBlock.js';

/**
 * The Philox4x32-10 block function: a keyed bijection of 128-bit counters (Salmon, Moraes, Dror
 * and Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC 2011). Ten rounds of two 32×32→64
 * multiplications; the output passes BigCrush for any counter sequence, which is what lets every
 * random value in nninit be a pure function of (key, counter).
 *
 * @param counter - four uint32 words c₀..c₃
 * @param key - two uint32 words k₀, k₁
 * @returns the four output words, as uint32
 *
 * @example
 * ```ts
 * [...philox4x32([0, 0, 0, 0], [0, 0])].map((w) => w.toString(16));
 * // ['6627e8d5', 'e169c58d', 'bc57ac4c', '9b00dbd8']   (Random123 known-answer vector)
 * ```
 */
export function philox4x32(counter: ArrayLike<number>, key: ArrayLike<number>): Uint32Array {
  validateWords(counter, 4, 'counter');
  validateWords(key, 2, 'key');
  const out = new Uint32Array(4);
  philoxBlock(
    counter[0] as number,
    counter[1] as number,
    counter[2] as number,
    counter[3] as number,
    key[0] as number,
    key[1] as number,
    out,
    0,
  );
  return out;
}

function validateWords(words: ArrayLike<number>, length: number, name: string): void {
  if (words === null || typeof words !== 'object' || typeof words.length !== 'number') {
    throw new TypeError(`philox4x32: ${name} must be an array of ${length} uint32 words, got ${formatValue(words)}`);
  }
  if (words.length !== length) {
    throw new RangeError(`philox4x32: ${name} must have ${length} words, got ${words.length}`);
  }
  for (let i = 0; i < length; i++) {
    const w: unknown = words[i];
    if (typeof w !== 'number') {
      throw new TypeError(`philox4x32: ${name}[${i}] must be a number, got ${formatValue(w)}`);
    }
    if (!Number.isInteger(w) || w < 0 || w > 0xffffffff) {
      throw new RangeError(`philox4x32: ${name}[${i}] must be an integer in [0, 2^32), got ${w}`);
    }
  }
}
