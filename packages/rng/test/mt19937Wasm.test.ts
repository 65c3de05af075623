import { readFileSync } from 'node:fs';
import { wasmBinary, wasmText } from '@nninit/internal/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MT19937 } from '../src/internal/mt19937/MT19937.js';
import { mt19937WasmBytes } from '../src/internal/mt19937/mt19937Wasm.js';

const committed = new URL('../src/internal/mt19937/mt19937Wasm.wat', import.meta.url);

describe('the MT19937 WebAssembly kernel and its committed text form', () => {
  it('mt19937Wasm.wat is fresh: it is wasmText of the bytes emitted today (regenerate: pnpm generate)', async () => {
    expect(readFileSync(committed, 'utf8')).toBe(await wasmText(mt19937WasmBytes({ names: true })));
  });

  it('the committed text assembles back to the very bytes the TypeScript emits (without names)', async () => {
    expect(await wasmBinary(readFileSync(committed, 'utf8'))).toEqual(mt19937WasmBytes());
  });
});

/**
 * The reference generator, written from Matsumoto & Nishimura's mt19937ar.c (`init_genrand`,
 * `genrand_int32` with its wrapped-index refill and `mag01` table) independently of the class's
 * loops, in BigInt-free uint32 arithmetic.
 */
function referenceWords(seed: number, count: number): number[] {
  const n = 624;
  const m = 397;
  const mt = new Uint32Array(n);
  mt[0] = seed >>> 0;
  for (let i = 1; i < n; i++) {
    const prev = mt[i - 1] as number;
    mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
  }
  const mag01 = [0, 0x9908b0df];
  let mti = n;
  const words: number[] = [];
  while (words.length < count) {
    if (mti >= n) {
      for (let kk = 0; kk < n; kk++) {
        const y = ((mt[kk] as number) & 0x80000000) | ((mt[(kk + 1) % n] as number) & 0x7fffffff);
        mt[kk] = ((mt[(kk + m) % n] as number) ^ (y >>> 1) ^ (mag01[y & 1] as number)) >>> 0;
      }
      mti = 0;
    }
    let y = mt[mti++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    words.push(y >>> 0);
  }
  return words;
}

describe('MT19937: the WebAssembly twist and conversion equal the reference', () => {
  it('mt19937ar.c known answer: seed 5489 gives 3499211612 first and 4123659995 as the 10000th word', () => {
    // The reference's documented outputs (also C++'s std::mt19937 check value, [rand.predef]).
    const words = referenceWords(5489, 10000);
    expect(words[0]).toBe(3499211612);
    expect(words[9999]).toBe(4123659995);
    const mt = new MT19937(5489);
    const ours = Array.from({ length: 10000 }, () => mt.nextUint32());
    expect(ours).toEqual(words);
  });

  it('words across several refills, and doubles from any word offset, equal the reference (kernel and JavaScript)', () => {
    const uint32 = fc.integer({ min: 0, max: 0xffffffff });
    fc.assert(
      fc.property(
        uint32,
        fc.integer({ min: 0, max: 1300 }),
        // Below 1024 doubles a request stays in JavaScript even where the kernel is available.
        fc.oneof(fc.integer({ min: 1, max: 1023 }), fc.integer({ min: 1024, max: 6000 })),
        (seed, skip, count) => {
          const words = referenceWords(seed, skip + 2 * count);
          const expected = Array.from({ length: count }, (_, i) => {
            const a = (words[skip + 2 * i] as number) >>> 5;
            const b = (words[skip + 2 * i + 1] as number) >>> 6;
            return (a * 67108864 + b) / 9007199254740992;
          });
          for (const kernel of [true, false]) {
            const mt = new MT19937(seed, kernel);
            for (let i = 0; i < skip; i++) expect(mt.nextUint32()).toBe(words[i]);
            const out = new Float64Array(count + 2).fill(-1);
            mt.fillDoubles(out, 1, count + 1);
            expect(out[0]).toBe(-1);
            expect(out[count + 1]).toBe(-1);
            expect([...out.subarray(1, count + 1)]).toEqual(expected);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('generators share the kernel but not their state: interleaved bulk and single draws give each its own stream', () => {
    const a = new MT19937(1);
    const b = new MT19937(2);
    const got: number[][] = [[], []];
    const block = new Float64Array(3000);
    for (let round = 0; round < 4; round++) {
      for (const [g, mt] of [a, b].entries()) {
        got[g]?.push(mt.nextUint32());
        mt.fillDoubles(block, 0, 1500 + round); // in the kernel
        got[g]?.push(...[...block.subarray(0, 1500 + round)].map((d) => d * 2 ** 53));
      }
    }
    const expected = (seed: number): number[] => {
      const words = referenceWords(seed, 20000);
      const values: number[] = [];
      let k = 0;
      for (let round = 0; round < 4; round++) {
        values.push(words[k++] as number);
        for (let d = 0; d < 1500 + round; d++, k += 2) {
          values.push(((words[k] as number) >>> 5) * 67108864 + ((words[k + 1] as number) >>> 6));
        }
      }
      return values;
    };
    expect(got).toEqual([expected(1), expected(2)]);
  });
});
