import { philox } from '@nninit/rng';
import { tensor } from '@nninit/tensor';
import {
  adam,
  coordinateCheck,
  gradientDescent,
  type LearningRateMultipliers,
  MLP,
  makeBlobs,
  mup,
  train,
} from '@nninit/train';
import { beforeAll, describe, expect, it } from 'vitest';

// The coordinate check (Yang et al. 2022, Tensor Programs V, Appendix D.1; mup/coord_check.py):
// train a few steps at widths 64…1024 and record each layer's mean |z| per coordinate. The
// requirement: the least-squares slope of log(size) against log(width) has |slope| < 0.1 under
// µP for every layer, and > 0.3 under the standard parametrization for the output layer after
// the same steps. Everything is deterministic (fixed seeds, one batch, no resampling): the slopes
// are numbers, not random variables, so there is no α. The power canary: µP with an SP-style
// output layer (init variance σ²/fan_in, LR multiplier 1) must fail the < 0.1 criterion.
// Widths stop at 1024 to fit the test budget on a loaded 2-core machine; `pnpm demo mup` goes to
// 4096.

const WIDTHS = [64, 128, 256, 512, 1024];
const BASE = 64,
  INPUTS = 16,
  CLASSES = 10,
  STEPS = 4;
const data = makeBlobs({ nSamples: 32, nFeatures: INPUTS, centers: CLASSES, rng: philox(1) });
const SP = { name: 'variance_scaling', scale: 2, mode: 'fan_in', distribution: 'untruncated_normal' } as const;

