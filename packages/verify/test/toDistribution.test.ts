import { checkConformance, checkSamples, type DistributionSpec, normal, toDistribution, uniform } from '@nninit/verify';
import { describe, expect, it } from 'vitest';
import { validateDistribution } from '../src/internal/validateDistribution.js';
import { TestRng } from './helpers/rng.js';

describe('toDistribution and plain-data specs', () => {
  it('builds each family from its spec (TSDoc examples), Keras spelling included', () => {
    const spec: DistributionSpec = { family: 'normal', mean: 0, std: 0.125 };
    expect(toDistribution(spec).variance).toBe(0.015625);
    expect(toDistribution({ family: 'truncated_normal', mean: 0, std: 1, low: -2, high: 2 }).std).toBe(
      0.8796256610342398,
    );
    expect(toDistribution({ family: 'truncatedNormal', mean: 0, std: 1, low: -2, high: 2 }).label).toBe(
      'truncatedNormal(mean 0, std 1, low -2, high 2)',
    );
    expect(toDistribution({ family: 'uniform', low: 0, high: 2 }).mean).toBe(1);
    expect(toDistribution({ family: 'constant', value: 3 }).family).toBe('constant');
    expect(toDistribution({ family: 'sphereCoordinate', dimension: 16, radius: 2 }).std).toBe(0.5);
    const d = normal(1, 1);
    expect(toDistribution(d)).toBe(d);
  });
  it('is accepted by checkSamples and checkConformance in place of a Distribution', () => {
    const samples = new TestRng(1).fill(2000, (g) => 2 * g.uniform());
    expect(checkSamples(samples, { family: 'uniform', low: 0, high: 2 })).toMatchObject({
      verdict: 'pass',
      distribution: 'uniform(low 0, high 2)',
    });
    expect(validateDistribution('checkSamples', { family: 'normal', mean: 0, std: 2 }).variance).toBe(4);
    const report = checkConformance(
      (s) => new Float64Array(s.reduce((p, x) => p * x, 1)),
      () => ({ family: 'constant', value: 0 }),
      { numRuns: 3 },
    );
    expect(report.passed).toBe(true);
  });
  it('rejects an unknown family and a non-object, and lets the constructors validate parameters', () => {
    expect(() => toDistribution({ family: 'cauchy' } as unknown as DistributionSpec)).toThrow(
      new RangeError(
        'toDistribution: spec.family must be one of "normal", "uniform", "truncatedNormal", "truncated_normal", "constant", "sphereCoordinate", got "cauchy"',
      ),
    );
    expect(() => toDistribution(null as unknown as DistributionSpec)).toThrow(
      new TypeError('toDistribution: spec must be a DistributionSpec object, got null'),
    );
    expect(() => checkSamples([1], { family: 'normal', mean: 0, std: -1 })).toThrow(
      new RangeError(
        'checkSamples: distribution must be a valid DistributionSpec, got one that fails with "normal: std must be a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive), got -1"',
      ),
    );
    expect(uniform(0, 1).family).toBe('uniform');
  });
});
