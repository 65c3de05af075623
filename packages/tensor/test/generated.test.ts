import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementwiseOps } from '../scripts/elementwiseOps.js';
import { generatedFiles } from '../scripts/generate.js';
import { elementwiseSource } from '../scripts/generateElementwise.js';
import { float32Source } from '../scripts/generateFloat32.js';

const root = new URL('..', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const files = [...(await generatedFiles(read))];
const paths = (entries: readonly [string, string][]): string[] => entries.map(([path]) => path);

describe('generated files', () => {
  it.each(files)('%s is up to date (run `pnpm --filter @nninit/tensor generate` if not)', (path, content) => {
    expect(read(path)).toBe(content);
  });

  it('covers the float32 matmul copies and every elementwise op of the spec', () => {
    const paths = files.map(([path]) => path);
    expect(paths).toContain('src/internal/matmul/directKernel32.ts');
    expect(paths).toContain('src/internal/matmul/pack32.ts');
    for (const op of elementwiseOps) expect(paths).toContain(`src/ops/${op.folder}/${op.name}.ts`);
  });

  it('writes every elementwise kernel once per dtype, so that no loop sees both array types', () => {
    for (const op of elementwiseOps) {
      const source = elementwiseSource(op);
      const kind = op.arity === 2 ? 'BinaryKernels' : 'UnaryKernel';
      expect(source).toContain(`const float32: ${kind}<Float32Array> = `);
      expect(source).toContain(`const float64: ${kind}<Float64Array> = `);
    }
    expect(paths(files)).toContain('src/internal/unaryKernels32.ts');
  });

  it('refuses a source without the Elements alias', () => {
    expect(() => float32Source('export function f64() {}', 'x64.ts')).toThrow(
      'x64.ts: no `type Elements = Float64Array;`',
    );
  });

  it('refuses a spec entry that would make a line longer than biome formats', () => {
    const long = { ...elementwiseOps[0]!, expression: `${'Math.hypot($a, $b) + '.repeat(6)}$a` };
    expect(() => elementwiseSource(long)).toThrow('add: generated line longer than 120');
  });

  it('a generated op computes its spec expression (mul of an edited spec would differ)', () => {
    const source = elementwiseSource({ ...elementwiseOps.find((op) => op.name === 'mul')!, expression: '$a + $b' });
    expect(source).not.toBe(read('src/ops/arithmetic/mul.ts'));
    expect(source).toContain('o[oo + j] = x[xo + j]! + y[yo + j]!;');
  });
});
