import { add, type DType, mul, relu, sigmoid, type Tensor, zeros } from '@nninit/tensor';
import { printTable } from './printTable.js';
import { runPython } from './runPython.js';
import { timeBest } from './timeBest.js';

type Op = 'add' | 'mul' | 'relu' | 'sigmoid';
type Case = { op: Op; rows: number; cols: number; dtype: DType };

const ops: Op[] = ['add', 'mul', 'relu', 'sigmoid'];
/** The trainer's activation sizes: units × examples of the notebook's hidden layers (300 points). */
const shapes = [
  [10, 300],
  [5, 300],
] as const;
const dtypes: DType[] = ['float64', 'float32'];
const cases: Case[] = dtypes.flatMap((dtype) =>
  shapes.flatMap(([rows, cols]) => ops.map((op) => ({ op, rows, cols, dtype }))),
);
/** Calls per timing: a few milliseconds per window on these microsecond calls. */
const REPEATS = 2000;
const WARMUP_SECONDS = 0.25;

/** Deterministic operands in [−2, 2) (both signs, so relu's two branches are both taken). */
function operand(dtype: DType, rows: number, cols: number, salt: number): Tensor<DType> {
  const t = zeros([rows, cols], dtype);
  for (let i = 0; i < t.size; i++) t.data[i] = ((((i + salt) * 2654435761) >>> 0) / 2 ** 32) * 4 - 2;
  return t;
}

/** The call under test, writing into a preallocated `out` as the numpy anchor does. */
function call({ op, rows, cols, dtype }: Case): () => void {
  const a = operand(dtype, rows, cols, 1),
    b = operand(dtype, rows, cols, 2),
    out = zeros([rows, cols], dtype);
  if (op === 'add') return () => add(a, b, out);
  if (op === 'mul') return () => mul(a, b, out);
  if (op === 'relu') return () => relu(a, out);
  return () => sigmoid(a, out);
}

/**
 * `pnpm bench elementwise`: tensor's elementwise ops at the trainer's sizes (units × examples
 * of the notebook's 10- and 5-unit layers), µs per call with `out`, beside numpy's ufuncs with
 * `out=` in the same run. Every op is first run in both dtypes, as a program that uses both
 * does, so a kernel shared by Float32Array and Float64Array shows its polymorphic cost.
 */
export async function run(): Promise<void> {
  const calls = cases.map(call);
  const start = process.hrtime.bigint();
  do for (const f of calls) f();
  while (Number(process.hrtime.bigint() - start) / 1e9 < WARMUP_SECONDS);
  const numpy = runPython<{ seconds: number }[]>('elementwise.py', [
    JSON.stringify(cases.map((c) => [c.op, c.rows, c.cols, c.dtype, REPEATS])),
  ]);
  const rows = cases.map((c, k) => {
    const f = calls[k] as () => void;
    const mine =
      timeBest(
        () => {
          for (let r = 0; r < REPEATS; r++) f();
        },
        15,
        1,
      ) / REPEATS;
    const np = (numpy[k] as { seconds: number }).seconds;
    return [
      c.op,
      `[${c.rows}x${c.cols}]`,
      c.dtype,
      (mine * 1e6).toFixed(3),
      (np * 1e6).toFixed(3),
      ((mine * 1e9) / (c.rows * c.cols)).toFixed(2),
      `${(np / mine).toFixed(2)}x`,
    ];
  });
  printTable(
    'elementwise ops at trainer sizes, with out (µs per call, lower is better; ÷numpy = numpy time / nninit time)',
    ['op', 'shape', 'dtype', 'µs nninit', 'µs numpy', 'ns/element nninit', '÷numpy'],
    rows,
  );
  console.log(
    '\nBest of 15 timings of 2000 calls each, after a warm-up that runs every op in both dtypes. numpy: np.add,\n' +
      'np.multiply, np.maximum(x, 0) and scipy.special.expit, each with out=.',
  );
}
