import { MAX_NORMAL_DRAW, philox, RandomState, sampleNormal, sampleTruncatedNormal, sampleUniform } from '@nninit/rng';
import { describe, expect, it } from 'vitest';
import { POLAR_LARGEST, ZIGGURAT_LARGEST } from '../src/internal/sampling/finiteRange.js';

/** Nothing returns ±Infinity silently: parameters that could leave the dtype's finite range are refused. */
describe('parameters that would overflow the output dtype are RangeErrors', () => {
  it('RandomState.uniform refuses a range whose width overflows, as numpy (OverflowError) and sampleUniform do', () => {
    const rs = new RandomState(1);
    expect(() => rs.uniform(-1e308, 1e308, 3)).toThrow(
      new RangeError('RandomState.uniform: high − low must be finite, got 1e+308 − -1e+308'),
    );
    expect(() => sampleUniform(philox(1), new Float64Array(3), -1e308, 1e308)).toThrow(
      new RangeError('sampleUniform: high − low must be finite, got 1e+308 − -1e+308'),
    );
    expect([...rs.rand(1)]).toEqual([...new RandomState(1).rand(1)]);
  });

  it('RandomState.normal refuses scale = −0 (numpy checks the sign bit) and overflowing scales', () => {
    expect(() => new RandomState(1).normal(0, -0, 3)).toThrow(
      new RangeError('RandomState.normal: scale must be non-negative, got -0'),
    );
    expect(() => new RandomState(1).normal(0, 1e308, 3)).toThrow(/^RandomState\.normal: scale must be such that/);
    // The largest scale that cannot overflow is accepted.
    expect(() => new RandomState(1).normal(0, 1.7e308 / POLAR_LARGEST, 3)).not.toThrow();
  });

  it('RandomState.shuffle refuses a DataView instead of doing nothing', () => {
    expect(() => new RandomState(1).shuffle(new DataView(new ArrayBuffer(8)) as never)).toThrow(
      new TypeError('RandomState.shuffle: values must be an array or typed array, got a DataView of 8 bytes'),
    );
  });

  it('sampleNormal names the parameter and the dtype', () => {
    expect(() => sampleNormal(philox(1), new Float32Array(4), 0, 1e39)).toThrow(
      /^sampleNormal: std must be such that mean ± std·12\.5907 \(the sampler's largest \|z\|\) is finite in float32 output \(mean = 0\), got 1e\+39$/,
    );
    expect(() => sampleNormal(philox(1), new Float64Array(4), 1e308, 1e308)).toThrow(
      /^sampleNormal: std must be such that .* finite in float64 output \(mean = 1e\+308\), got 1e\+308$/,
    );
    expect(() => sampleNormal(philox(1), new Float32Array(4), 1e39, 1)).toThrow(
      new RangeError('sampleNormal: mean must be finite in float32 output, got 1e+39'),
    );
    // Legitimate extremes pass: the bound is the sampler's exact largest |z|, not a guess.
    const out = new Float32Array(1000);
    sampleNormal(philox(1), out, 0, 3.4e38 / ZIGGURAT_LARGEST);
    expect(out.every(Number.isFinite)).toBe(true);
    sampleNormal(new RandomState(1), new Float64Array(4), 0, 1.79e308 / POLAR_LARGEST);
    expect(() => sampleNormal(new RandomState(1), new Float64Array(4), 0, 1.79e308 / ZIGGURAT_LARGEST)).not.toThrow();
  });

  it('sampleUniform and the truncated samplers refuse bounds outside float32', () => {
    expect(() => sampleUniform(philox(1), new Float32Array(4), 0, 1e39)).toThrow(
      new RangeError('sampleUniform: high must be finite in float32 output, got 1e+39'),
    );
    expect(() => sampleTruncatedNormal(philox(1), new Float32Array(4), 0, 1, 1e39, Infinity)).toThrow(
      new RangeError(
        'sampleTruncatedNormal: high must be such that the values reachable with high = Infinity are finite in float32 output (mean = 0), got 1'.replace(
          'high must',
          'std must',
        ),
      ),
    );
    expect(() => philox(1).fillTruncatedNormal(new Float32Array(4), 1e39, Infinity)).toThrow(RangeError);
    expect(() => sampleTruncatedNormal(philox(1), new Float64Array(4), 1e308, 1e308, 0, Infinity)).toThrow(
      /^sampleTruncatedNormal: std must be such that the values reachable with high = Infinity are finite in float64 output/,
    );
    // Far but finite: fine.
    const z = new Float64Array(8);
    sampleTruncatedNormal(philox(1), z, 0, 1, 1e300, Infinity);
    expect(z.every((v) => v === 1e300)).toBe(true);
  });

  it('the derived largest |z| are what the TSDoc states', () => {
    expect(ZIGGURAT_LARGEST).toBeCloseTo(12.590684479331077 + 1e-9, 12);
    expect(MAX_NORMAL_DRAW).toBe(ZIGGURAT_LARGEST);
    expect(POLAR_LARGEST).toBeCloseTo(12.0073, 4);
  });
});
