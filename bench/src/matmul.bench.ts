import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { type DType, matmul, Tensor } from '@nninit/tensor';
import { printTable } from './printTable.js';
import { runPython } from './runPython.js';
import { timeBest } from './timeBest.js';

type Shape = { label: string; m: number; k: number; n: number };

const shapes: Shape[] = [
  ...[64, 128, 256, 512, 1024].map((s) => ({ label: `${s}³`, m: s, k: s, n: s })),
  { label: '[300x2]·[2x10]', m: 300, k: 2, n: 10 },
  { label: '[300x10]·[10x5]', m: 300, k: 10, n: 5 },
  { label: '[300x5]·[5x1]', m: 300, k: 5, n: 1 },
  { label: '[256x784]·[784x256]', m: 256, k: 784, n: 256 },
];
const dtypes: DType[] = ['float32', 'float64'];

/**
 * Calls per timing, so each timing lasts a few milliseconds (tiny shapes need hundreds of
 * calls): short windows are more often free of preemption on a shared machine.
 */
function repeatsFor({ m, k, n }: Shape): number {
  return Math.max(1, Math.round(2e7 / (2 * m * k * n + 2e4) / 4));
}

/**
 * Best per-call seconds of `fn` over several timings of `repeats` calls: 15 timings, or 5 when
 * one call is large (the best of many short windows filters out the other jobs on the machine).
 * Every implementation first runs for WARMUP_SECONDS untimed: V8 compiles WebAssembly with a
 * baseline compiler and swaps in optimized code only after a function has run for a while
 * (about 4000 calls of a 1 µs kernel), and JavaScript tiers up the same way. The table is the
 * steady state a training loop sees, not its first milliseconds.
 */
function perCall(fn: () => void, repeats: number, flops: number): number {
  const start = process.hrtime.bigint();
  do fn();
  while (Number(process.hrtime.bigint() - start) / 1e9 < WARMUP_SECONDS);
  return (
    timeBest(
      () => {
        for (let r = 0; r < repeats; r++) fn();
      },
      flops > 1e8 ? 5 : 15,
      0,
    ) / repeats
  );
}

const WARMUP_SECONDS = 0.25;

/**
 * The textbook i-k-j loop (row of B streamed, C row accumulated), the "naive" anchor. Written
 * twice, one copy per dtype, so V8 compiles each for one typed-array type (as nninit's kernels
 * are): a single copy fed both dtypes would handicap the anchor, not nninit.
 */
function naive32(A: Float32Array, B: Float32Array, C: Float32Array, m: number, k: number, n: number): void {
  C.fill(0);
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      const a = A[i * k + p]!;
      const ci = i * n,
        bp = p * n;
      for (let j = 0; j < n; j++) C[ci + j] = C[ci + j]! + a * B[bp + j]!;
    }
  }
}

function naive64(A: Float64Array, B: Float64Array, C: Float64Array, m: number, k: number, n: number): void {
  C.fill(0);
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      const a = A[i * k + p]!;
      const ci = i * n,
        bp = p * n;
      for (let j = 0; j < n; j++) C[ci + j] = C[ci + j]! + a * B[bp + j]!;
    }
  }
}

/** Deterministic pseudo-random fill in [-1, 1) (a 32-bit LCG; benchmark data only). */
function fill(a: Float32Array | Float64Array, seed: number): void {
  let s = seed >>> 0;
  for (let i = 0; i < a.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = s / 2 ** 31 - 1;
  }
}

/**
 * `pnpm bench matmul`: GFLOP/s (2·m·k·n / seconds) of @nninit/tensor's matmul (with `out`, so
 * no allocation) against a naive i-k-j loop, tfjs-core's cpu backend (float32 only) and numpy
 * (OpenBLAS, one thread) in the same run, with ratios; per-call microseconds for the small MLP
 * shapes, where numpy's per-call overhead dominates.
 */
