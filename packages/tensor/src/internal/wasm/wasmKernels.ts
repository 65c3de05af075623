import { type WasmFunction, type WebAssemblyApi, wasmModule, webAssembly } from '@nninit/internal/wasm';
import { f32x4Kernel } from './f32x4Kernel.js';
import { packA32Kernel } from './packA32Kernel.js';
import { panelKernel } from './panelKernel.js';

// The WebAssembly module behind matmul's SIMD kernels: compiled once, on first use, with one
// memory that grows as products need it; wasmMatmul64 and wasmMatmul32 share it.

/** A panel kernel's signature (see panelKernel.ts); all arguments are i32, addresses in bytes. */
export type PanelKernel = (
  aPtr: number,
  sai: number,
  sap: number,
  bPtr: number,
  cPtr: number,
  ldc: number,
  tiles: number,
  kc: number,
  first: number,
) => void;

/** An f32x4Kernel's signature (see f32x4Kernel.ts). */
export type F32x4Kernel = (
  aPtr: number,
  bPtr: number,
  sbp: number,
  cPtr: number,
  ldc: number,
  tiles: number,
  kc: number,
  first: number,
) => void;

/** A packA32Kernel's signature (see packA32Kernel.ts). */
export type PackKernel = (src: number, sai: number, sap: number, dst: number, panels: number, kc: number) => void;

/** The compiled module: its memory, its kernels and the views matmul keeps of the memory. */
export interface Kernels {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  /** kernels[bytes][w]: the strided-A kernel for storage of `bytes` per element and a w-column panel. */
  readonly kernels: Record<4 | 8, readonly PanelKernel[]>;
  /** packedKernels[bytes][w]: the same on packed float64 panels of A (4-row tiles). */
  readonly packedKernels: Record<4 | 8, readonly PanelKernel[]>;
  /** f32x4[w]: the float32-accumulation kernel on packed 8-row float32 panels of A (f32x4Kernel). */
  readonly f32x4: readonly F32x4Kernel[];
  /** Packing of float32 op(A) into 8-row float32 panels, from A stored m×k ('rows') or k×m ('columns'). */
  readonly packA32: { readonly rows: PackKernel; readonly columns: PackKernel };
  /** Views of the whole memory, and its size in bytes; remade only when matmul grows it. */
  f32: Float32Array;
  f64: Float64Array;
  bytes: number;
  /** The last copy-out views, one per storage type, and packed A's view (see result32, panelView). */
  result32: Float32Array;
  result64: Float64Array;
  panel: Float64Array;
}

/**
 * Row vectors (tiles of 2·rv rows) of the kernel for each panel width w = 1 … 4, within the
 * register budget rv·w + rv + w + 1 ≤ 15 (see panelKernel): narrow panels take more rows so that
 * enough independent accumulators hide the add latency, wide ones fewer so that nothing spills.
 */
export const ROW_VECTORS = [0, 4, 4, 2, 2] as const;
/** Rows per tile, and per packed panel, of the packed-A kernels (rv = 2 for every width). */
export const PACKED_ROWS = 4;
/** Rows per tile, and per packed panel of A, of the float32-accumulation kernels (f32x4Kernel). */
export const F32_ROWS = 8;
/** Larger products fall back to the JavaScript kernels rather than grow the memory further. */
export const MAX_BYTES = 2 ** 31;
/** A memory grown past this is dropped after the call instead of being kept for the next one. */
const RETAIN_BYTES = 64 * 2 ** 20;

/**
 * The compiled module, created on first use. undefined: not tried yet; null: WebAssembly SIMD is
 * unavailable here, or compiling was refused (a CSP without 'wasm-unsafe-eval'; browsers may
 * limit synchronous compilation on the main thread, though current Chromium compiles this
 * module there), so matmul uses the JavaScript kernels, which give the same bits.
 * Like `scratch`, it holds no state that can affect a result: every call writes what it reads.
 */
let cached: Kernels | null | undefined;

/** Rounds a byte size up to 16, so every region of the memory starts on a vector boundary. */
export function align(size: number): number {
  return Math.ceil(size / 16) * 16;
}

/**
 * The first `length` elements of the memory as a float32 (float64) view. The last one is kept
 * until the length changes or the memory grows (wasmKernels() resets it), so a training loop's
 * repeated product allocates no view per call.
 */
export function result32(module: Kernels, length: number): Float32Array {
  if (module.result32.length !== length) module.result32 = module.f32.subarray(0, length);
  return module.result32;
}

/** As {@link result32}, for float64. */
export function result64(module: Kernels, length: number): Float64Array {
  if (module.result64.length !== length) module.result64 = module.f64.subarray(0, length);
  return module.result64;
}

