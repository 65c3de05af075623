import wabt from 'wabt';

/** The WebAssembly features nninit's kernels use beyond the MVP: fixed-width SIMD. */
const FEATURES = { simd: true, multi_value: true, bulk_memory: true, sign_extension: true } as const;

/**
 * The WebAssembly text format (`.wat`) of a module's bytes, as wabt's `wasm2wat` prints it,
 * with names from the module's name section where it has one. Packages commit this text next
 * to the TypeScript that emits the bytes, so a reviewer reads the kernel, and a test compares
 * the committed file with `wasmText` of the bytes built today.
 *
 * Uses wabt (an optional peer dependency), so it is for tests and generator scripts only.
 *
 * @example
 * ```ts
 * const text = await wasmText(philoxWasmBytes({ names: true }));
 * expect(readFileSync('src/internal/philox/philoxWasm.wat', 'utf8')).toBe(text);
 * ```
 */
export async function wasmText(bytes: Uint8Array): Promise<string> {
  const tools = await wabt();
  const module = tools.readWasm(bytes, { readDebugNames: true, ...FEATURES });
  try {
    module.applyNames();
    return module.toText({ foldExprs: false, inlineExport: false });
  } finally {
    module.destroy();
  }
}

/**
 * The bytes of a module written in the WebAssembly text format, assembled by wabt's `wat2wasm`
 * without a name section: the other half of the round trip that proves a committed `.wat` file
 * is the kernel the TypeScript emits.
 */
export async function wasmBinary(text: string): Promise<Uint8Array> {
  const tools = await wabt();
  const module = tools.parseWat('module.wat', text, FEATURES);
  try {
    module.resolveNames();
    module.validate();
    return module.toBinary({ log: false, write_debug_names: false }).buffer;
  } finally {
    module.destroy();
  }
}
