import { deltaOrthogonal, describeDistribution, orthogonal } from '@nninit/init';
import { philox, RandomState } from '@nninit/rng';
import { checkSamples, sphereCoordinate } from '@nninit/verify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { householderQr } from '../src/internal/householderQr.js';
import { distanceFromScaledIdentity, gram } from './helpers/matrix.js';

// Exact structural tests (fast-check at a fixed seed, so every run checks the same cases).
const FC = { seed: 20240501, numRuns: 60 };
const shapeArb = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 1, max: 48 })).map(([r, c]) => [r, c]),
  fc
    .tuple(
      fc.integer({ min: 1, max: 16 }),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([o, i, k1, k2]) => [o, i, k1, k2]),
);

describe('orthogonal', () => {
  it('gain·Q with QᵀQ = gain²·I (tall) or QQᵀ = gain²·I (wide) to 1e-12, dense and conv shapes', () => {
    fc.assert(
      fc.property(shapeArb, fc.integer(), fc.constantFrom(1, 2, 0.5), (shape, seed, gain) => {
        const w = orthogonal(shape, { gain, seed, dtype: 'float64' });
        const rows = shape[0] as number,
          cols = w.size / rows;
        const g = gram(w.data, rows, cols, rows < cols);
        expect(distanceFromScaledIdentity(g, Math.min(rows, cols), gain * gain)).toBeLessThan(1e-12);
        expect(describeDistribution(shape, { name: 'orthogonal', gain })).toEqual({
          family: 'orthogonal',
          gain,
          rows,
          cols,
        });
      }),
      FC,
    );
  });

  it('applies the sign correction: QᵀA = R has a positive diagonal, A the Gaussian draw (Mezzadri 2007)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer(),
        (rows, cols, seed) => {
          const a = new Float64Array(rows * cols);
          philox(seed).fillNormal(a);
          const q = orthogonal([rows, cols], { seed, dtype: 'float64' }).data;
          // Tall: A = QR, so (QᵀA)ₖₖ = Rₖₖ > 0. Wide: Aᵀ = QᵀR with W = Q's transpose, so (W·Aᵀ)ₖₖ = (A·Wᵀ)ₖₖ > 0.
          for (let k = 0; k < Math.min(rows, cols); k++) {
            let d = 0;
            if (rows >= cols)
              for (let i = 0; i < rows; i++) d += (q[i * cols + k] as number) * (a[i * cols + k] as number);
            else for (let j = 0; j < cols; j++) d += (q[k * cols + j] as number) * (a[k * cols + j] as number);
            expect(d).toBeGreaterThan(0);
          }
        },
      ),
      FC,
    );
  });

  it('float32 output is the float64 result rounded once, and stays orthonormal to float32 precision', () => {
    const w64 = orthogonal([64, 40], { seed: 5, dtype: 'float64' });
    const w32 = orthogonal([64, 40], { seed: 5 });
    expect(w32.dtype).toBe('float32');
    expect(w32.data).toEqual(Float32Array.from(w64.data));
    expect(distanceFromScaledIdentity(gram(w32.data, 64, 40), 40, 1)).toBeLessThan(1e-5);
  });

  // The law, not only the structure: gain·Q is Haar-distributed, so each entry of an n × n draw
  // is one coordinate of a uniform point on the sphere of radius gain in Rⁿ (verify's
  // sphereCoordinate). One corner entry per independent draw (seeds 0, 1, …) keeps the samples
  // i.i.d.; KS plus the variance test, Holm within a size at α = 1e-6/3 (Bonferroni over the three
  // sizes), fixed seeds, no retries. The canary is the classic bug this guards against: Q from a
  // Householder QR without the sign correction, whose corner entry is −sign(A₀₀)·|…| ≤ 0 given
  // β = −sign(α)‖x‖; it must be rejected at the same α.
  const HAAR_ALPHA = 1e-6 / 3;
  const corners = (n: number, draws: number, gain: number): Float64Array =>
    Float64Array.from(
      { length: draws },
      (_, seed) => (orthogonal([n, n], { seed, gain, dtype: 'float64' }).data[0] as number) / gain,
    );

  it.each([
    [4, 4000, 1],
    [16, 4000, 2],
    [40, 1000, 0.5],
  ])('Haar: W[0,0]/gain of %i × %i draws (%i of them, gain %s) follows sphereCoordinate(n)', (n, draws, gain) => {
    const report = checkSamples(corners(n, draws, gain), sphereCoordinate(n), { alpha: HAAR_ALPHA });
    expect(report.verdict, JSON.stringify(report.checks)).toBe('pass');
  });

  it('power canary: the unsigned Householder Q (no sign correction) is rejected as non-Haar', () => {
    const n = 16;
    const samples = Float64Array.from({ length: 1000 }, (_, seed) => {
      const a = new Float64Array(n * n);
      philox(seed).fillNormal(a);
      return householderQr(a, n, n).q[0] as number;
    });
    expect(Math.max(...samples)).toBeLessThanOrEqual(0);
    expect(checkSamples(samples, sphereCoordinate(n), { alpha: HAAR_ALPHA }).verdict).toBe('fail');
  });

  it('an empty shape is an empty tensor and draws nothing', () => {
    const rng = new RandomState(1);
    expect(orthogonal([0, 4], { rng }).size).toBe(0);
    expect(rng.randn(1)[0]).toBe(new RandomState(1).randn(1)[0]);
  });
});

describe('delta_orthogonal', () => {
  it('zero outside the kernel centre ⌊k/2⌋, orthonormal columns at it, 1-D to 3-D kernels, odd and even sizes', () => {
    const kernels = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 5 })).map((k) => [...k]),
      fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).map((k) => [...k]),
      fc
        .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
        .map((k) => [...k]),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 11 }),
        kernels,
        fc.integer(),
        (cin, extra, kernel, seed) => {
          const cout = cin + extra;
          const shape = [cout, cin, ...kernel];
          const w = deltaOrthogonal(shape, { seed, gain: 1.5, dtype: 'float64' });
          const volume = kernel.reduce((a, b) => a * b, 1);
          const center = kernel.map((k) => Math.floor(k / 2));
          const offset = center.reduce((acc, c, d) => acc * (kernel[d] as number) + c, 0);
          const slice = new Float64Array(cout * cin);
          for (let i = 0; i < w.size; i++) {
            const pos = i % volume,
              pair = (i - pos) / volume;
            if (pos === offset) slice[pair] = w.data[i] as number;
            else expect(w.data[i]).toBe(0);
          }
          expect(distanceFromScaledIdentity(gram(slice, cout, cin), cin, 2.25)).toBeLessThan(1e-12);
          expect(describeDistribution(shape, { name: 'delta_orthogonal', gain: 1.5 })).toEqual({
            family: 'delta_orthogonal',
            gain: 1.5,
            rows: cout,
            cols: cin,
            center,
          });
        },
      ),
      FC,
    );
  });
});
