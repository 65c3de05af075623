import { KERNEL } from './internal/philox/computeWords.js';

/**
 * Which Philox kernel this process uses: `'wasm-simd'` (WebAssembly SIMD, where the engine has
 * it: Node ≥ 16.4 and every current browser) or `'javascript'` (the scalar fallback). Both give
 * the same bits; this only says which one runs.
 *
 * @example
 * ```ts
 * PHILOX_KERNEL; // 'wasm-simd' on Node 20
 * ```
 */
export const PHILOX_KERNEL: 'wasm-simd' | 'javascript' = KERNEL;
