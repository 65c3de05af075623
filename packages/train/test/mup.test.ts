import { describeDistribution } from '@nninit/init';
import { philox } from '@nninit/rng';
import { adam, MLP, mup } from '@nninit/train';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Structural tests of µP's scalings (Yang et al. 2022, Tensor Programs V, Table 3): each layer's
// init variance and learning-rate multiplier as functions of the width ratios m = width/base.

const SP = (scale: number) => ({ name: 'variance_scaling', scale, mode: 'fan_in', distribution: 'untruncated_normal' });

/** [inputs, hidden…, outputs] for a base model and a wider one (hidden widths multiplied). */
const architectures = fc
  .record({
    inputs: fc.integer({ min: 1, max: 40 }),
    outputs: fc.integer({ min: 1, max: 12 }),
    hidden: fc.array(fc.tuple(fc.integer({ min: 1, max: 128 }), fc.constantFrom(1, 2, 3, 4, 16, 0.5)), {
      minLength: 1,
      maxLength: 4,
    }),
    optimizer: fc.constantFrom('sgd' as const, 'adam' as const),
    scale: fc.constantFrom(1, 2, 0.5),
  })
  .map(({ inputs, outputs, hidden, optimizer, scale }) => ({
    baseWidths: [inputs, ...hidden.map(([b]) => b), outputs],
    widths: [inputs, ...hidden.map(([b, r]) => Math.max(1, Math.round(b * r))), outputs],
    optimizer,
    scale,
  }));

/** Std² of layer l's weights [n_l, n_{l−1}] as @nninit/init declares them. */
const variance = (widths: readonly number[], l: number, init: unknown): number => {
  const d = describeDistribution([widths[l] as number, widths[l - 1] as number], init as never) as { std: number };
  return d.std ** 2;
};

describe('mup: Table 3, layer by layer', () => {
  it('input and hidden init variance is scale/fan_in; output(-like) is scale·base_fan_in/fan_in² (Table 3: 1/fan_in²)', () => {
    fc.assert(
      fc.property(architectures, ({ baseWidths, widths, optimizer, scale }) => {
        const p = mup({ baseWidths, widths, optimizer, scale, readoutZeroInit: false });
        const L = widths.length - 1;
        for (let l = 1; l < L; l++) {
          const outputLike = widths[l - 1] !== baseWidths[l - 1] && widths[l] === baseWidths[l];
          const m = outputLike ? (widths[l - 1] as number) / (baseWidths[l - 1] as number) : 1;
          expect(variance(widths, l, p.initialization[l - 1]) / (scale / (widths[l - 1] as number) / m)).toBeCloseTo(
            1,
            12,
          );
        }
        const fanIn = widths[L - 1] as number,
          baseFanIn = baseWidths[L - 1] as number;
        const v = variance(widths, L, p.initialization[L - 1]);
        expect(v / ((scale * baseFanIn) / fanIn ** 2)).toBeCloseTo(1, 12);
      }),
      { seed: 1, numRuns: 200 },
    );
  });

  it('the readout starts at zero by default (the µP repository recommends readout_zero_init)', () => {
    const p = mup({ baseWidths: [3, 8, 8, 2], widths: [3, 32, 32, 2], optimizer: 'adam' });
    expect(p.initialization).toEqual([SP(2), SP(2), 'zeros']);
  });

  it('Adam: hidden and output weights 1/m_in; input weights and every bias 1 (Table 3, Adam LR)', () => {
    fc.assert(
      fc.property(architectures, ({ baseWidths, widths, scale }) => {
        const { weights, biases } = mup({ baseWidths, widths, optimizer: 'adam', scale }).learningRateMultipliers;
        const L = widths.length - 1;
        expect(weights[0]).toBe(1);
        for (let l = 2; l <= L; l++)
          expect(weights[l - 1]).toBeCloseTo((baseWidths[l - 1] as number) / (widths[l - 1] as number), 14);
        expect(biases).toEqual(new Array(L).fill(1));
      }),
      { seed: 2, numRuns: 200 },
    );
  });

  it('SGD: input weights and hidden biases m_out, hidden weights m_out/m_in, output weights 1/m_in, output bias 1 (Table 3, SGD LR)', () => {
    fc.assert(
      fc.property(architectures, ({ baseWidths, widths, scale }) => {
        const { weights, biases } = mup({ baseWidths, widths, optimizer: 'sgd', scale }).learningRateMultipliers;
        const L = widths.length - 1;
        const m = widths.map((n, l) => n / (baseWidths[l] as number));
        expect(m[0]).toBe(1);
        expect(m[L]).toBe(1);
        for (let l = 1; l <= L; l++) {
          expect(weights[l - 1]).toBeCloseTo((m[l] as number) / (m[l - 1] as number), 14);
          expect(biases[l - 1]).toBe(m[l]);
        }
      }),
      { seed: 3, numRuns: 200 },
    );
  });

  it('at the base widths µP is the standard parametrization: every multiplier 1, every init SP', () => {
    fc.assert(
      fc.property(architectures, ({ baseWidths, optimizer, scale }) => {
        const p = mup({ baseWidths, widths: baseWidths, optimizer, scale, readoutZeroInit: false });
        const L = baseWidths.length - 1;
        expect(p.learningRateMultipliers).toEqual({ weights: new Array(L).fill(1), biases: new Array(L).fill(1) });
        expect(p.initialization).toEqual(new Array(L).fill(SP(scale)));
      }),
      { seed: 4, numRuns: 100 },
    );
  });

  it('Table 3 in absolute terms: output LR ∝ 1/fan_in, hidden Adam LR ∝ 1/fan_in, input SGD LR ∝ fan_out', () => {
    const base = [5, 64, 64, 3];
    for (const n of [64, 128, 1024, 4096]) {
      const widths = [5, n, n, 3];
      const sgd = mup({ baseWidths: base, widths, optimizer: 'sgd' }).learningRateMultipliers;
      const ad = mup({ baseWidths: base, widths, optimizer: 'adam' }).learningRateMultipliers;
      expect(sgd.weights[2]! * n).toBe(64);
      expect(ad.weights[2]! * n).toBe(64);
      expect(ad.weights[1]! * n).toBe(64);
      expect(sgd.weights[0]! / n).toBe(1 / 64);
      expect(sgd.weights[1]).toBe(1);
    }
  });
});

