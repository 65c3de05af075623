import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { elementwiseFiles } from './generateElementwise.js';
import { float32Path, float32Source, generatedKernels } from './generateFloat32.js';
import { KERNELS_WAT, kernelsWat } from './generateWat.js';

/**
 * Every generated file of the package: path (relative to the package) → content: the float32
 * matmul copies, the elementwise ops of scripts/elementwiseOps.ts and the text form of the
 * WebAssembly kernels. One entry
 * point, `pnpm --filter @nninit/tensor generate`, writes them all; test/generated.test.ts fails
 * when a committed file differs from what this returns.
 */
export async function generatedFiles(read: (path: string) => string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of generatedKernels) files.set(float32Path(file), float32Source(read(file), file));
  for (const [path, source] of elementwiseFiles()) files.set(path, source);
  files.set(KERNELS_WAT, await kernelsWat());
  return files;
}

const root = fileURLToPath(new URL('..', import.meta.url));
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, content] of await generatedFiles((file) => readFileSync(root + file, 'utf8'))) {
    writeFileSync(root + path, content);
    console.log(`wrote ${path}`);
  }
}
