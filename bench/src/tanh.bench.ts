/**
 * The trainer's tanh (packages/train's port of fdlibm's tanh) per call, its inlinable common
 * path against the whole port, paired in one process: each round times both over the same
 * arguments, in alternating order, and the ratio is taken round by round, so that a change in the
 * machine's speed during the run moves both sides alike. `Math.tanh` (V8's fdlibm, in C++) is
 * the yardstick.
 *
 * Arguments: "deep tanh" draws |x| in the proportions that `pnpm demo deep --activation tanh`
 * passes to tanh (counted over its 292 million calls: 28.6 % below 2⁻²⁸, from the networks whose
 * signal has vanished, 20.1 % in [2⁻²⁸, 0.173), 11.1 % up to 0.52, 10.6 % up to 1, 24.1 % up to
 * 10, 5.2 % up to 22 and 0.4 % beyond), uniformly within each band (log-uniformly in the first);
 * "N(0, 1)" is one layer of pre-activations at unit variance. Signs are random.
 */
import { RandomState } from '@nninit/rng';
import { tanh } from '../../packages/train/src/internal/tanh.js';
import { tanhAnywhere } from '../../packages/train/src/internal/tanhAnywhere.js';
import { printTable } from './printTable.js';

const N = 4096,
  PASSES = 250,
  ROUNDS = 15;

/** Band edges and shares of |x| in the deep demo's tanh run. */
const BANDS: readonly (readonly [number, number, number])[] = [
  [1e-20, 2 ** -28, 0.286],
  [2 ** -28, 0.173, 0.201],
  [0.173, 0.52, 0.111],
  [0.52, 1, 0.106],
  [1, 10, 0.241],
  [10, 22, 0.052],
  [22, 30, 0.004],
];

function deepTanhArguments(rs: RandomState): Float64Array {
  const u = rs.rand(3 * N);
  const v = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    let pick = u[3 * i] as number,
      band = 0;
    while (band < BANDS.length - 1 && pick >= (BANDS[band] as readonly [number, number, number])[2]) {
      pick -= (BANDS[band] as readonly [number, number, number])[2];
      band++;
    }
    const [lo, hi] = BANDS[band] as readonly [number, number, number];
    const w = u[3 * i + 1] as number;
    const a = band === 0 ? lo * (hi / lo) ** w : lo + (hi - lo) * w;
    v[i] = (u[3 * i + 2] as number) < 0.5 ? -a : a;
  }
  return v;
}

// One loop per function, so that each call site sees one target.
function loopFast(v: Float64Array, out: Float64Array): void {
  for (let p = 0; p < PASSES; p++) for (let j = 0; j < v.length; j++) out[j] = tanh(v[j] as number);
}
function loopFull(v: Float64Array, out: Float64Array): void {
  for (let p = 0; p < PASSES; p++) for (let j = 0; j < v.length; j++) out[j] = tanhAnywhere(v[j] as number);
}
function loopMath(v: Float64Array, out: Float64Array): void {
  for (let p = 0; p < PASSES; p++) for (let j = 0; j < v.length; j++) out[j] = Math.tanh(v[j] as number);
}

/** Nanoseconds per call of one timed run of `loop`. */
function nsPerCall(loop: (v: Float64Array, out: Float64Array) => void, v: Float64Array, out: Float64Array): number {
  const start = process.hrtime.bigint();
  loop(v, out);
  return Number(process.hrtime.bigint() - start) / (PASSES * v.length);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1
    ? (s[s.length >> 1] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

export async function run(): Promise<void> {
  const rs = new RandomState(7);
  const cases: [string, Float64Array][] = [
    ['deep tanh', deepTanhArguments(rs)],
    ['N(0, 1)', rs.randn(N)],
  ];
  const out = new Float64Array(N);
  const rows: string[][] = [];
  for (const [name, v] of cases) {
    // The two must agree bit for bit; the property test in packages/train checks this in depth.
    for (let j = 0; j < N; j++)
      if (!Object.is(tanh(v[j] as number), tanhAnywhere(v[j] as number))) throw new Error(`tanh differs at ${v[j]}`);
    for (let w = 0; w < 3; w++) {
      loopFast(v, out);
      loopFull(v, out);
      loopMath(v, out);
    }
    const fast: number[] = [],
      full: number[] = [],
      math: number[] = [],
      ratio: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      let a: number, b: number;
      if (r % 2 === 0) {
        a = nsPerCall(loopFull, v, out);
        b = nsPerCall(loopFast, v, out);
      } else {
        b = nsPerCall(loopFast, v, out);
        a = nsPerCall(loopFull, v, out);
      }
      full.push(a);
      fast.push(b);
      ratio.push(b / a);
      math.push(nsPerCall(loopMath, v, out));
    }
    rows.push([
      name,
      median(full).toFixed(2),
      median(fast).toFixed(2),
      median(math).toFixed(2),
      `${median(ratio).toFixed(3)} (${Math.min(...ratio).toFixed(3)}–${Math.max(...ratio).toFixed(3)})`,
    ]);
  }
  printTable(
    `tanh, ns per call (median of ${ROUNDS} paired rounds, ${PASSES} passes over ${N} arguments each)`,
    ['arguments', 'whole port', 'common path', 'Math.tanh', 'common/whole (min–max)'],
    rows,
  );
}
