import { leb128, wasm } from '@nninit/internal/wasm';
import { PHILOX_M0, PHILOX_M1 } from '../../../packages/rng/src/internal/philox/philoxBlock.js';
import { KA, KB, LO, PTR, philoxBenchModule } from './philoxBenchModule.js';

/** Two blocks per 128-bit vector, four such groups per iteration. */
export const I64X2_BLOCKS_PER_ITERATION = 8;

const simd = (opcode: number): number[] => [0xfd, ...leb128(opcode)];
const i64x2Splat = (): number[] => simd(0x12);
const i64x2Add = (): number[] => simd(0xce);
const i64x2ShrU = (): number[] => simd(0xcd);
const i64x2Mul = (): number[] => simd(0xd5);
const i64ExtendI32U = (): number[] => [0xad];

// v128 locals after the shared i32 ones: 5 shared, then 6 per group (x0..x3 and two products).
const [MV0, MV1, KAV, KBV, MASK] = [8, 9, 10, 11, 12];
const GROUPS = [13, 19, 25, 31];
/** Interleave word 0 of the two 64-bit lanes of x with those of y: [x₀, y₀, x₂, y₂] as 32-bit lanes. */
const EVEN_WORDS = [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27];
const JOIN_LOW = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
const JOIN_HIGH = [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31];

/**
 * A Philox4x32-10 kernel for `pnpm bench philox-kernel` only: each word held zero-extended in a
 * 64-bit lane, two blocks per vector, and each 32×32→64 product from one `i64x2.mul`, the
 * instruction that would replace the product kernel's two `extmul`s and shuffle if the engine
 * compiled it to one machine multiply.
 */
export function i64x2MulKernelBytes(): Uint8Array {
  const { get, set } = wasm;
  const splat64 = (code: number[]): number[] => [...code, ...i64ExtendI32U(), ...i64x2Splat()];
  const setup = [
    ...splat64(wasm.i32Const(PHILOX_M0 | 0)),
    ...set(MV0),
    ...splat64(wasm.i32Const(PHILOX_M1 | 0)),
    ...set(MV1),
    ...wasm.v128Const32([-1, 0, -1, 0]),
    ...set(MASK),
  ];
  const start = GROUPS.flatMap((x, g) => [
    ...splat64(get(LO)),
    ...wasm.v128Const32([2 * g, 0, 2 * g + 1, 0]),
    ...i64x2Add(),
    ...set(x),
    ...[1, 2, 3].flatMap((k) => [...wasm.v128Const32([0, 0, 0, 0]), ...set(x + k)]),
  ]);
  // (x₀, x₁, x₂, x₃) ← (hi(M₁x₂) ⊕ x₁ ⊕ k₀, lo(M₁x₂), hi(M₀x₀) ⊕ x₃ ⊕ k₁, lo(M₀x₀)).
  const round = [
    ...splat64(get(KA)),
    ...set(KAV),
    ...splat64(get(KB)),
    ...set(KBV),
    ...GROUPS.flatMap((x) => {
      const [X0, X1, X2, X3, P0, P1] = [x, x + 1, x + 2, x + 3, x + 4, x + 5];
      const high = (p: number, other: number, key: number): number[] => [
        ...get(p),
        ...wasm.i32Const(32),
        ...i64x2ShrU(),
        ...get(other),
        ...wasm.v128Xor(),
        ...get(key),
        ...wasm.v128Xor(),
      ];
      const low = (p: number): number[] => [...get(p), ...get(MASK), ...wasm.v128And()];
      return [
        ...get(X0),
        ...get(MV0),
        ...i64x2Mul(),
        ...set(P0),
        ...get(X2),
        ...get(MV1),
        ...i64x2Mul(),
        ...set(P1),
        ...high(P1, X1, KAV),
        ...set(X0),
        ...low(P1),
        ...set(X1),
        ...high(P0, X3, KBV),
        ...set(X2),
        ...low(P0),
        ...set(X3),
      ];
    }),
  ];
  const store = GROUPS.flatMap((x, g) => {
    const [X0, X1, X2, X3, A, B] = [x, x + 1, x + 2, x + 3, x + 4, x + 5];
    return [
      ...get(X0),
      ...get(X1),
      ...wasm.shuffle(EVEN_WORDS),
      ...set(A),
      ...get(X2),
      ...get(X3),
      ...wasm.shuffle(EVEN_WORDS),
      ...set(B),
      ...get(PTR),
      ...get(A),
      ...get(B),
      ...wasm.shuffle(JOIN_LOW),
      ...wasm.store(32 * g),
      ...get(PTR),
      ...get(A),
      ...get(B),
      ...wasm.shuffle(JOIN_HIGH),
      ...wasm.store(32 * g + 16),
    ];
  });
  return philoxBenchModule({
    blocksPerIteration: I64X2_BLOCKS_PER_ITERATION,
    locals: [[5 + 6 * GROUPS.length, wasm.v128]],
    setup,
    start,
    round,
    store,
  });
}
