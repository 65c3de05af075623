import { wasm } from '@nninit/internal/wasm';
import { LOG_A, LOG_B, LOG_INVC, LOG_LN2_HI, LOG_LN2_LO, LOG_LOGC } from './glibcLogData.js';

/** 2²⁷ + 1: Veltkamp's constant that splits a double into two 26-bit halves (as productError.ts). */
const VELTKAMP = 134217729;

/**
 * The table {@link glibcLogWasm} reads, 4 × 128 doubles: LOG_INVC, LOG_LOGC, and each 1/c split
 * by Veltkamp into its high and low halves (precomputed here, with productError.ts's operations,
 * so that the kernel splits only z).
 */
export function glibcLogWasmTable(): Float64Array {
  const table = new Float64Array(4 * 128);
  table.set(LOG_INVC, 0);
  table.set(LOG_LOGC, 128);
  for (let i = 0; i < 128; i++) {
    const b = LOG_INVC[i] as number;
    const cb = VELTKAMP * b;
    const bh = cb - (cb - b);
    table[256 + i] = bh;
    table[384 + i] = b - bh;
  }
  return table;
}

/** Locals the inlined logarithm uses: f64 scratch registers, and an i32. */
export interface LogLocals {
  /** f64: the argument, in [2⁻¹⁰⁴, 1) (every r² the polar method accepts). */
  readonly x: number;
  /** f64: where the result goes. */
  readonly result: number;
  /** i32: where 1 goes if `result` is glibc's log(x), 0 if x needs the exact slow path. */
  readonly ok: number;
  /** i32 scratch. */
  readonly k: number;
  /** f64 scratch, 12 of them. */
  readonly f: readonly number[];
}

type Code = number[];
const get = (local: number): Code => wasm.get(local);
const c = (value: number): Code => wasm.f64Const(value);
const add = (a: Code, b: Code): Code => [...a, ...b, ...wasm.f64Add()];
const sub = (a: Code, b: Code): Code => [...a, ...b, ...wasm.f64Sub()];
const mul = (a: Code, b: Code): Code => [...a, ...b, ...wasm.f64Mul()];
const abs = (a: Code): Code => [...a, ...wasm.f64Abs()];
const set = (local: number, value: Code): Code => [...value, ...wasm.set(local)];
/** The high 32 bits of a double (sign, exponent and the top 20 bits of the fraction). */
const highWord = (a: Code): Code => [
  ...a,
  ...wasm.i64ReinterpretF64(),
  ...wasm.i64Const(32),
  ...wasm.i64ShrU(),
  ...wasm.i32WrapI64(),
];
/** Half a unit in the last place of a normal double of exponent field e ≥ 54: 2^(e − 53 − 1023). */
const halfUlp = (a: Code): Code => [
  ...highWord(a),
  ...wasm.i32Const(20),
  ...wasm.i32ShrU(),
  ...wasm.i32Const(0x7ff),
  ...wasm.i32And(),
  ...wasm.i32Const(53),
  ...wasm.i32Sub(),
  ...wasm.i64ExtendI32S(),
  ...wasm.i64Const(52),
  ...wasm.i64Shl(),
  ...wasm.f64ReinterpretI64(),
];

const [A0, A1, A2, A3, A4] = LOG_A.map(c) as [Code, Code, Code, Code, Code];
const B = LOG_B.map(c);
const b = (i: number): Code => B[i] as Code;
const SPLITTER = c(VELTKAMP);
const TWO_POW_27 = c(134217728);

/**
 * The fast path of {@link glibcLog} for x in [2⁻¹⁰⁴, 1), inlined into a WebAssembly function:
 * the same operations in the same order as the JavaScript (so the same roundings), with the bits
 * of x read by `i64.reinterpret_f64` instead of through a typed array. It sets `ok` to 1 and
 * `result` to glibc's log(x) when the plain multiply-adds provably round as glibc's fused ones do
 * (the test at the end of each path, argued in glibcLog.ts), and `ok` to 0 otherwise (about one
 * argument in 500), for the caller to run the exact JavaScript function. `table` is the byte
 * address of {@link glibcLogWasmTable}'s doubles.
 *
 * Algorithm (Szabolcs Nagy, ARM optimized-routines, glibc sysdeps/ieee754/dbl-64/e_log.c).
 */
