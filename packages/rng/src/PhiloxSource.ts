import { formatValue } from '@nninit/internal';
import { computeWords } from './internal/philox/computeWords.js';
import { philoxBlock } from './internal/philox/philoxBlock.js';
import { philoxFill } from './internal/philox/philoxFill.js';
import { DOMAIN_FORK_NUMBER, DOMAIN_FORK_STRING, DOMAIN_RAW } from './internal/philox/streamLayout.js';
import { IDENTITY } from './internal/sampling/Affine.js';
import { validateTruncatedRange, ZIGGURAT_LARGEST } from './internal/sampling/finiteRange.js';
import { validateFloatArray, validateInterval, validateSize } from './internal/validation.js';
import type { RandomSource } from './RandomSource.js';

/**
 * A {@link RandomSource} on Philox4x32-10 keys: the default randomness of nninit.
 *
 * A source is a key and a position. Element i of the stream (i counts elements from the start,
 * across calls) is a pure function of (key, i) — stream layout version 1, see streamLayout.ts —
 * so a fill done at once, in pieces, or by several workers (each using {@link PhiloxSource.at}) gives
 * the same bits. {@link PhiloxSource.fork} and {@link PhiloxSource.split} derive independent child keys
 * (one per layer, per dataset, per worker) without touching the parent's stream.
 *
 * Create one with {@link philox}.
 */
export class PhiloxSource implements RandomSource {
  /**
   * The most children {@link PhiloxSource.split} makes at once: 2²⁰, far more than layers or
   * workers; fork(i) gives any single child of a larger family.
   */
  static readonly MAX_SPLIT = 2 ** 20;

  /** The key (k₀, k₁). */
  readonly key: readonly [number, number];
  #position: number;

  /** A source with this key, at `position` (default 0). Use {@link philox} to start from a seed. */
  constructor(key: readonly [number, number], position = 0) {
    validateKey(key);
    validateSize('PhiloxSource', 'position', position);
    this.key = Object.freeze([key[0], key[1]]) as readonly [number, number];
    this.#position = position;
  }

  /** How many elements this source has produced: the index of the next one. */
  get position(): number {
    return this.#position;
  }

  /** The same key at another position, e.g. the start of a worker's piece. The source itself is not moved. */
  at(position: number): PhiloxSource {
    validateSize('PhiloxSource.at', 'position', position);
    return new PhiloxSource(this.key, position);
  }

  /** Advances the stream by n elements without computing them: what a fill of n would consume. */
  skip(n: number): void {
    validateSize('PhiloxSource.skip', 'n', n);
    this.#advance(n);
  }

  /**
   * An independent child source for a label, at position 0: a layer name, a purpose, a worker
   * index. The same label always gives the same child; the parent's own stream is unaffected.
   * Child key = the first two output words of Philox4x32(counter = label, key = parent key), chained
   * over the label's UTF-8 bytes four at a time (like JAX's `fold_in`).
   */
  fork(label: string | number): PhiloxSource {
    const [k0, k1] = this.key;
    const out = new Uint32Array(4);
    if (typeof label === 'number') {
      validateSize('PhiloxSource.fork', 'label', label);
      philoxBlock(label % 2 ** 32, Math.floor(label / 2 ** 32), 0, DOMAIN_FORK_NUMBER, k0, k1, out, 0);
      return new PhiloxSource([out[0] as number, out[1] as number]);
    }
    if (typeof label !== 'string') {
      throw new TypeError(
        `PhiloxSource.fork: label must be a string or a non-negative integer, got ${formatValue(label)}`,
      );
    }
    const bytes = new TextEncoder().encode(label);
    let key0 = k0,
      key1 = k1;
    for (let j = 0; j === 0 || 4 * j < bytes.length; j++) {
      const word =
        ((bytes[4 * j] ?? 0) |
          ((bytes[4 * j + 1] ?? 0) << 8) |
          ((bytes[4 * j + 2] ?? 0) << 16) |
          ((bytes[4 * j + 3] ?? 0) << 24)) >>>
        0;
      philoxBlock(word, j, bytes.length, DOMAIN_FORK_STRING, key0, key1, out, 0);
      key0 = out[0] as number;
      key1 = out[1] as number;
    }
    return new PhiloxSource([key0, key1]);
  }

