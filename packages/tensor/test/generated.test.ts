import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { float32Path, float32Source, generatedKernels } from '../scripts/generateFloat32.js';

const root = new URL('..', import.meta.url);

describe('generated float32 kernels', () => {
  it.each(generatedKernels)('%s has an up-to-date float32 copy (run `pnpm generate` if not)', (file) => {
    const source = readFileSync(new URL(file, root), 'utf8');
    expect(readFileSync(new URL(float32Path(file), root), 'utf8')).toBe(float32Source(source, file));
  });

  it('refuses a source without the Elements alias', () => {
    expect(() => float32Source('export function f64() {}', 'x64.ts')).toThrow(
      'x64.ts: no `type Elements = Float64Array;`',
    );
  });
});
