import { readFileSync } from 'node:fs';
import { instantiateWasm, wasmBinary, wasmText } from '@nninit/internal/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeUniform32,
  computeUniform64,
  computeWords,
  uniform32FromWords,
  uniform64FromWords,
} from '../src/internal/philox/computeWords.js';
import { philoxBlock } from '../src/internal/philox/philoxBlock.js';
import { philoxWasmBytes } from '../src/internal/philox/philoxWasmBytes.js';
import { uniform53 } from '../src/internal/philox/streamLayout.js';

const committed = new URL('../src/internal/philox/philoxWasm.wat', import.meta.url);

describe('the Philox WebAssembly kernel and its committed text form', () => {
  it('philoxWasm.wat is fresh: it is wasmText of the bytes emitted today (regenerate: pnpm generate)', async () => {
    expect(readFileSync(committed, 'utf8')).toBe(await wasmText(philoxWasmBytes({ names: true })));
  });

  it('the committed text assembles back to the very bytes the TypeScript emits (without names)', async () => {
    expect(await wasmBinary(readFileSync(committed, 'utf8'))).toEqual(philoxWasmBytes());
  });

  it('the names are 7 parameters and 40 locals, one each', () => {
    // Guards the name table against drifting from the locals it names.
    const text = readFileSync(committed, 'utf8');
    expect(text).toContain('(func $philox (type 0) (param $k0 i32) (param $k1 i32)');
    expect(text).toContain('(local $ptr i32) (local $round i32)');
    expect(text).toContain('(local $d_h1 v128)');
    expect(text).not.toContain('$e_');
  });
});

// The float64 uniform kernel converts in SIMD (f64x2 from shifted words); layout 1 defines each
// value by numpy's scalar formula on the block's words. Both kernels must give those bits.
describe('computeUniform64 and computeUniform32: the uniforms of counter blocks', () => {
  const uint32 = fc.integer({ min: 0, max: 0xffffffff });
  it('equals uniform53 of philoxBlock words, block by block, across the 2^32 carry', () => {
    fc.assert(
      fc.property(
        uint32,
        uint32,
        fc.oneof(fc.integer({ min: 0, max: 2 ** 40 }), fc.constant(2 ** 32 - 3), fc.constant(2 ** 53 - 20)),
        fc.integer({ min: 1, max: 19 }),
        (k0, k1, first, n) => {
          const { values, n: got } = computeUniform64(k0, k1, 0, first, n);
          const expected64: number[] = [];
          const expected32: number[] = [];
          const words = new Uint32Array(4);
          for (let b = 0; b < got; b++) {
            const block = first + b;
            philoxBlock(block % 2 ** 32, Math.floor(block / 2 ** 32), 0, 0, k0, k1, words, 0);
            expected64.push(uniform53(words[0] as number, words[1] as number));
            expected64.push(uniform53(words[2] as number, words[3] as number));
            expected32.push(((words[0] as number) >>> 8) * 2 ** -24, ((words[2] as number) >>> 8) * 2 ** -24);
          }
          expect([...values.subarray(0, 2 * got)]).toEqual(expected64);
          const floats = computeUniform32(k0, k1, 0, first, n);
          expect(floats.n).toBe(got);
          expect([...floats.values.subarray(0, 2 * got)]).toEqual(expected32);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the JavaScript fallback converts the same words to the same values', () => {
    const { words } = computeWords(7, 9, 0, 0, 123456789, 2048);
    const copy = new Uint32Array(words.subarray(0, 4 * 2048));
    const out = new Float64Array(2 * 2048);
    uniform64FromWords(copy, 2048, out);
    const { values } = computeUniform64(7, 9, 0, 123456789, 2048);
    expect([...out]).toEqual([...values.subarray(0, 2 * 2048)]);
    const floats = new Float32Array(2 * 2048);
    uniform32FromWords(copy, 2048, floats);
    expect([...floats]).toEqual([...computeUniform32(7, 9, 0, 123456789, 2048).values.subarray(0, 2 * 2048)]);
  });
});

// `pnpm bench philox-kernel` times the kernel with three and four interleaved groups beside the
// product's two; its rows only compare like with like if every variant computes the same blocks.
describe('philoxWasmBytes({ groupsPerIteration }): the interleaving changes the schedule, not the blocks', () => {
  it.each([1, 2, 3, 4])('%i group(s) of four blocks: each block is philoxBlock of its counter', (groups) => {
    const { exports } = instantiateWasm(philoxWasmBytes({ groupsPerIteration: groups }));
    const run = exports.philox as (...args: number[]) => void;
    const lo = 2 ** 32 - 100; // the kernel's last blocks before the low counter word wraps
    const blocks = 96;
    run(0xdeadbeef, 0x01234567, 5, 6, 7, lo, Math.ceil(blocks / (4 * groups)));
    const got = new Uint32Array((exports.memory as { buffer: ArrayBuffer }).buffer, 0, 4 * blocks);
    const expected = new Uint32Array(4 * blocks);
    for (let j = 0; j < blocks; j++) philoxBlock(lo + j, 5, 6, 7, 0xdeadbeef, 0x01234567, expected, 4 * j);
    expect([...got]).toEqual([...expected]);
  });
});
