import { tensor } from '@nninit/tensor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/internal/engine/Engine.js';
import { forwardLayer } from '../src/internal/engine/kernels/forwardLayer.js';
import { inputGradient } from '../src/internal/engine/kernels/inputGradient.js';
import { weightGradient } from '../src/internal/engine/kernels/weightGradient.js';
import { forwardLayerWasm } from '../src/internal/engine/wasm/forwardLayerWasm.js';
import { inputGradientWasm } from '../src/internal/engine/wasm/inputGradientWasm.js';
import { type WasmWorkspace, wasmWorkspace } from '../src/internal/engine/wasm/wasmWorkspace.js';
import type { OutputActivation } from '../src/model/Activation.js';

// The WebAssembly SIMD product kernels must store exactly the JavaScript kernels' numbers: the
// trainer's results (numpy goldens, pinned demo numbers, Node = Chromium) rest on them.

/** Same value in every element, ±0 told apart (Object.is), any NaN equal to any NaN. */
function firstDifference(a: Float64Array, b: Float64Array): number {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

/** Doubles with the cases that tell orders and signs apart: ±0, subnormals, huge and tiny, cancellations. */
const value = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -4, max: 4, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e16, -1e16, 1, -1, 5e-324, -5e-324, 3e300, -3e300, 2 ** -1022) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
);

/** A layer's product: shapes with odd unit counts, padded rows (stride > cols) and a partial last tile of examples. */
const product = fc
  .record({
    nOut: fc.integer({ min: 1, max: 9 }),
    nIn: fc.integer({ min: 1, max: 9 }),
    count: fc.integer({ min: 1, max: 23 }),
    pad: fc.constantFrom(0, 4),
    relu: fc.boolean(),
    round: fc.boolean(),
    seed: fc.integer(),
  })
  .chain((s) => {
    const cols = Math.ceil(s.count / 4) * 4;
    const stride = cols + s.pad;
    const rows = Math.max(s.nOut, s.nIn);
    const array = (n: number) => fc.array(value, { minLength: n, maxLength: n }).map((v) => Float64Array.from(v));
    return fc.record({
      nOut: fc.constant(s.nOut),
      nIn: fc.constant(s.nIn),
      cols: fc.constant(cols),
      stride: fc.constant(stride),
      relu: fc.constant(s.relu),
      round: fc.constant(s.round),
      w: array(s.nOut * s.nIn),
      b: array(s.nOut),
      x: array(rows * stride),
      mask: array(rows * stride),
      out: array(rows * stride),
    });
  });
type Product = typeof product extends fc.Arbitrary<infer T> ? T : never;

/** Copies `arrays` into the workspace's memory after a +0.0 at address 0; returns their byte addresses and views. */
function place(ws: WasmWorkspace, arrays: Float64Array[]): { at: number[]; views: Float64Array[] } {
  new Float64Array(ws.buffer, 0, 2).fill(0);
  let offset = 16;
  const at: number[] = [],
    views: Float64Array[] = [];
  for (const a of arrays) {
    const view = new Float64Array(ws.buffer, offset, a.length);
    view.set(a);
    at.push(offset);
    views.push(view);
    offset += Math.ceil((a.length * 8) / 16) * 16;
  }
  return { at, views };
}

const workspace = (): WasmWorkspace => {
  const ws = wasmWorkspace(1 << 20);
  if (ws === null) throw new Error('WebAssembly SIMD is unavailable: these tests need Node 20 or later');
  return ws;
};

/** The forward product both ways; the index of the first differing stored value, or -1. */
function forwardDiffers(p: Product, reference = forwardLayer): number {
  const js = p.out.slice();
  reference(p.w, p.b, p.x, js, p.nOut, p.nIn, p.cols, p.stride, p.relu, p.round);
  const ws = workspace();
  const { at, views } = place(ws, [p.w, p.b, p.x, p.out]);
  const [w, b, x, out] = at as [number, number, number, number];
  forwardLayerWasm(ws, w, b, x, out, p.nOut, p.nIn, p.cols, p.stride * 8, p.relu, p.round);
  return firstDifference(js, views[3] as Float64Array);
}

/** The backward product both ways (units nOut → inputs nIn); the first differing stored value, or -1. */
function backwardDiffers(p: Product): number {
  const js = p.out.slice();
  inputGradient(p.w, p.x, p.mask, js, p.nOut, p.nIn, p.cols, p.stride, p.relu, p.round);
  const ws = workspace();
  const { at, views } = place(ws, [p.w, p.x, p.mask, p.out]);
  const [w, x, mask, out] = at as [number, number, number, number];
  inputGradientWasm(ws, w, 0, x, mask, out, p.nOut, p.nIn, p.cols, p.stride * 8, p.relu, p.round);
  return firstDifference(js, views[3] as Float64Array);
}

/** The parameter gradients both ways (dz: nOut rows, a: nIn rows); the first differing value of dW then db, or -1. */
function weightGradientDiffers(p: Product): number {
  const dw = p.w.map(() => 7),
    db = p.b.map(() => 7);
  weightGradient(p.x, p.mask, dw, db, p.nOut, p.nIn, p.cols, p.stride);
  const ws = workspace();
  const { at, views } = place(ws, [p.x, p.mask, dw.map(() => 7), db.map(() => 7)]);
  const [x, mask, w, b] = at as [number, number, number, number];
  ws.weightGradient(x, mask, w, b, p.nOut, p.nIn, p.cols, p.stride * 8);
  const first = firstDifference(dw, views[2] as Float64Array);
  if (first !== -1) return first;
  const bias = firstDifference(db, views[3] as Float64Array);
  return bias === -1 ? -1 : dw.length + bias;
}

