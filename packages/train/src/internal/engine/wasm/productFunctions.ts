import type { WasmFunction } from '@nninit/internal/wasm';
import { productKernel } from './productKernel.js';
import { weightGradientKernel } from './weightGradientKernel.js';

/**
 * The trainer's WebAssembly module, in export order: forward2, forward1, backward2, backward1
 * (see productKernel) and weightGradient (see weightGradientKernel). Its text form productKernels.wat (written by `pnpm --filter @nninit/train
 * generate`) is this module with a name section.
 */
export function productFunctions(): WasmFunction[] {
  return [
    productKernel(2, 'forward'),
    productKernel(1, 'forward'),
    productKernel(2, 'backward'),
    productKernel(1, 'backward'),
    weightGradientKernel(),
  ];
}
