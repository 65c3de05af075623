import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/cli/parseCommandLine.js';
import { percentileRatio } from '../src/experiments/percentileRatio.js';
import type { TheoryRun } from '../src/experiments/TheoryRun.js';
import { theoryReport } from '../src/report/theoryReport.js';
import { run } from '../src/run.js';

// `pnpm demo theory` in-process: its JSON is checked against the known results of mean-field
// theory (He's √2, tanh's σ_w = 1 at σ_b = 0, the depth scale's divergence at criticality) and
// of dynamical isometry (orthogonal tanh concentrated, Gaussian and relu spread).
async function capture(argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '',
    err = '';
  const status = await run(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    color: false,
    progress: false,
    columns: 100,
    cwd: process.cwd(),
  });
  return { status, out, err };
}

const { status, out, err } = await capture(['theory', '--json', '--no-report']);
const result = JSON.parse(out) as TheoryRun;

describe('pnpm demo theory', () => {
  it('exits 0 with JSON only on stdout', () => {
    expect(status).toBe(0);
    expect(err).toBe('');
  });

  it('critical lines: relu at √2 for every σ_b, tanh at 1 for σ_b = 0 and rising with σ_b', () => {
    for (const sw of result.criticalLines.relu) expect(Math.abs(sw! - Math.SQRT2)).toBeLessThan(1e-12);
    expect(result.criticalLines.tanh[0]).toBe(1);
    const tanh = result.criticalLines.tanh as number[];
    for (let i = 1; i < tanh.length; i++) expect(tanh[i]).toBeGreaterThan(tanh[i - 1]!);
  });

  it('depth scales: ordered below the critical σ_w, chaotic above, ξ_c infinite (null in JSON) at it', () => {
    const phases = result.depthScales.map((d) => d.phase);
    expect(phases).toEqual([
      'ordered',
      'ordered',
      'ordered',
      'critical',
      'chaotic',
      'chaotic',
      'chaotic',
      'chaotic',
      'chaotic',
    ]);
    expect(result.depthScales[3]!.depthScaleC).toBeNull();
  });

  it('the measured variance follows the prediction: layer 1 within 4.56·√(2/N·…) and layer 10 within √(2·10/N) bounds', () => {
    // One network of width N = 256: log(measured/predicted) at layer l has sd ≤ √(2l/N)
    // (packages/train/test/meanField.test.ts derives it); 4.56 sd is the α = 5e-6 two-sided bound.
    for (const v of result.variance) {
      v.measured.forEach((m, l) => {
        expect(Math.abs(Math.log(m / v.predicted[l]!)), `${v.label} layer ${l + 1}`).toBeLessThan(
          4.56 * Math.sqrt((2 * (l + 1)) / 256),
        );
      });
    }
  });

  it('dynamical isometry: at depth 32 orthogonal tanh stays below 1.5 while Gaussian tanh and relu spread past 100', () => {
    const ratio = (label: string) =>
      percentileRatio(result.jacobian.find((j) => j.label.startsWith(label) && j.depth === 32)!.singularValues);
    expect(ratio('tanh, orthogonal')).toBeLessThan(1.5);
    expect(ratio('tanh, Gaussian')).toBeGreaterThan(100);
    expect(ratio('relu')).toBeGreaterThan(100);
  });

  it('across depths 2 to 64: orthogonal tanh stays below 1.5, Gaussian tanh spreads with depth until float64 resolution', () => {
    const byDepth = (label: string) =>
      result.jacobian.filter((j) => j.label.startsWith(label)).map((j) => [j.depth, percentileRatio(j.singularValues)]);
    expect(byDepth('tanh, orthogonal').map(([d]) => d)).toEqual([2, 4, 8, 16, 32, 64]);
    for (const [d, r] of byDepth('tanh, orthogonal')) expect(r, `depth ${d}`).toBeLessThan(1.5);
    // Up to depth 32 each doubling multiplies the spread (Pennington et al.: log-variance ∝ L);
    // beyond ~1e15 the smallest singular values are rounding noise, so 64 only has to stay large.
    const gaussian = byDepth('tanh, Gaussian');
    for (let i = 1; i < 5; i++) expect(gaussian[i]![1]).toBeGreaterThan(gaussian[i - 1]![1]! * 5);
    expect(gaussian[5]![1]).toBeGreaterThan(1e10);
  });

  it('the report has the four sections and their plots (the @example)', () => {
    const html = theoryReport(result as TheoryRun);
    for (const id of ['critical', 'depth-scales', 'variance', 'jacobian']) expect(html).toContain(`id="${id}"`);
    expect(html.match(/data-plot="line"/g)?.length).toBe(7);
  });

  it('parses its options and helps (the @example of TheoryOptions)', () => {
    expect(parseCommandLine(['theory', '--json', '--no-report'])).toEqual({
      command: 'theory',
      options: { json: true, report: undefined },
    });
    expect(parseCommandLine(['help', 'theory'])).toEqual({ command: 'help', topic: 'theory' });
    expect(percentileRatio([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe(5);
  });
});