describe("mup agrees with microsoft/mup's MuReadout, MuSGD and MuAdam (Tables 8–9 form)", () => {
  // The repository's form, re-derived from mup/infshape.py, mup/optim.py and mup/layer.py rather
  // than from Table 3: a parameter's dims are "infinite" when they differ from the base's;
  // width_mult is that of its last infinite dim (fan_in for a torch weight (out, in)); MuSGD
  // multiplies a vector-like (1 infinite dim) LR by width_mult and divides a matrix-like one by
  // fanin_mult/fanout_mult; MuAdam divides a matrix-like LR by width_mult. MuReadout computes
  // W·(x/m) with W's std scaled by √m (set_base_shapes): the effective readout weight W/m has
  // variance (σ²/fan_in)·m/m² and moves by lr_W·(∂L/∂W_eff)/m² under SGD (lr_W = η·m: η/m) and by
  // lr_W/m under Adam (scale-free in the gradient: η/m).
  const repository = (base: number[], widths: number[], optimizer: 'sgd' | 'adam') => {
    const L = widths.length - 1;
    const mult = (l: number) => (widths[l] === base[l] ? 1 : (widths[l] as number) / (base[l] as number));
    const inf = (l: number) => widths[l] !== base[l];
    const weights: number[] = [],
      biases: number[] = [],
      varianceFactor: number[] = [];
    for (let l = 1; l <= L; l++) {
      const fanIn = mult(l - 1),
        fanOut = mult(l);
      const ninf = Number(inf(l - 1)) + Number(inf(l));
      const widthMult = inf(l - 1) ? fanIn : fanOut;
      let lr: number;
      if (inf(l - 1) && !inf(l)) {
        // MuReadout ("drop-in replacement for all output linear layers", from a width to a
        // non-width): the optimizer sees W (vector-like in fan_in); the effective weight is W/m.
        const lrW = optimizer === 'sgd' && ninf === 1 ? widthMult : 1;
        lr = optimizer === 'sgd' ? lrW / widthMult ** 2 : lrW / widthMult;
        varianceFactor.push(widthMult / widthMult ** 2);
      } else {
        varianceFactor.push(1);
        if (ninf === 2) lr = optimizer === 'sgd' ? 1 / (fanIn / fanOut) : 1 / widthMult;
        else if (ninf === 1) lr = optimizer === 'sgd' ? widthMult : 1;
        else lr = 1;
      }
      weights.push(lr);
      // A bias (n_l) is vector-like when n_l is infinite; the readout's bias is outside the 1/m.
      biases.push(optimizer === 'sgd' && inf(l) ? fanOut : 1);
    }
    return { weights, biases, varianceFactor };
  };

  it('gives the same effective learning rates and readout variance for every architecture', () => {
    fc.assert(
      fc.property(architectures, ({ baseWidths, widths, optimizer, scale }) => {
        const p = mup({ baseWidths, widths, optimizer, scale, readoutZeroInit: false });
        const r = repository(baseWidths, widths, optimizer);
        const L = widths.length - 1;
        r.weights.forEach((c, l) => expect(p.learningRateMultipliers.weights[l]).toBeCloseTo(c, 14));
        expect(p.learningRateMultipliers.biases).toEqual(r.biases);
        for (let l = 1; l <= L; l++) {
          const sp = scale / (widths[l - 1] as number);
          expect(variance(widths, l, p.initialization[l - 1]) / (sp * (r.varianceFactor[l - 1] as number))).toBeCloseTo(
            1,
            12,
          );
        }
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe('mup: the MLP and the optimizers take its result', () => {
  it('runs the TSDoc example', () => {
    const p = mup({ baseWidths: [2, 64, 64, 1], widths: [2, 256, 256, 1], optimizer: 'adam' });
    expect(p.learningRateMultipliers).toEqual({ weights: [1, 0.25, 0.25], biases: [1, 1, 1] });
    expect(p.initialization[2]).toBe('zeros');
    const model = new MLP({ sizes: p.sizes, initialization: p.initialization, rng: philox(0) });
    const opt = adam({ learningRate: 0.01, learningRateMultipliers: p.learningRateMultipliers });
    expect(model.weights[2]!.toArray()).toEqual([new Array(256).fill(0)]);
    expect(model.weights[1]!.shape).toEqual([256, 256]);
    expect(opt.learningRateMultipliers).toBe(p.learningRateMultipliers);
  });

  it.each([
    [{ baseWidths: [2, 8, 1], widths: [2, 8], optimizer: 'sgd' }, RangeError, 'widths must be at least 3 widths'],
    [
      { baseWidths: [2, 8, 1], widths: [2, 8, 8, 1], optimizer: 'sgd' },
      RangeError,
      'widths must be 3 widths, as baseWidths',
    ],
    [
      { baseWidths: [2, 8, 1], widths: [3, 16, 1], optimizer: 'sgd' },
      RangeError,
      'widths[0] must equal baseWidths[0] (2;',
    ],
    [
      { baseWidths: [2, 8, 1], widths: [2, 16, 4], optimizer: 'sgd' },
      RangeError,
      'widths[2] must equal baseWidths[2] (1;',
    ],
    [{ baseWidths: [2, 8, 1], widths: [2, 0, 1], optimizer: 'sgd' }, RangeError, 'widths[1] must be'],
    [
      { baseWidths: [2, 8, 1], widths: [2, 16, 1], optimizer: 'rmsprop' },
      RangeError,
      "optimizer must be 'sgd' or 'adam', got \"rmsprop\"",
    ],
    [{ baseWidths: [2, 8, 1], widths: [2, 16, 1], optimizer: 3 }, TypeError, 'optimizer must be'],
    [{ baseWidths: [2, 8, 1], widths: [2, 16, 1], optimizer: 'sgd', scale: 0 }, RangeError, 'scale must be'],
    [
      { baseWidths: [2, 8, 1], widths: [2, 16, 1], optimizer: 'sgd', readoutZeroInit: 1 },
      TypeError,
      'readoutZeroInit must be a boolean',
    ],
    [{ baseWidths: [2, 8, 1], widths: [2, 16, 1], optimizer: 'sgd', basewidths: [] }, RangeError, 'basewidths'],
    [{ baseWidths: 'x', widths: [2, 16, 1], optimizer: 'sgd' }, TypeError, 'baseWidths must be an array'],
  ])('refuses %j', (o, Kind, message) => {
    expect(() => mup(o as never)).toThrow(Kind);
    expect(() => mup(o as never)).toThrow(`mup: ${message}`.replace('mup: basewidths', 'mup: '));
  });
});
