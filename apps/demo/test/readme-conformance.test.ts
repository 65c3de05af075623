import { philox } from '@nninit/rng';
import { normal } from '@nninit/verify';
import { verifyMatchers } from '@nninit/verify/vitest';
import { expect, it } from 'vitest';

expect.extend(verifyMatchers);

// Your initializer: He-normal weights of shape [fanOut, fanIn, ...kernel], from any generator that
// is deterministic in (shape, seed) — here Box–Muller over @nninit/rng's Philox uniforms.
function myHeNormal(shape: readonly number[], seed: number): Float64Array {
  const fanIn = shape.slice(1).reduce((a, b) => a * b, 1);
  const w = new Float64Array(shape.reduce((a, b) => a * b, 1));
  const u = new Float64Array(w.length + (w.length % 2));
  philox(seed).fillUniform(u);
  for (let i = 0; i < w.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - u[i]!)) * Math.sqrt(2 / fanIn),
      t = 2 * Math.PI * u[i + 1]!;
    w[i] = r * Math.cos(t);
    if (i + 1 < w.length) w[i + 1] = r * Math.sin(t);
  }
  return w;
}

// What it promises for each shape: N(0, 2/fanIn).
const declared = (shape: readonly number[]) => normal(0, Math.sqrt(2 / shape.slice(1).reduce((a, b) => a * b, 1)));

it('myHeNormal draws N(0, 2/fanIn) on every generated shape', () => {
  // 20 dense and conv shapes from fast-check seed 1, ≥ 10,000 samples each, KS and chi-square,
  // Holm at family-wise alpha 1e-6: a correct initializer fails with probability ≤ 1e-6.
  expect(myHeNormal).toConformTo(declared, { seed: 1, alpha: 1e-6 });
});

it('would catch a 5 % error in its standard deviation (the power canary)', () => {
  expect((shape: readonly number[], seed: number) => myHeNormal(shape, seed).map((x) => 1.05 * x)).not.toConformTo(
    declared,
    { seed: 1, alpha: 1e-6 },
  );
});
