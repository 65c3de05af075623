import { normal, uniform } from '@nninit/verify';
import { verifyMatchers } from '@nninit/verify/vitest';
import { describe, expect, it } from 'vitest';
import { TestRng } from './helpers/rng.js';
import { normalSampler } from './helpers/samplers.js';

expect.extend(verifyMatchers);

const failureOf = (assertion: () => void): string => {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the assertion to fail');
};

describe('toFollowDistribution', () => {
  it('passes for a correct sample and fails with statistic, p-value, n and alpha for a wrong one', () => {
    const good = new TestRng(1).fill(4000, (g) => 0.5 * g.normal());
    expect(good).toFollowDistribution(normal(0, 0.5));
    const message = failureOf(() => expect(good).toFollowDistribution(normal(0, 0.6)));
    expect(message).toMatch(
      /^expected 4000 samples to follow normal\(mean 0, std 0\.6\) at family-wise alpha 1e-6 \(n = 4000\)\n/,
    );
    expect(message).toMatch(
      / {2}chi-square-variance: statistic \S+, p = \S+, level \S+ -> REJECTED \(sample variance 0\.2\d+ vs declared 0\.36, n = 4000\)/,
    );
  });
  it('supports .not, options, and the TSDoc example', () => {
    expect(new Float64Array(100)).not.toFollowDistribution(normal(0, 1));
    const u = new TestRng(2).fill(500, (g) => g.uniform());
    expect(u).toFollowDistribution(uniform(0, 1), { alpha: 0.01 });
    expect(failureOf(() => expect(u).not.toFollowDistribution(uniform(0, 1)))).toMatch(
      /^expected 500 samples not to follow uniform\(low 0, high 1\)/,
    );
  });
});

describe('toPassKsTest', () => {
  it('reports D, p, n and alpha', () => {
    const s = new TestRng(3).fill(200, (g) => g.normal());
    expect(s).toPassKsTest(normal(0, 1).cdf);
    expect(failureOf(() => expect(s).toPassKsTest(normal(1, 1).cdf))).toMatch(
      /^expected samples to pass a two-sided KS test: D = 0\.\d+, p = \S+, n = 200, alpha = 1e-6$/,
    );
    expect(s).not.toPassKsTest(normal(1, 1).cdf, { alternative: 'greater', alpha: 1e-3 }); // sample left of the model: F_n above F
    expect(s).toPassKsTest(normal(1, 1).cdf, { alternative: 'less', alpha: 1e-3 });
  });
});

describe('toConformTo', () => {
  it('runs the harness and prints its summary on failure', () => {
    const declared = (s: readonly number[]) => normal(0, Math.sqrt(2 / s[1]!));
    const sampler = normalSampler((s) => Math.sqrt(2 / s[1]!));
    const shapes = { numRuns: 3, minSamples: 2000 };
    expect(sampler).toConformTo(declared, shapes);
    const message = failureOf(() =>
      expect(normalSampler((s) => 2 * Math.sqrt(2 / s[1]!))).toConformTo(declared, shapes),
    );
    expect(message).toMatch(
      /^expected the sampler to conform\nconformance: FAIL, 3 cases, 6 checks, family-wise alpha 1e-6 \(Holm\)\n {2}case 0: shape/,
    );
  });
});
