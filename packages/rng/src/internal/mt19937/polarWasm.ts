import { wasm } from '@nninit/internal/wasm';
import { glibcLogWasm } from '../glibcLog/glibcLogWasm.js';

// gauss(src, pairs) → values. Parameters 0, 1; i32 locals 2–6; f64 locals 7–11, then the
// logarithm's 12 scratch registers.
const [SRC, PAIRS, J, OK, K, READ, END] = [0, 1, 2, 3, 4, 5, 6];
const [X1, X2, R2, LOG, F] = [7, 8, 9, 10, 11];
const LOG_SCRATCH = Array.from({ length: 12 }, (_, i) => 12 + i);

/** Parameter and local names of `gauss`, by index, for the text form. */
export const POLAR_LOCAL_NAMES = [
  ...['src', 'pairs', 'j', 'ok', 'k', 'read', 'end', 'x1', 'x2', 'r2', 'log', 'f'],
  ...['z', 'invc', 'p', 'r', 'kd', 'w', 'hi', 'lo0', 'rr', 'rrr', 'y', 'sum'],
];
/** Locals of `gauss` beyond its parameters, in runs of one type. */
export const POLAR_LOCALS = [
  [5, wasm.i32],
  [5 + LOG_SCRATCH.length, wasm.f64],
] as const;

/**
 * The body of `gauss(src, pairs)`: numpy's legacy polar method (Marsaglia & Bray 1964, as its
 * `legacy_gauss` computes it) on the 2·pairs ≥ 2 uniforms at byte address `src`, in place.
 * Pair p gives x₁ = 2u₂ₚ − 1, x₂ = 2u₂ₚ₊₁ − 1 and r² = x₁² + x₂²; a pair with r² ≥ 1 or r² = 0
 * is skipped (the polar method's next attempt takes the next pair), an accepted one writes
 * f·x₂, f·x₁ with f = √(−2·log r² / r²) to the next two value slots (slot j at src + 8j: never
 * past the pair being read, so working in place is safe). Returns the number of values written.
 *
 * The log is glibc's, by {@link glibcLogWasm}'s fast path. Where that path cannot vouch for
 * glibc's rounding, the pair writes x₂, x₁ themselves and appends its first slot j to the list at
 * byte address `slow` (a count, then the slots), for the caller to finish with the exact
 * JavaScript glibcLog.
 */
export function polarBody(table: number, slow: number): number[] {
  const { get, set } = wasm;
  const store = (offset: number, value: number[]): number[] => [
    ...get(SRC),
    ...get(J),
    ...wasm.i32Const(3),
    ...wasm.i32Shl(),
    ...wasm.i32Add(),
    ...value,
    ...wasm.f64Store(offset),
  ];
  const coordinate = (offset: number, local: number): number[] => [
    ...get(READ),
    ...wasm.f64Load(offset),
    ...wasm.f64Const(2),
    ...wasm.f64Mul(),
    ...wasm.f64Const(1),
    ...wasm.f64Sub(),
    ...set(local),
  ];
  const slowCount = [...wasm.i32Const(0), ...wasm.i32Load(slow)];
  return [
    ...wasm.i32Const(0),
    ...wasm.i32Const(0),
    ...wasm.i32Store(slow),
    ...get(SRC),
    ...set(READ),
    ...get(SRC),
    ...get(PAIRS),
    ...wasm.i32Const(4),
    ...wasm.i32Shl(),
    ...wasm.i32Add(),
    ...set(END),
    ...wasm.loop(),
    ...wasm.block(),
    ...coordinate(0, X1),
    ...coordinate(8, X2),
    ...get(X1),
    ...get(X1),
    ...wasm.f64Mul(),
    ...get(X2),
    ...get(X2),
    ...wasm.f64Mul(),
    ...wasm.f64Add(),
    ...wasm.tee(R2),
    ...wasm.f64Const(1),
    ...wasm.f64Ge(),
    ...get(R2),
    ...wasm.f64Const(0),
    ...wasm.f64Eq(),
    ...wasm.i32Or(),
    ...wasm.brIf(0), // rejected
    ...glibcLogWasm({ x: R2, result: LOG, ok: OK, k: K, f: LOG_SCRATCH }, table),
    ...get(OK),
    ...wasm.if(),
    ...wasm.f64Const(-2),
    ...get(LOG),
    ...wasm.f64Mul(),
    ...get(R2),
    ...wasm.f64Div(),
    ...wasm.f64Sqrt(),
    ...set(F),
    ...store(0, [...get(F), ...get(X2), ...wasm.f64Mul()]),
    ...store(8, [...get(F), ...get(X1), ...wasm.f64Mul()]),
    ...wasm.else(),
    ...store(0, get(X2)),
    ...store(8, get(X1)),
    // slow[1 + count] = j; slow[0] = count + 1
    ...slowCount,
    ...wasm.i32Const(2),
    ...wasm.i32Shl(),
    ...get(J),
    ...wasm.i32Store(slow + 4),
    ...wasm.i32Const(0),
    ...slowCount,
    ...wasm.i32Const(1),
    ...wasm.i32Add(),
    ...wasm.i32Store(slow),
    ...wasm.end(),
    ...get(J),
    ...wasm.i32Const(2),
    ...wasm.i32Add(),
    ...set(J),
    ...wasm.end(), // of the block: a rejected pair lands here
    ...get(READ),
    ...wasm.i32Const(16),
    ...wasm.i32Add(),
    ...wasm.tee(READ),
    ...get(END),
    ...wasm.i32LtU(),
    ...wasm.brIf(0),
    ...wasm.end(),
    ...get(J),
  ];
}
