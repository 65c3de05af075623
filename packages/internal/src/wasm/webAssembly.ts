/**
 * The part of the WebAssembly JavaScript API (W3C WebAssembly JavaScript Interface §5) that the
 * kernels use, typed here because the DOM lib, which declares the whole API, is not in scope.
 */
export interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}

/**
 * The host's global `WebAssembly` object, or undefined where there is none (`node
 * --no-expose-wasm`, some locked-down embedders). Every kernel that has a JavaScript fallback
 * starts here.
 *
 * @example
 * ```ts
 * const api = webAssembly();
 * if (api !== undefined && api.validate(bytes)) new api.Instance(new api.Module(bytes));
 * ```
 */
export function webAssembly(): WebAssemblyApi | undefined {
  return (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
}
