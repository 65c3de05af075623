import { type WebAssemblyApi, wasmModule, webAssembly } from '@nninit/internal/wasm';
import { productFunctions } from './productFunctions.js';

/** A product kernel's signature (see productKernel); all arguments i32, addresses in bytes. */
export type ProductKernel = (
  w: number,
  wk: number,
  wu: number,
  start: number,
  su: number,
  x: number,
  out: number,
  mask: number,
  units: number,
  terms: number,
  cols: number,
  stride: number,
  relu: number,
  round: number,
) => void;

/** One engine's WebAssembly instance: its memory (already grown to the size asked) and kernels. */
export interface WasmWorkspace {
  readonly buffer: ArrayBuffer;
  readonly forward2: ProductKernel;
  readonly forward1: ProductKernel;
  readonly backward2: ProductKernel;
  readonly backward1: ProductKernel;
  /** weightGradientKernel: (dz, a, dw, db, nOut, nIn, cols, stride). */
  readonly weightGradient: (
    dz: number,
    a: number,
    dw: number,
    db: number,
    nOut: number,
    nIn: number,
    cols: number,
    stride: number,
  ) => void;
}

/**
 * The compiled module, shared by every engine (it holds no state: each instance has its own
 * memory). undefined: not tried yet; null: WebAssembly or its SIMD is unavailable here, or
 * compiling was refused (a CSP without 'wasm-unsafe-eval'), so engines use the JavaScript kernels,
 * which give the same bits.
 */
let compiled: object | null | undefined;

/**
 * A fresh instance whose memory holds at least `bytes`, grown once here so that views on it are
 * never detached later; null where WebAssembly SIMD is unavailable (`node --no-expose-wasm`, as
 * `pnpm --filter @nninit/bench bench:no-wasm` runs) or the memory is refused.
 */
export function wasmWorkspace(bytes: number): WasmWorkspace | null {
  const api = webAssembly();
  if (api === undefined) return null;
  if (compiled === undefined) compiled = compile(api);
  if (compiled === null) return null;
  try {
    const { exports } = new api.Instance(compiled);
    const memory = exports.memory as { buffer: ArrayBuffer; grow(pages: number): number };
    const missing = bytes - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / 65536));
    return {
      buffer: memory.buffer,
      forward2: exports.forward2 as ProductKernel,
      forward1: exports.forward1 as ProductKernel,
      backward2: exports.backward2 as ProductKernel,
      backward1: exports.backward1 as ProductKernel,
      weightGradient: exports.weightGradient as WasmWorkspace['weightGradient'],
    };
  } catch {
    return null; // the engine refused the instance or the memory: the JavaScript kernels need neither
  }
}

function compile(api: WebAssemblyApi): object | null {
  const binary = wasmModule(productFunctions());
  if (!api.validate(binary)) return null;
  try {
    return new api.Module(binary);
  } catch {
    return null;
  }
}
