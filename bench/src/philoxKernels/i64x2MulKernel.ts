import { leb128, wasm, wasmModule } from '@nninit/internal/wasm';

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const W0 = 0x9e3779b9;
const W1 = 0xbb67ae85;

/** Two blocks per 128-bit vector, four such groups per iteration. */
export const I64X2_BLOCKS_PER_ITERATION = 8;

const simd = (opcode: number): number[] => [0xfd, ...leb128(opcode)];
const i64x2Splat = (): number[] => simd(0x12);
const i64x2Add = (): number[] => simd(0xce);
const i64x2ShrU = (): number[] => simd(0xcd);
const i64x2Mul = (): number[] => simd(0xd5);
const i64ExtendI32U = (): number[] => [0xad];

// Parameters k0, k1, lo, iterations; then 4 i32 and 5 + 6·4 v128 locals.
const [K0, K1, LO, ITERATIONS, PTR, ROUND, KA, KB] = [0, 1, 2, 3, 4, 5, 6, 7];
const [MV0, MV1, KAV, KBV, MASK] = [8, 9, 10, 11, 12];
const GROUPS = [13, 19, 25, 31];
/** Interleave word 0 of the two 64-bit lanes of x with those of y: [x₀, y₀, x₂, y₂] as 32-bit lanes. */
const EVEN_WORDS = [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27];
const JOIN_LOW = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
const JOIN_HIGH = [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31];

/**
 * A Philox4x32-10 kernel for `pnpm bench philox-kernel` only: each word held zero-extended in a
 * 64-bit lane, two blocks per vector, and the 32×32→64 products from one `i64x2.mul` each, the
 * instruction that would replace the product kernel's two `extmul`s and shuffle if the engine
 * compiled it to one machine multiply. `philox(k0, k1, lo, iterations)` writes the words of
 * blocks (lo + j, 0, 0, 0), j < 8·iterations, in block order from address 0.
 */
export function i64x2MulKernelBytes(): Uint8Array {
  const { get, set } = wasm;
  const splat64 = (local: number): number[] => [...get(local), ...i64ExtendI32U(), ...i64x2Splat()];
  const body: number[] = [
    ...wasm.i32Const(M0 | 0),
    ...i64ExtendI32U(),
    ...i64x2Splat(),
    ...set(MV0),
    ...wasm.i32Const(M1 | 0),
    ...i64ExtendI32U(),
    ...i64x2Splat(),
    ...set(MV1),
    ...wasm.v128Const32([-1, 0, -1, 0]),
    ...set(MASK),
    ...wasm.loop(),
  ];
  GROUPS.forEach((x, g) => {
    body.push(...splat64(LO), ...wasm.v128Const32([2 * g, 0, 2 * g + 1, 0]), ...i64x2Add(), ...set(x));
    for (const k of [1, 2, 3]) body.push(...wasm.v128Const32([0, 0, 0, 0]), ...set(x + k));
  });
  body.push(...get(K0), ...set(KA), ...get(K1), ...set(KB), ...wasm.i32Const(10), ...set(ROUND), ...wasm.loop());
  body.push(...splat64(KA), ...set(KAV), ...splat64(KB), ...set(KBV));
  for (const x of GROUPS) {
    const [X0, X1, X2, X3, P0, P1] = [x, x + 1, x + 2, x + 3, x + 4, x + 5];
    body.push(...get(X0), ...get(MV0), ...i64x2Mul(), ...set(P0));
    body.push(...get(X2), ...get(MV1), ...i64x2Mul(), ...set(P1));
    body.push(...get(P1), ...wasm.i32Const(32), ...i64x2ShrU(), ...get(X1), ...wasm.v128Xor(), ...get(KAV));
    body.push(...wasm.v128Xor(), ...set(X0), ...get(P1), ...get(MASK), ...wasm.v128And(), ...set(X1));
    body.push(...get(P0), ...wasm.i32Const(32), ...i64x2ShrU(), ...get(X3), ...wasm.v128Xor(), ...get(KBV));
    body.push(...wasm.v128Xor(), ...set(X2), ...get(P0), ...get(MASK), ...wasm.v128And(), ...set(X3));
  }
  body.push(...get(KA), ...wasm.i32Const(W0 | 0), ...wasm.i32Add(), ...set(KA));
  body.push(...get(KB), ...wasm.i32Const(W1 | 0), ...wasm.i32Add(), ...set(KB));
  body.push(...get(ROUND), ...wasm.i32Const(-1), ...wasm.i32Add(), ...wasm.tee(ROUND), ...wasm.brIf(0), ...wasm.end());
  GROUPS.forEach((x, g) => {
    const [X0, X1, X2, X3, A, B] = [x, x + 1, x + 2, x + 3, x + 4, x + 5];
    body.push(...get(X0), ...get(X1), ...wasm.shuffle(EVEN_WORDS), ...set(A));
    body.push(...get(X2), ...get(X3), ...wasm.shuffle(EVEN_WORDS), ...set(B));
    body.push(...get(PTR), ...get(A), ...get(B), ...wasm.shuffle(JOIN_LOW), ...wasm.store(32 * g));
    body.push(...get(PTR), ...get(A), ...get(B), ...wasm.shuffle(JOIN_HIGH), ...wasm.store(32 * g + 16));
  });
  body.push(...get(PTR), ...wasm.i32Const(16 * I64X2_BLOCKS_PER_ITERATION), ...wasm.i32Add(), ...set(PTR));
  body.push(...get(LO), ...wasm.i32Const(I64X2_BLOCKS_PER_ITERATION), ...wasm.i32Add(), ...set(LO));
  body.push(...get(ITERATIONS), ...wasm.i32Const(-1), ...wasm.i32Add(), ...wasm.tee(ITERATIONS), ...wasm.brIf(0));
  body.push(...wasm.end());
  return wasmModule([
    {
      name: 'philox',
      params: [wasm.i32, wasm.i32, wasm.i32, wasm.i32],
      locals: [
        [4, wasm.i32],
        [5 + 6 * GROUPS.length, wasm.v128],
      ],
      body,
    },
  ]);
}
