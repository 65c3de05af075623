import { wasmKernelsAvailable } from '../internal/wasm/wasmKernels.js';

/**
 * Which kernels {@link matmul} runs here: `'wasm-simd'` where the engine has WebAssembly SIMD
 * (Node ≥ 16.4, current browsers off their main thread or with a small enough module) and lets
 * this package compile it, otherwise `'javascript'`. Either way the results are the same bits;
 * only the speed differs (see the package README). Products under 1024 multiply-adds or 4 rows
 * run in JavaScript in both cases. The first call compiles the module if matmul has not yet.
 *
 * @example
 * ```ts
 * matmulKernel(); // 'wasm-simd' on Node 20
 * ```
 */
export function matmulKernel(): 'wasm-simd' | 'javascript' {
  return wasmKernelsAvailable() ? 'wasm-simd' : 'javascript';
}