/**
 * forwardLayer with the sum over p run backwards: the same terms in another order, as a kernel
 * vectorised along the sum would give. The canary below shows the property refuses it.
 */
function reorderedForward(
  w: Float64Array,
  b: Float64Array,
  a: Float64Array,
  out: Float64Array,
  nOut: number,
  nIn: number,
  cols: number,
  stride: number,
  relu: boolean,
  round: boolean,
): void {
  for (let i = 0; i < nOut; i++)
    for (let j = 0; j < cols; j++) {
      let s = b[i] as number;
      for (let p = nIn - 1; p >= 0; p--) s += (w[i * nIn + p] as number) * (a[p * stride + j] as number);
      const v = relu && s < 0 ? 0 : s;
      out[i * stride + j] = round ? Math.fround(v) : v;
    }
}

describe('the WebAssembly SIMD product kernels', () => {
  it('are available in Node (so the properties below compare two different implementations)', () => {
    expect(wasmWorkspace(0)).not.toBeNull();
    expect(new Engine('test', network([2, 3, 1], 'float64'), 5, 1).wasm).not.toBeNull();
  });

  it('forward: the same bits as forwardLayer on random shapes and values (odd units, padding, ReLU, float32 rounding)', () => {
    fc.assert(
      fc.property(product, (p) => forwardDiffers(p) === -1),
      { numRuns: 300 },
    );
  });

  it('backward: the same bits as inputGradient, ReLU mask and float32 rounding included', () => {
    fc.assert(
      fc.property(product, (p) => backwardDiffers(p) === -1),
      { numRuns: 300 },
    );
  });

  it('weight gradient (lanes over units): the same bits as weightGradient, odd unit and input counts included', () => {
    fc.assert(
      fc.property(product, (p) => weightGradientDiffers(p) === -1),
      { numRuns: 300 },
    );
  });

  it('canary: the property refuses a kernel that sums the same terms in another order', () => {
    const result = fc.check(
      fc.property(product, (p) => forwardDiffers(p, reorderedForward) === -1),
      { numRuns: 300, seed: 19 },
    );
    expect(result.failed).toBe(true);
    // and a fixed case where the order alone decides: (1e16 − 1e16) + 1 = 1 but (1 − 1e16) + 1e16 = 0
    const fixed: Product = {
      nOut: 1,
      nIn: 3,
      cols: 4,
      stride: 4,
      relu: false,
      round: false,
      w: Float64Array.of(1, 1, 1),
      b: Float64Array.of(0),
      x: Float64Array.of(1e16, 1e16, 1e16, 1e16, -1e16, -1e16, -1e16, -1e16, 1, 1, 1, 1),
      mask: new Float64Array(12),
      out: new Float64Array(12),
    };
    expect(forwardDiffers(fixed)).toBe(-1);
    expect(forwardDiffers(fixed, reorderedForward)).toBe(0);
  });
});

/** A network of random parameters (a seeded stream: no Math.random), as the Engine reads it. */
function network(sizes: number[], dtype: 'float32' | 'float64', activations?: OutputActivation[], seed = 1) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 31 - 1;
  };
  const make = (n: number, shape: number[]) => {
    const data = Float64Array.from({ length: n }, next);
    return dtype === 'float32' ? tensor(Float32Array.from(data), shape, 'float32') : tensor(data, shape, 'float64');
  };
  return {
    sizes,
    dtype,
    weights: sizes.slice(1).map((n, l) => make(n * (sizes[l] as number), [n, sizes[l] as number])),
    biases: sizes.slice(1).map((n) => make(n, [n])),
    activations: activations ?? sizes.slice(1).map((_, l) => (l === sizes.length - 2 ? 'sigmoid' : 'relu')),
  };
}

describe('the Engine with and without WebAssembly', () => {
  const hidden = fc.constantFrom<OutputActivation>('relu', 'tanh', 'sigmoid', 'linear', 'leaky_relu');
  it('stores the same activations, deltas and gradients, bit for bit, in both dtypes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 4 }),
        fc.array(hidden, { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 13 }),
        fc.constantFrom<'float32' | 'float64'>('float32', 'float64'),
        fc.integer(),
        (sizes, kinds, n, dtype, seed) => {
          const L = sizes.length - 1;
          const net = network(sizes, dtype, [...kinds.slice(0, L - 1), 'sigmoid'], seed);
          const x = Float64Array.from({ length: n * (sizes[0] as number) }, (_, i) => Math.sin(i + seed));
          const y = Float64Array.from({ length: n * (sizes[L] as number) }, (_, i) => (i % 3 === 0 ? 1 : 0));
          const run = (simd: boolean) => {
            const e = new Engine('test', net, n, sizes[L] as number, simd);
            e.load(x, y, undefined, 0, n);
            e.forward();
            const cost = e.outputGradient('bce', true);
            e.backward();
            return { e, cost };
          };
          const simd = run(true),
            js = run(false);
          expect(simd.e.wasm).not.toBeNull();
          expect(js.e.wasm).toBeNull();
          expect(Object.is(simd.cost, js.cost)).toBe(true);
          const all = (e: Engine<'float32' | 'float64'>) => [...e.act, ...e.delta, ...e.gradW, ...e.gradB];
          const a = all(simd.e),
            b = all(js.e);
          for (let k = 0; k < a.length; k++)
            expect(firstDifference(a[k] as Float64Array, b[k] as Float64Array)).toBe(-1);
        },
      ),
      { numRuns: 100 },
    );
  });
});