export function glibcLogWasm(l: LogLocals, table: number): Code {
  const [Z, INVC, P, R, KD, W, HI, LO0, R2, R3, Y, SUM] = l.f as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [RHI, RLO, Q, LO, QR3] = [Z, INVC, P, KD, W];
  const x = get(l.x);
  // Dekker's product error of z·invc (productError.ts), so that r = (p − 1) + e is glibc's fma.
  const split = (a: Code): [Code, Code] => {
    const ca = mul(SPLITTER, a);
    const ah = sub(ca, sub(ca, a));
    return [ah, sub(a, ah)];
  };
  const [zh, zl] = split(get(Z));
  const [ih, il] = [
    [...wasm.get(l.ok), ...wasm.f64Load(table + 2048)],
    [...wasm.get(l.ok), ...wasm.f64Load(table + 3072)],
  ];
  const productError = sub(mul(zl, il), sub(sub(sub(get(P), mul(zh, ih)), mul(zl, ih)), mul(zh, il)));
  // hi + y = sum + tail exactly (Fast2Sum, |hi| ≥ |y|).
  const tail = add(sub(get(HI), get(SUM)), get(Y));
  const main: Code = [
    // tmp = ix − 0x3fe6000000000000, high word: i = tmp ≫ 45 mod 128, k = tmp ≫ 52 (arithmetic).
    ...highWord(x),
    ...wasm.i32Const(0x3fe60000),
    ...wasm.i32Sub(),
    ...wasm.set(l.k),
    // z = x·2⁻ᵏ, by subtracting k from the exponent field.
    ...set(Z, [
      ...x,
      ...wasm.i64ReinterpretF64(),
      ...wasm.get(l.k),
      ...wasm.i32Const(20),
      ...wasm.i32ShrS(),
      ...wasm.i64ExtendI32S(),
      ...wasm.i64Const(52),
      ...wasm.i64Shl(),
      ...wasm.i64Sub(),
      ...wasm.f64ReinterpretI64(),
    ]),
    // The table index times 8.
    ...wasm.get(l.k),
    ...wasm.i32Const(10),
    ...wasm.i32ShrS(),
    ...wasm.i32Const(127 << 3),
    ...wasm.i32And(),
    ...wasm.tee(l.ok), // borrowed as scratch for the address until the end
    ...wasm.f64Load(table),
    ...wasm.set(INVC),
    ...set(W, [...wasm.get(l.ok), ...wasm.f64Load(table + 1024)]), // log c, for now
    ...set(KD, [...wasm.get(l.k), ...wasm.i32Const(20), ...wasm.i32ShrS(), ...wasm.f64ConvertI32S()]),
    ...set(P, mul(get(Z), get(INVC))),
    ...set(R, add(sub(get(P), c(1)), productError)),
    ...set(W, add(mul(get(KD), c(LOG_LN2_HI)), get(W))),
    ...set(HI, add(get(W), get(R))),
    ...set(LO0, add(sub(get(W), get(HI)), get(R))),
    ...set(R2, mul(get(R), get(R))),
    ...set(R3, mul(get(R), get(R2))),
    ...set(
      Y,
      add(
        mul(get(R3), add(mul(add(mul(get(R), A4), A3), get(R2)), add(mul(get(R), A2), A1))),
        add(mul(get(R2), A0), add(mul(get(KD), c(LOG_LN2_LO)), get(LO0))),
      ),
    ),
    ...set(SUM, add(get(HI), get(Y))),
    ...wasm.get(SUM),
    ...wasm.set(l.result),
    ...abs(tail),
    ...sub(halfUlp(get(SUM)), c(2 ** -66)),
    ...wasm.f64Lt(),
    ...wasm.set(l.ok),
  ];
  const r = get(R);
  const nearOne: Code = [
    ...set(R, sub(x, c(1))),
    ...set(R2, mul(r, r)),
    ...set(R3, mul(r, get(R2))),
    ...set(RHI, sub(add(mul(r, TWO_POW_27), r), mul(TWO_POW_27, r))),
    ...set(RLO, sub(r, get(RHI))),
    ...set(HI, add(r, mul(mul(get(RHI), get(RHI)), b(0)))),
    ...set(LO0, add(sub(r, get(HI)), mul(mul(get(RHI), get(RHI)), b(0)))),
    ...set(
      Q,
      add(
        mul(
          add(
            mul(add(mul(get(R3), b(10)), add(mul(get(R2), b(9)), add(mul(r, b(8)), b(7)))), get(R3)),
            add(mul(get(R2), b(6)), add(mul(r, b(5)), b(4))),
          ),
          get(R3),
        ),
        add(mul(get(R2), b(3)), add(mul(r, b(2)), b(1))),
      ),
    ),
    ...set(LO, add(mul(mul(b(0), get(RLO)), add(r, get(RHI))), get(LO0))),
    ...set(QR3, mul(get(Q), get(R3))),
    ...set(Y, add(get(QR3), get(LO))),
    ...set(SUM, add(get(HI), get(Y))),
    ...wasm.get(SUM),
    ...wasm.set(l.result),
    ...abs(tail),
    ...sub(halfUlp(get(SUM)), mul(add(abs(get(QR3)), abs(get(LO))), c(2 ** -48))),
    ...wasm.f64Lt(),
    ...wasm.set(l.ok),
  ];
  // glibc's own split: 1 − 2⁻⁴ ≤ x < 1 + 0x1.09p−4 takes the polynomial in r = x − 1.
  return [...x, ...c(0.9375), ...wasm.f64Ge(), ...wasm.if(), ...nearOne, ...wasm.else(), ...main, ...wasm.end()];
}
