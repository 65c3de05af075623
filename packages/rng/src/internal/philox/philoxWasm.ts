import { webAssembly } from '@nninit/internal/wasm';
import { PHILOX_WASM_BLOCKS_PER_ITERATION, philoxWasmBytes } from './philoxWasmBytes.js';

/**
 * Computes Philox4x32-10 for `blocksPerIteration·groups` consecutive counters (lo + j, c1, c2, c3),
 * j = 0 … blocksPerIteration·groups − 1 (lo + j must not pass 2³²), and writes the words block after
 * block to the start of `memory`.
 */
export interface WasmPhilox {
  readonly memory: { readonly buffer: ArrayBuffer };
  /** Blocks that fit in `memory`. */
  readonly capacity: number;
  /** Blocks computed per unit of the `groups` argument. */
  readonly blocksPerIteration: number;
  run(k0: number, k1: number, c1: number, c2: number, c3: number, lo: number, groups: number): void;
  /**
   * The same blocks as {@link WasmPhilox.run}, but writes each block's two float64 uniforms
   * ((w₀ ≫ 5)·2²⁶ + (w₁ ≫ 6))·2⁻⁵³ and ((w₂ ≫ 5)·2²⁶ + (w₃ ≫ 6))·2⁻⁵³ (layout 1's uniform
   * float64 elements, streamLayout.ts) in place of its four words: 16 bytes per block either way.
   */
  uniform64(k0: number, k1: number, c1: number, c2: number, c3: number, lo: number, groups: number): void;
  /**
   * The same blocks' float32 uniforms (w₀ ≫ 8)·2⁻²⁴ and (w₂ ≫ 8)·2⁻²⁴ (layout 1's uniform float32
   * elements without a transform), 8 bytes per block.
   */
  uniform32(k0: number, k1: number, c1: number, c2: number, c3: number, lo: number, groups: number): void;
}

/**
 * The Philox bulk kernel in WebAssembly SIMD: four counter blocks per 128-bit lane set (four such
 * sets interleaved per iteration), the 32×32→64 products from `i64x2.extmul_{low,high}_i32x4_u`,
 * the high words gathered by one shuffle, the state transposed back to block order before each
 * store. Same bits as the scalar
 * JavaScript kernel (checked against {@link philoxBlock} in the tests); its speed is measured by
 * `pnpm bench rng`.
 *
 * The module is assembled from its instructions by {@link philoxWasmBytes}, so its source is
 * TypeScript (its text form: philoxWasm.wat): no binary blob, no build step. Returns undefined
 * where WebAssembly SIMD is unavailable; callers then use the JavaScript kernel.
 */
export function createWasmPhilox(): WasmPhilox | undefined {
  const api = webAssembly();
  if (api === undefined) return undefined;
  const bytes = philoxWasmBytes();
  if (!api.validate(bytes)) return undefined;
  const { exports } = new api.Instance(new api.Module(bytes));
  const memory = exports.memory as WasmPhilox['memory'];
  const run = exports.philox as WasmPhilox['run'];
  const uniform64 = exports.uniform64 as WasmPhilox['uniform64'];
  const uniform32 = exports.uniform32 as WasmPhilox['uniform32'];
  const blocksPerIteration = PHILOX_WASM_BLOCKS_PER_ITERATION;
  return { memory, capacity: memory.buffer.byteLength / 16, blocksPerIteration, run, uniform64, uniform32 };
}
