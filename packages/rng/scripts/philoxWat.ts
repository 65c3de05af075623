// Writes src/internal/philox/philoxWasm.wat, the text form of the Philox WebAssembly kernel as
// wabt prints the bytes philoxWasmBytes.ts emits today. test/philoxWasm.test.ts checks that the
// committed file is fresh. Run: pnpm --filter @nninit/rng generate
import { writeFileSync } from 'node:fs';
import { wasmText } from '@nninit/internal/testing';
import { philoxWasmBytes } from '../src/internal/philox/philoxWasmBytes.js';

const target = new URL('../src/internal/philox/philoxWasm.wat', import.meta.url);
writeFileSync(target, await wasmText(philoxWasmBytes({ names: true })));
console.log(`wrote ${target.pathname}`);
