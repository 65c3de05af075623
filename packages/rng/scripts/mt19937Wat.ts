// Writes src/internal/mt19937/mt19937Wasm.wat, the text form of the MT19937 WebAssembly kernel as
// wabt prints the bytes mt19937Wasm.ts emits today. test/mt19937Wasm.test.ts checks that the
// committed file is fresh. Run: pnpm --filter @nninit/rng generate
import { writeFileSync } from 'node:fs';
import { wasmText } from '@nninit/internal/testing';
import { mt19937WasmBytes } from '../src/internal/mt19937/mt19937Wasm.js';

const target = new URL('../src/internal/mt19937/mt19937Wasm.wat', import.meta.url);
writeFileSync(target, await wasmText(mt19937WasmBytes({ names: true })));
console.log(`wrote ${target.pathname}`);