export async function run(): Promise<void> {
  await tf.setBackend('cpu');
  const numpy = runPython<{ m: number; k: number; n: number; dtype: DType; seconds: number }[]>('matmul.py', [
    JSON.stringify(dtypes.flatMap((dtype) => shapes.map((s) => [s.m, s.k, s.n, dtype, repeatsFor(s)]))),
  ]);
  const header = [
    'shape',
    'dtype',
    'nninit',
    'naive',
    'tfjs-cpu',
    'numpy',
    '÷naive',
    '÷tfjs',
    '÷numpy',
    'µs/call nninit',
    'µs/call numpy',
    'goals',
  ];
  const rows: string[][] = [];
  for (const dtype of dtypes) {
    for (const shape of shapes) {
      const { m, k, n } = shape;
      const make = (len: number, seed: number): Float32Array | Float64Array => {
        const a = dtype === 'float32' ? new Float32Array(len) : new Float64Array(len);
        fill(a, seed);
        return a;
      };
      const a = new Tensor(make(m * k, 1), [m, k]);
      const b = new Tensor(make(k * n, 2), [k, n]);
      const out = new Tensor(make(m * n, 3), [m, n]);
      const repeats = repeatsFor(shape);
      const flops = 2 * m * k * n;
      const naiveRepeats = Math.max(1, Math.round(repeats / 4));
      const base =
        dtype === 'float32'
          ? perCall(
              () => naive32(a.data as Float32Array, b.data as Float32Array, out.data as Float32Array, m, k, n),
              naiveRepeats,
              flops,
            )
          : perCall(
              () => naive64(a.data as Float64Array, b.data as Float64Array, out.data as Float64Array, m, k, n),
              naiveRepeats,
              flops,
            );
      let tfjs = NaN;
      if (dtype === 'float32') {
        const ta = tf.tensor2d(a.data as Float32Array, [m, k]);
        const tb = tf.tensor2d(b.data as Float32Array, [k, n]);
        tfjs = perCall(() => tf.matMul(ta, tb).dispose(), naiveRepeats, flops);
        ta.dispose();
        tb.dispose();
      }
      const np = numpy.find((r) => r.m === m && r.k === k && r.n === n && r.dtype === dtype)?.seconds ?? NaN;
      // float32 runs twice: the default (float32 accumulation, like the anchors) and the opt-in
      // accumulation: 'float64' (more accurate, slower), against the same anchors.
      for (const accumulation of dtype === 'float32' ? (['float32', 'float64'] as const) : (['float64'] as const)) {
        const ours = perCall(() => matmul(a, b, { out, accumulation }), repeats, flops);
        const g = (s: number): string => (Number.isNaN(s) ? 'n/a' : (flops / s / 1e9).toFixed(2));
        const ratio = (s: number): string => (Number.isNaN(s) ? 'n/a' : `${(s / ours).toFixed(2)}x`);
        const small = m * k * n < 1e5;
        // The goals: ≥ 2× naive and ≥ 3× tfjs-cpu on every shape; ≥ numpy per call on
        // the three small MLP shapes. They apply to the default; the opt-in rows are for reference.
        const misses = [
          base / ours < 2 ? 'naive' : '',
          !Number.isNaN(tfjs) && tfjs / ours < 3 ? 'tfjs' : '',
          small && np / ours < 1 ? 'numpy' : '',
        ].filter((x) => x !== '');
        const optIn = dtype !== accumulation;
        const verdict = misses.length === 0 ? 'met' : `missed: ${misses.join(', ')}`;
        rows.push([
          shape.label,
          optIn ? `${dtype}, acc. ${accumulation}` : dtype,
          g(ours),
          g(base),
          g(tfjs),
          g(np),
          ratio(base),
          ratio(tfjs),
          ratio(np),
          small ? (ours * 1e6).toFixed(2) : '',
          small ? (np * 1e6).toFixed(2) : '',
          optIn ? `(opt-in: ${verdict})` : verdict,
        ]);
      }
    }
  }
  printTable('matmul GFLOP/s (higher is better); ÷x = x time / nninit time (> 1: nninit faster)', header, rows);
  console.log('\ntfjs-cpu has no float64 kernels (n/a). numpy: OpenBLAS, one thread, np.matmul(a, b, out=c).');
  console.log(
    "float32 rows: matmul's default, float32 accumulation like the anchors; 'acc. float64': { accumulation: 'float64' }.",
  );
}
