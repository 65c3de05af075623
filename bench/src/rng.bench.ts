/**
 * Filling 10⁷ normals and 10⁷ uniforms, float32 and float64: @nninit/rng side by side with numpy
 * (default_rng's ziggurat and legacy randn, one thread) and the best JavaScript libraries
 * (@stdlib's improved ziggurat, pure-rand's xoroshiro128+ with Box–Muller), in one run.
 * Goal: philox(seed).fillNormal on float32 at least as fast as numpy's
 * default_rng().standard_normal(dtype=float32), and at least 2.5× the best JS library.
 */

import { PHILOX_KERNEL, philox, RandomState } from '@nninit/rng';
import { FillPool } from '@nninit/rng/parallel';
import improvedZiggurat from '@stdlib/random-base-improved-ziggurat';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { printTable } from './printTable.js';
import { runPython } from './runPython.js';
import { timeBest } from './timeBest.js';

const N = 10_000_000;
/** Best of this many runs for every implementation, numpy included (the machine is shared). */
const REPEATS = 7;
type Dtype = 'float32' | 'float64';
const make = (dtype: Dtype, shared = false): Float32Array | Float64Array => {
  const bytes = N * (dtype === 'float32' ? 4 : 8);
  const buffer = shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  return dtype === 'float32' ? new Float32Array(buffer) : new Float64Array(buffer);
};

export async function run(): Promise<void> {
  const numpy = runPython<Record<string, number>>('rng.py', [String(N), String(REPEATS)]);
  const pool = new FillPool(2);
  const rows: string[][] = [];
  const ms = (s: number): string => (s * 1e3).toFixed(1);
  for (const kind of ['normal', 'uniform'] as const) {
    for (const dtype of ['float32', 'float64'] as const) {
      const out = make(dtype);
      const shared = make(dtype, true);
      let seed = 0;
      const ours = timeBest(
        () => (kind === 'normal' ? philox(seed++).fillNormal(out) : philox(seed++).fillUniform(out)),
        REPEATS,
      );
      const parallel = await timeAsync(
        () => (kind === 'normal' ? pool.fillNormal(philox(seed++), shared) : pool.fillUniform(philox(seed++), shared)),
        REPEATS,
      );
      const stdlib =
        kind === 'normal' ? timeBest(() => fillWith(out, improvedZiggurat.factory({ seed: seed++ })), REPEATS) : NaN;
      const pureRand = timeBest(() => {
        const g = xoroshiro128plus(seed++);
        if (kind === 'uniform') fillWith(out, () => uniformFloat64(g));
        else fillBoxMuller(out, () => uniformFloat64(g));
      }, REPEATS);
      const np = numpy[`${kind} ${dtype}`] as number;
      const bestJs = Number.isNaN(stdlib) ? pureRand : Math.min(stdlib, pureRand);
      rows.push([
        `${kind} ${dtype}`,
        ms(ours),
        ms(parallel),
        ms(np),
        Number.isNaN(stdlib) ? '—' : ms(stdlib),
        ms(pureRand),
        `${(np / ours).toFixed(2)}×`,
        `${(bestJs / ours).toFixed(2)}×`,
        `${(ours / parallel).toFixed(2)}×`,
      ]);
    }
  }
  const legacyOut = new Float64Array(N);
  const legacy = timeBest(() => new RandomState(1).fillNormal(legacyOut), 3);
  rows.push([
    'legacy randn float64',
    ms(legacy),
    '—',
    ms(numpy['legacy randn float64'] as number),
    '—',
    '—',
    `${((numpy['legacy randn float64'] as number) / legacy).toFixed(2)}×`,
    '—',
    '—',
  ]);
  const legacyU = timeBest(() => new RandomState(1).fillUniform(legacyOut), 3);
  rows.push([
    'legacy rand float64',
    ms(legacyU),
    '—',
    ms(numpy['legacy rand float64'] as number),
    '—',
    '—',
    `${((numpy['legacy rand float64'] as number) / legacyU).toFixed(2)}×`,
    '—',
    '—',
  ]);
  await pool.close();
  printTable(
    `Fill 10^7 values (ms, best of ${REPEATS}; philox kernel: ${PHILOX_KERNEL}; numpy ${String(numpy.numpy)}, one thread)`,
    [
      'case',
      'philox',
      'philox 2 workers',
      'numpy',
      '@stdlib ziggurat',
      'pure-rand',
      'numpy/philox',
      'best JS/philox',
      'workers speedup',
    ],
    rows,
  );
}

function fillWith(out: Float32Array | Float64Array, next: () => number): void {
  for (let i = 0; i < out.length; i++) out[i] = next();
}

/** Box–Muller: two uniforms u₁ ∈ (0, 1], u₂ give √(−2 ln u₁)·(cos 2πu₂, sin 2πu₂). */
function fillBoxMuller(out: Float32Array | Float64Array, uniform: () => number): void {
  for (let i = 0; i < out.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const theta = 2 * Math.PI * uniform();
    out[i] = r * Math.cos(theta);
    if (i + 1 < out.length) out[i + 1] = r * Math.sin(theta);
  }
}

async function timeAsync(fn: () => Promise<void>, repeats = 5): Promise<number> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}
