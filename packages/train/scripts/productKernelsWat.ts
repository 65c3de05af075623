// Writes src/internal/engine/wasm/productKernels.wat, the text form of the trainer's
// WebAssembly kernels as wabt prints the bytes productFunctions() emits today (with a name
// section, which the runtime module leaves out). test/productKernelsWat.test.ts checks that the
// committed file is fresh. Run: pnpm --filter @nninit/train generate
import { writeFileSync } from 'node:fs';
import { wasmText } from '@nninit/internal/testing';
import { wasmModule } from '@nninit/internal/wasm';
import { productFunctions } from '../src/internal/engine/wasm/productFunctions.js';

const target = new URL('../src/internal/engine/wasm/productKernels.wat', import.meta.url);
writeFileSync(target, await wasmText(wasmModule(productFunctions(), { names: true })));
console.log(`wrote ${target.pathname}`);
