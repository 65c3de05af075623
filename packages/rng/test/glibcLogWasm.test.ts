import { instantiateWasm } from '@nninit/internal/testing';
import { wasm, wasmModule } from '@nninit/internal/wasm';
import { RandomState } from '@nninit/rng';
import { describe, expect, it } from 'vitest';
import { glibcLog } from '../src/internal/glibcLog/glibcLog.js';
import { glibcLogWasm, glibcLogWasmTable } from '../src/internal/glibcLog/glibcLogWasm.js';
import { MT19937 } from '../src/internal/mt19937/MT19937.js';
import { chunkedSha256, readGolden } from './helpers/golden.js';

interface LogGolden {
  log: {
    seed: number;
    n: number;
    chunk: number;
    unit: { first: number[]; sha256: string[] };
    notCorrectlyRounded: [number, number][];
  };
}
const { log: golden } = readGolden<LogGolden>('numpy-golden.json');

/**
 * The inlined fast path alone, as a function `log(x)` that returns glibc's log(x), or NaN where
 * the fast path defers to the exact JavaScript function; its table at byte 0.
 */
function fastLog(): (x: number) => number {
  const [X, RESULT] = [0, 1];
  const [OK, K] = [2, 3];
  const bytes = wasmModule([
    {
      name: 'log',
      params: [wasm.f64],
      results: [wasm.f64],
      locals: [
        [1, wasm.f64],
        [2, wasm.i32],
        [12, wasm.f64],
      ],
      body: [
        ...glibcLogWasm({ x: X, result: RESULT, ok: OK, k: K, f: Array.from({ length: 12 }, (_, i) => 4 + i) }, 0),
        ...wasm.get(RESULT),
        ...wasm.f64Const(Number.NaN),
        ...wasm.get(OK),
        ...wasm.select(), // result if ok, else NaN
      ],
    },
  ]);
  const { exports } = instantiateWasm(bytes);
  const { buffer } = exports.memory as { buffer: ArrayBuffer };
  new Float64Array(buffer, 0, 512).set(glibcLogWasmTable());
  return exports.log as (x: number) => number;
}

describe("the WebAssembly fast path of glibc's log (the polar method's inputs, (0, 1))", () => {
  const log = fastLog();

  it("with the exact JavaScript path where it defers, equals glibc on numpy's 2^20 unit inputs, and defers rarely", () => {
    // The inputs of scripts/numpy_golden.py's "unit" set, rebuilt from the same stream.
    const rs = new RandomState(golden.seed);
    rs.rand(3 * golden.n);
    const xs = rs.rand(golden.n);
    let deferred = 0;
    const ys = xs.map((x) => {
      const y = log(x);
      if (!Number.isNaN(y)) return y;
      deferred++;
      return glibcLog(x);
    });
    expect([...ys.subarray(0, 8)]).toEqual(golden.unit.first);
    expect(chunkedSha256(ys, golden.chunk)).toEqual(golden.unit.sha256);
    // The slow path is exercised, and stays rare: the fast path defers when hi + y lies within
    // 2⁻⁶⁶ of a rounding midpoint, i.e. with probability 2⁻⁶⁶ / ½ulp(log x), up to 2⁻⁸ for the
    // smallest |log x| of the table path; about 1.8·10⁻³ of U(0, 1) inputs.
    expect(deferred).toBeGreaterThan(0);
    expect(deferred).toBeLessThan(golden.n / 256);
  });

  it('never returns a value other than glibc where glibc is not correctly rounded', () => {
    const inUnit = golden.notCorrectlyRounded.filter(([x]) => x > 0 && x < 1);
    expect(inUnit.length).toBeGreaterThan(50);
    for (const [x, y] of inUnit) {
      const fast = log(x);
      if (!Number.isNaN(fast)) expect(fast).toBe(y);
    }
  });
});

describe('MT19937.fillGaussPairs: the WebAssembly polar method equals the JavaScript one', () => {
  it('on 2^20 values from each of three seeds, in calls of many sizes (small ones stay in JavaScript)', () => {
    for (const seed of [0, 7, 4294967295]) {
      const kernel = new MT19937(seed);
      const js = new MT19937(seed, false);
      const a = new Float64Array(2 ** 20);
      const b = new Float64Array(2 ** 20);
      for (let i = 0; i < a.length; ) {
        const to = Math.min(a.length, i + 1 + ((i * 997) % 9001));
        const end = kernel.fillGaussPairs(a, i, to, 0, 1);
        expect(js.fillGaussPairs(b, i, to, 0, 1)).toBe(end);
        // An odd request leaves its last value to the caller (the cached second Gaussian).
        expect(end).toBe(to - ((to - i) % 2));
        i = end === i ? to : end;
      }
      expect([...a]).toEqual([...b]);
      // The streams end in the same place.
      expect(kernel.nextUint32()).toBe(js.nextUint32());
    }
  });
});
