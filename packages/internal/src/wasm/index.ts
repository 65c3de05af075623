export { leb128 } from './leb128.js';
export { wasm } from './wasm.js';
export { type WasmFunction, type WasmModuleOptions, wasmModule } from './wasmModule.js';
export { type WebAssemblyApi, webAssembly } from './webAssembly.js';
