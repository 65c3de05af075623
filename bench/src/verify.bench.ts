/**
 * @nninit/verify: the time to run checkSamples on 10⁶ samples (KS + variance test)
 * for a normal, a uniform and a truncated-normal hypothesis, and the whole conformance harness
 * (defaults: 20 cases of ≥ 10⁴ samples, α = 1e-6, Holm) over every distinct i.i.d. initializer
 * of @nninit/init, side by side with scipy doing the same statistics (scipy.stats.kstest +
 * chi-square / z-test) on the same samples. Goal: the full harness under 10 s on this machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDistribution, type Initialization, initialize, initializerNames } from '@nninit/init';
import { philox } from '@nninit/rng';
import {
  checkConformance,
  checkSamples,
  type DistributionSpec,
  normal,
  truncatedNormal,
  uniform,
} from '@nninit/verify';
import { printTable } from './printTable.js';
import { runPython } from './runPython.js';
import { timeBest } from './timeBest.js';

const N = 1_000_000;
const IID = new Set(['normal', 'uniform', 'truncated_normal', 'constant']);
type Anchor = {
  scipy: string | null;
  checks?: Record<string, { seconds: number; p: [number, number] }>;
  harness?: { seconds: number; cases: number };
};

/** The distinct i.i.d. built-in initializers: aliases (he = kaiming_normal, …) declare the same spec. */
function builtInInitializers(): Initialization[] {
  const seen = new Set<string>();
  const out: Initialization[] = [{ name: 'constant', value: 0.5 }];
  for (const name of initializerNames) {
    try {
      const spec = [describeDistribution([8, 4], name), describeDistribution([3, 5, 2], name)];
      const key = JSON.stringify(spec);
      if (IID.has(spec[0]!.family) && !seen.has(key)) {
        seen.add(key);
        out.push(name);
      }
    } catch {
      // initializers that need a parameter or a conv shape are covered by their named siblings
    }
  }
  return out;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nninit-verify-bench-'));
  const draw = (seed: number, f: (x: number) => number): Float64Array => {
    const out = new Float64Array(N);
    philox(seed).fillNormal(out);
    return out.map(f);
  };
  const uniformSamples = new Float64Array(N);
  philox(2).fillUniform(uniformSamples);
  const samples = {
    normal: draw(1, (z) => 0.5 * z),
    uniform: uniformSamples.map((u) => 2 * u - 1),
    truncated: draw(3, (z) => z)
      .filter((z) => Math.abs(z) <= 2)
      .subarray(0, N),
  };
  const hypotheses = { normal: normal(0, 0.5), uniform: uniform(-1, 1), truncated: truncatedNormal(0, 1, -2, 2) };
  for (const [name, x] of Object.entries(samples)) writeFileSync(join(dir, `${name}.f64`), x);

  const cases: [string, number, DistributionSpec][] = [];
  const initializers = builtInInitializers();
  const start = process.hrtime.bigint();
  let checks = 0;
  let failed: string[] = [];
  for (const initialization of initializers) {
    const report = checkConformance(
      (shape, seed) => initialize(shape, initialization, { seed }).data,
      (shape) => describeDistribution(shape, initialization) as DistributionSpec,
    );
    checks += report.numChecks;
    if (!report.passed) failed = [...failed, JSON.stringify(initialization)];
    for (const c of report.cases) {
      const spec = describeDistribution(c.shape, initialization) as DistributionSpec;
      cases.push([spec.family, c.n, spec]);
    }
  }
  const harnessSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));

  const rows: string[][] = [];
  const ours: Record<string, { seconds: number; p: number[] }> = {};
  for (const [name, x] of Object.entries(samples)) {
    const d = hypotheses[name as keyof typeof hypotheses];
    const seconds = timeBest(() => checkSamples(x, d));
    ours[name] = { seconds, p: checkSamples(x, d).checks.map((c) => c.pValue) };
  }
  const anchor = runPython<Anchor>('verify.py', [dir]);
  rmSync(dir, { recursive: true, force: true });
  const ms = (s: number): string => (s * 1e3).toFixed(0);
  const p = (v: number | undefined): string => (v === undefined ? '—' : v.toPrecision(6));
  for (const [name, mine] of Object.entries(ours)) {
    const theirs = anchor.checks?.[name];
    const test = name === 'normal' ? 'KS + chi-square' : 'KS + z-test';
    rows.push([
      `checkSamples 1e6 ${name} (${test})`,
      ms(mine.seconds),
      theirs ? ms(theirs.seconds) : '—',
      theirs ? `${(theirs.seconds / mine.seconds).toFixed(2)}×` : '—',
      `${p(mine.p[0])} / ${p(theirs?.p[0])}`,
      `${p(mine.p[1])} / ${p(theirs?.p[1])}`,
    ]);
  }
  const h = anchor.harness;
  rows.push([
    `harness: ${initializers.length} initializers × 20 cases (${checks} checks, ${cases.reduce((s, c) => s + c[1], 0)} samples)`,
    ms(harnessSeconds),
    h ? ms(h.seconds) : '—',
    h ? `${(h.seconds / harnessSeconds).toFixed(2)}×` : '—',
    failed.length === 0 ? 'all pass' : `FAIL: ${failed.join(', ')}`,
    harnessSeconds < 10 ? 'goal < 10 s: met' : 'goal < 10 s: MISSED',
  ]);
  printTable(
    `@nninit/verify (ms; checkSamples best of 5, harness one run incl. initialize; scipy ${anchor.scipy ?? 'not installed'}, one thread)`,
    ['case', 'nninit', 'scipy', 'scipy/nninit', 'KS p (ours / scipy)', 'variance p (ours / scipy)'],
    rows,
  );
}
