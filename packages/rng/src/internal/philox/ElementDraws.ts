import { philoxBlock } from './philoxBlock.js';

const TWO_POW_32 = 2 ** 32;

/**
 * The extra draws d = 1, 2, … of one element of a Philox fill (see streamLayout.ts): each
 * {@link ElementDraws.next} computes one counter block and exposes the element's 64 bits as
 * `a` (high word) and `b` (low word). One instance is reused across the elements of a fill.
 */
export class ElementDraws {
  a = 0;
  b = 0;
  #k0 = 0;
  #k1 = 0;
  #domain = 0;
  #blockLo = 0;
  #blockHi = 0;
  #half = 0;
  #draw = 0;
  readonly #words = new Uint32Array(4);

  /** Points at element `index` of the stream with key (k0, k1) in `domain`; the next draw is 1. */
  reset(k0: number, k1: number, domain: number, index: number): void {
    const block = Math.floor(index / 2);
    this.#k0 = k0;
    this.#k1 = k1;
    this.#domain = domain;
    this.#blockLo = block % TWO_POW_32;
    this.#blockHi = Math.floor(block / TWO_POW_32);
    this.#half = 2 * (index % 2);
    this.#draw = 0;
  }

  /** Loads the element's next draw into `a`, `b`. */
  next(): void {
    this.#draw++;
    philoxBlock(this.#blockLo, this.#blockHi, this.#draw, this.#domain, this.#k0, this.#k1, this.#words, 0);
    this.a = this.#words[this.#half] as number;
    this.b = this.#words[this.#half + 1] as number;
  }

  /** The next draw as a uniform in (0, 1]: never 0, so its logarithm is finite. */
  nextOpenUniform(): number {
    this.next();
    return 1 - ((this.a >>> 5) * 67108864 + (this.b >>> 6)) * 2 ** -53;
  }
}
