import { webAssembly } from '../wasm/webAssembly.js';

/**
 * Compiles and instantiates a module's bytes with the host's WebAssembly, for tests and benches
 * that run a kernel directly; throws where the host has none, so such a test fails rather than
 * silently testing nothing.
 *
 * @example
 * ```ts
 * const { exports } = instantiateWasm(philoxWasmBytes());
 * ```
 */
export function instantiateWasm(bytes: Uint8Array): { exports: Record<string, unknown> } {
  const api = webAssembly();
  if (api === undefined) throw new Error('instantiateWasm: this host has no WebAssembly');
  return new api.Instance(new api.Module(bytes));
}