/** The packed-A region, `bytes` long from byte `offset`, as a view kept like result32's. */
export function panelView(module: Kernels, offset: number, bytes: number): Float64Array {
  const { panel } = module;
  if (panel.byteOffset !== offset || panel.byteLength !== bytes)
    module.panel = module.f64.subarray(offset / 8, (offset + bytes) / 8);
  return module.panel;
}

/** The module, with a memory of at least `bytes`; null where WebAssembly SIMD is unavailable. */
export function wasmKernels(bytes: number): Kernels | null {
  if (cached === undefined) cached = instantiate(webAssembly());
  if (cached === null || bytes <= cached.bytes) return cached;
  // Only this function grows the memory, so the sizes and views it keeps stay true without
  // asking the engine for memory.buffer on every call (an API call that costs more than a
  // small product).
  const { memory } = cached;
  try {
    memory.grow(Math.ceil((bytes - cached.bytes) / 65536));
  } catch {
    return null; // the engine refused the memory: the JavaScript kernels need none of it
  }
  // Growing replaced the buffer (and detached the old one): remake the views.
  cached.f32 = new Float32Array(memory.buffer);
  cached.f64 = new Float64Array(memory.buffer);
  cached.bytes = memory.buffer.byteLength;
  cached.result32 = cached.f32.subarray(0, 0);
  cached.result64 = cached.f64.subarray(0, 0);
  cached.panel = cached.f64.subarray(0, 0);
  return cached;
}

/** Whether matmul's WebAssembly SIMD kernels are usable here (compiles them on first call). */
export function wasmKernelsAvailable(): boolean {
  return wasmKernels(0) !== null;
}

/** Bytes of module memory kept between calls (0 if none is): for tests of the retention limit. */
export function retainedBytes(): number {
  return cached ? cached.bytes : 0;
}

/** Drops the module if its memory grew past RETAIN_BYTES (the next call makes a fresh one). */
export function releaseLargeMemory(module: Kernels): void {
  if (module.bytes > RETAIN_BYTES) cached = undefined;
}

const widths = [1, 2, 3, 4];

/**
 * The module's functions, in export order: the panel kernels per storage size and width (strided
 * and packed A), the float32-accumulation kernels, and the two float32 A packers. The text form
 * `matmulKernels.wat` (written by `pnpm generate`) is this module with a name section.
 */
export function kernelFunctions(): WasmFunction[] {
  return [
    ...([4, 8] as const).flatMap((bytes) =>
      widths.flatMap((w) => [panelKernel(bytes, ROW_VECTORS[w]!, w), panelKernel(bytes, PACKED_ROWS / 2, w, 'packed')]),
    ),
    ...widths.map((w) => f32x4Kernel(F32_ROWS / 4, w)),
    packA32Kernel(F32_ROWS, 'rows'),
    packA32Kernel(F32_ROWS, 'columns'),
  ];
}

/** Compiles the kernels with `api` (the global WebAssembly); null if it or its SIMD is missing or compiling is refused. */
export function instantiate(api: WebAssemblyApi | undefined): Kernels | null {
  if (api === undefined) return null;
  const binary = wasmModule(kernelFunctions());
  if (!api.validate(binary)) return null;
  let exports: Record<string, unknown>;
  try {
    exports = new api.Instance(new api.Module(binary)).exports;
  } catch {
    return null;
  }
  const memory = exports.memory as Kernels['memory'];
  const pick = (bytes: 4 | 8, packed: boolean): PanelKernel[] => {
    const byWidth: PanelKernel[] = [];
    for (const w of widths) {
      byWidth[w] = exports[
        packed ? `f${bytes * 8}r${PACKED_ROWS / 2}w${w}p` : `f${bytes * 8}r${ROW_VECTORS[w]}w${w}`
      ] as PanelKernel;
    }
    return byWidth;
  };
  const f32x4: F32x4Kernel[] = [];
  for (const w of widths) f32x4[w] = exports[`f32x4r${F32_ROWS / 4}w${w}`] as F32x4Kernel;
  const packA32 = {
    rows: exports[`packA32r${F32_ROWS}`] as PackKernel,
    columns: exports[`packA32r${F32_ROWS}c`] as PackKernel,
  };
  const f32 = new Float32Array(memory.buffer),
    f64 = new Float64Array(memory.buffer);
  return {
    memory,
    kernels: { 4: pick(4, false), 8: pick(8, false) },
    packedKernels: { 4: pick(4, true), 8: pick(8, true) },
    f32x4,
    packA32,
    f32,
    f64,
    bytes: memory.buffer.byteLength,
    result32: f32.subarray(0, 0),
    result64: f64.subarray(0, 0),
    panel: f64.subarray(0, 0),
  };
}