  /** `count` independent children: `[fork(0), fork(1), …]`, for count ≤ {@link PhiloxSource.MAX_SPLIT} (2²⁰). */
  split(count: number): PhiloxSource[] {
    validateSize('PhiloxSource.split', 'count', count);
    if (count > PhiloxSource.MAX_SPLIT) {
      throw new RangeError(`PhiloxSource.split: count must be at most 2^20 = ${PhiloxSource.MAX_SPLIT}, got ${count}`);
    }
    return Array.from({ length: count }, (_, i) => this.fork(i));
  }

  fillUniform(out: Float32Array | Float64Array): void {
    validateFloatArray('PhiloxSource.fillUniform', 'out', out);
    philoxFill(UNIFORM, this.key[0], this.key[1], this.#advance(out.length), out);
  }

  fillNormal(out: Float32Array | Float64Array): void {
    validateFloatArray('PhiloxSource.fillNormal', 'out', out);
    philoxFill(NORMAL, this.key[0], this.key[1], this.#advance(out.length), out);
  }

  fillTruncatedNormal(out: Float32Array | Float64Array, low: number, high: number): void {
    validateFloatArray('PhiloxSource.fillTruncatedNormal', 'out', out);
    validateInterval('PhiloxSource.fillTruncatedNormal', low, high, true);
    validateTruncatedRange(
      'PhiloxSource.fillTruncatedNormal',
      out instanceof Float32Array,
      0,
      1,
      low,
      high,
      ZIGGURAT_LARGEST,
    );
    const plan = { kind: 'truncatedNormal', transform: IDENTITY, low, high } as const;
    philoxFill(plan, this.key[0], this.key[1], this.#advance(out.length), out);
  }

  /**
   * Raw 32-bit words (a separate domain of the stream: word j is word j mod 4 of counter block
   * ⌊j/4⌋), for external test batteries such as dieharder.
   */
  fillUint32(out: Uint32Array): void {
    if (!(out instanceof Uint32Array)) {
      throw new TypeError(`PhiloxSource.fillUint32: out must be a Uint32Array, got ${formatValue(out)}`);
    }
    const start = this.#advance(out.length);
    for (let done = 0; done < out.length; ) {
      const block = Math.floor((start + done) / 4);
      const skip = start + done - 4 * block;
      const wanted = Math.ceil((skip + out.length - done) / 4);
      const { words, n } = computeWords(this.key[0], this.key[1], 0, DOMAIN_RAW, block, wanted);
      const count = Math.min(out.length - done, 4 * n - skip);
      out.set(words.subarray(skip, skip + count), done);
      done += count;
    }
  }

  /** Reserves n elements and returns the index of the first. */
  #advance(n: number): number {
    const start = this.#position;
    if (start + n > Number.MAX_SAFE_INTEGER) {
      throw new RangeError(`PhiloxSource: position must stay below 2^53, got ${start} + ${n}`);
    }
    this.#position = start + n;
    return start;
  }
}

const UNIFORM = { kind: 'uniform', transform: IDENTITY, low: 0, high: 1 } as const;
const NORMAL = { kind: 'normal', transform: IDENTITY, low: -Infinity, high: Infinity } as const;

function validateKey(key: unknown): asserts key is readonly [number, number] {
  if (!Array.isArray(key) && !(key instanceof Uint32Array)) {
    throw new TypeError(`PhiloxSource: key must be an array of 2 uint32 words, got ${formatValue(key)}`);
  }
  if (key.length !== 2) throw new RangeError(`PhiloxSource: key must have 2 words, got ${key.length}`);
  for (let i = 0; i < 2; i++) {
    const w: unknown = key[i];
    if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w > 0xffffffff) {
      throw new RangeError(`PhiloxSource: key[${i}] must be an integer in [0, 2^32), got ${String(w)}`);
    }
  }
}