/** Least-squares slope of log y against log x. */
function slope(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log),
    ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b) / lx.length,
    my = ly.reduce((a, b) => a + b) / ly.length;
  let num = 0,
    den = 0;
  lx.forEach((x, i) => {
    num += (x - mx) * ((ly[i] as number) - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

type Setup = 'mup' | 'sp' | 'canary';
/** sizes[setup][widthIndex][t][layer]. */
type Checks = Record<Setup, number[][][]>;

function run(optimizer: 'sgd' | 'adam', learningRate: number): Checks {
  const out: Checks = { mup: [], sp: [], canary: [] };
  for (const n of WIDTHS) {
    const p = mup({ baseWidths: [INPUTS, BASE, BASE, CLASSES], widths: [INPUTS, n, n, CLASSES], optimizer });
    const make = (m?: LearningRateMultipliers) =>
      optimizer === 'sgd'
        ? gradientDescent({ learningRate, ...(m ? { learningRateMultipliers: m } : {}) })
        : adam({ learningRate, ...(m ? { learningRateMultipliers: m } : {}) });
    const check = (initialization: MLP['sizes'] extends never ? never : unknown, m?: LearningRateMultipliers) =>
      coordinateCheck(
        new MLP({ sizes: p.sizes, initialization: initialization as never, output: 'softmax', rng: philox(7) }),
        data,
        { loss: 'softmax_cross_entropy', optimizer: make(m), steps: STEPS },
      );
    out.mup.push(check(p.initialization, p.learningRateMultipliers));
    out.sp.push(check(SP));
    const weights = [...p.learningRateMultipliers.weights];
    weights[2] = 1;
    out.canary.push(
      check([p.initialization[0], p.initialization[1], SP], { weights, biases: p.learningRateMultipliers.biases }),
    );
  }
  return out;
}

const slopes = (checks: number[][][], t: number, layer: number) =>
  slope(
    WIDTHS,
    checks.map((c) => (c[t] as number[])[layer] as number),
  );

describe.each([
  ['sgd', 0.02],
  ['adam', 0.01],
] as const)('coordinate check, %s at learning rate %s, widths 64…1024', (optimizer, learningRate) => {
  let checks: Checks;
  beforeAll(() => {
    checks = run(optimizer, learningRate);
    const show = (s: Setup) => [0, 1, 2].map((l) => slopes(checks[s], STEPS, l).toFixed(3)).join(', ');
    console.log(
      `${optimizer}: slopes after ${STEPS} steps, layers 1-3: µP ${show('mup')}; SP ${show('sp')}; canary ${show('canary')}`,
    );
  });

  it('µP: every layer is flat in width (|slope| < 0.1) at every step (the readout from step 1: it starts at 0)', () => {
    for (let t = 0; t <= STEPS; t++)
      for (let l = 0; l < 3; l++) {
        if (t === 0 && l === 2) {
          for (const c of checks.mup) expect((c[0] as number[])[2]).toBe(0);
          continue;
        }
        expect(Math.abs(slopes(checks.mup, t, l)), `step ${t}, layer ${l + 1}`).toBeLessThan(0.1);
      }
  });

  it('standard parametrization: the output logits grow with width (slope > 0.3) after the same steps', () => {
    expect(slopes(checks.sp, STEPS, 2)).toBeGreaterThan(0.3);
    // At initialization SP is Θ(1) per coordinate too (He init): growth comes from training.
    expect(Math.abs(slopes(checks.sp, 0, 2))).toBeLessThan(0.1);
  });

  it('power canary: µP with an SP-style output layer fails the µP criterion', () => {
    expect(slopes(checks.canary, STEPS, 2)).toBeGreaterThan(0.3);
  });
});

describe('coordinateCheck', () => {
  it('runs the TSDoc example', () => {
    const p = mup({ baseWidths: [4, 8, 2], widths: [4, 32, 2], optimizer: 'sgd' });
    const model = new MLP({ sizes: p.sizes, initialization: p.initialization, rng: philox(0) });
    const d = {
      x: tensor([
        [1, 0, 0, 1],
        [0, 1, 1, 0],
      ]),
      y: tensor([
        [1, 0],
        [0, 1],
      ]),
    };
    const sizes = coordinateCheck(model, d, {
      loss: 'mean_squared_error',
      optimizer: gradientDescent({ learningRate: 0.1, learningRateMultipliers: p.learningRateMultipliers }),
      steps: 2,
    });
    expect(sizes.length).toBe(3);
    expect(sizes[0]![1]).toBe(0);
    expect(sizes[2]![1]).toBeGreaterThan(0);
  });

  it('records mean |W·a + b| before each update, and trains exactly as train() does', () => {
    const model = new MLP({ sizes: [16, 24, 24, CLASSES], initialization: 'he', output: 'softmax', rng: philox(3) });
    const twin = model.clone();
    const sizes = coordinateCheck(model, data, {
      loss: 'softmax_cross_entropy',
      optimizer: adam({ learningRate: 0.01 }),
      steps: 3,
    });
    train(twin, data, { loss: 'softmax_cross_entropy', optimizer: adam({ learningRate: 0.01 }), iterations: 3 });
    expect(model.weights.map((w) => w.toArray())).toEqual(twin.weights.map((w) => w.toArray()));
    expect(model.biases.map((b) => b.toArray())).toEqual(twin.biases.map((b) => b.toArray()));
    // The last record is after 3 updates: recompute it with tensor's matmul, layer by layer.
    let a = data.x.toArray() as number[][];
    const expected = model.weights.map((w, l) => {
      const W = w.toArray() as number[][],
        b = model.biases[l]!.toArray() as number[];
      const z = a.map((row) =>
        W.map((wi, i) => wi.reduce((s, wij, j) => s + wij * (row[j] as number), b[i] as number)),
      );
      a = z.map((row) => row.map((v) => Math.max(0, v)));
      return z.flat().reduce((s, v) => s + Math.abs(v), 0) / z.flat().length;
    });
    expected.forEach((v, l) => expect(sizes[3]![l]).toBeCloseTo(v, 12));
  });

  it('refuses bad options, and a run whose sizes overflow is a RangeError naming the layer and step', () => {
    const model = () => new MLP({ sizes: [16, 8, CLASSES], initialization: 'he', output: 'softmax', rng: philox(3) });
    const opt = () => gradientDescent({ learningRate: 0.1 });
    expect(() => coordinateCheck(model(), data, { loss: 'softmax_cross_entropy', optimizer: opt(), steps: 0 })).toThrow(
      /^coordinateCheck: steps must be/,
    );
    expect(() =>
      coordinateCheck(model(), data, { loss: 'softmax_cross_entropy', optimizer: opt(), step: 2 } as never),
    ).toThrow(/^coordinateCheck: .*step/);
    expect(() => coordinateCheck(model(), data, { loss: 'softmax_cross_entropy', optimizer: 3 as never })).toThrow(
      TypeError,
    );
    expect(() => coordinateCheck(model(), data, { loss: 'binary_cross_entropy', optimizer: opt() })).toThrow(
      /^coordinateCheck: /,
    );
    const used = adam();
    coordinateCheck(model(), data, { loss: 'softmax_cross_entropy', optimizer: used, steps: 1 });
    const other = new MLP({ sizes: [16, 5, CLASSES], initialization: 'he', output: 'softmax', rng: philox(3) });
    expect(() => coordinateCheck(other, data, { loss: 'softmax_cross_entropy', optimizer: used })).toThrow(
      /^coordinateCheck: optimizer must accept this model's parameters/,
    );
    const big = new MLP({ sizes: [16, 8, CLASSES], initialization: 'he', output: 'softmax', rng: philox(3) });
    expect(() =>
      coordinateCheck(big, data, {
        loss: 'softmax_cross_entropy',
        optimizer: gradientDescent({ learningRate: 1e306 }),
        steps: 3,
      }),
    ).toThrow(
      /^coordinateCheck: data.x must give finite sizes through the model, got Infinity in layer 1 after 1 updates/,
    );
  });
});
