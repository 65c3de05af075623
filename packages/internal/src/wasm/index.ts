export { leb128 } from './leb128.js';
export { wasm } from './wasm.js';
export { type WasmFunction, wasmModule } from './wasmModule.js';
