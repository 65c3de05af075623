/**
 * Filling 10⁷ normals and 10⁷ uniforms, float32 and float64: @nninit/rng side by side with numpy
 * (default_rng's ziggurat and legacy randn, one thread) and the best JavaScript libraries
 * (@stdlib's improved ziggurat, pure-rand's xoroshiro128+ with Box–Muller), in one run.
 * Goals: philox(seed).fillNormal on float32 at least as fast as numpy's
 * default_rng().standard_normal(dtype=float32), and at least 2.5× the best JS library; RandomState's
 * randn, normal and rand at least as fast as numpy's legacy RandomState (same calls, same bits);
 * uniform fills at 1.5× numpy. Beside the uniform rows, the Philox kernel alone for the same
 * counter blocks: the floor under them, and numpy's time over it, the most any fill of this
 * stream layout could reach on one thread (`pnpm bench philox-kernel` times the alternatives).
 */

import { PHILOX_KERNEL, philox, RandomState, sampleNormal } from '@nninit/rng';
import { FillPool } from '@nninit/rng/parallel';
import improvedZiggurat from '@stdlib/random-base-improved-ziggurat';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { shippedKernelSeconds } from './philoxKernel.bench.js';
import { printTable } from './printTable.js';
import { runPython } from './runPython.js';
import { timeBest } from './timeBest.js';
import { timeBestCpu } from './timeBestCpu.js';

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
  // A uniform fill of N values computes N/2 counter blocks (layout 1) and little else: the kernel
  // alone is the floor under those rows, timed here so each row's distance from it is measured
  // (before the pool starts, whose workers would share the two cores while they load).
  const kernelFloor = shippedKernelSeconds(N / 2, REPEATS);
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
        kind === 'uniform' ? ms(kernelFloor) : '—',
        kind === 'uniform' ? `${(np / kernelFloor).toFixed(2)}×` : '—',
      ]);
    }
  }
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
      'Philox alone (floor)',
      'numpy/floor',
    ],
    rows,
  );
  legacyTable();
}

/**
 * numpy's legacy RandomState against nninit's, the same calls giving the same bits, in CPU time
 * (the machine is shared). numpy's calls allocate their result and numpy advises transparent huge
 * pages for large arrays, so the first touch of 80 MB costs it about 40 page faults where a fresh
 * V8 array takes about 20,000. nninit is timed filling an existing array (the generator's own
 * cost, against numpy's whole call) and allocating as numpy does (against numpy with the same
 * pages: its default huge pages when this process runs with
 * GLIBC_TUNABLES=glibc.malloc.hugetlb=1, which makes glibc's malloc advise them for V8's
 * arrays too, else numpy with its advice turned off). The last row is that floor: allocate 10⁷
 * doubles and write them once.
 */
function legacyTable(): void {
  const hugePages = /glibc\.malloc\.hugetlb=[12]/.test(process.env.GLIBC_TUNABLES ?? '');
  // numpy's own advice decides its pages: the tunable must not reach its process.
  const numpy = runPython<Record<string, number>>('rng_legacy.py', [String(N), String(REPEATS)], {
    GLIBC_TUNABLES: '',
  });
  const out = new Float64Array(N);
  const cases: [string, string, () => void, () => void][] = [
    ['randn', 'randn', () => new RandomState(1).fillNormal(out), () => new RandomState(1).randn(N)],
    [
      'normal(0.5, 2)',
      'normal',
      () => sampleNormal(new RandomState(1), out, 0.5, 2),
      () => new RandomState(1).normal(0.5, 2, N),
    ],
    ['rand', 'rand', () => new RandomState(1).fillUniform(out), () => new RandomState(1).rand(N)],
    ['allocate and write', 'allocate', () => out.fill(1), () => new Float64Array(N).fill(1)],
  ];
  const ms = (s: number): string => (s * 1e3).toFixed(1);
  const pages = hugePages ? 'huge pages' : '4 KiB pages';
  const rows = cases.map(([name, key, fill, allocating]) => {
    const fillTime = timeBestCpu(fill, REPEATS);
    const allocTime = timeBestCpu(allocating, REPEATS);
    const huge = numpy[`${key} hugepage`] as number;
    const small = numpy[`${key} 4k`] as number;
    const same = hugePages ? huge : small;
    return [
      name,
      ms(fillTime),
      ms(allocTime),
      ms(huge),
      ms(small),
      `${(huge / fillTime).toFixed(2)}×`,
      `${(same / allocTime).toFixed(2)}×`,
    ];
  });
  printTable(
    `numpy's legacy RandomState, 10^7 float64 values, same bits (CPU ms, best of ${REPEATS}; numpy ${String(numpy.numpy)}; nninit's arrays on ${pages})`,
    [
      'case',
      'nninit into an array',
      'nninit allocating',
      'numpy (huge pages)',
      'numpy (4 KiB pages)',
      'numpy huge / nninit into',
      `numpy ${pages} / nninit allocating`,
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
