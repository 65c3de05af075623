import { deltaOrthogonal, heUniform, initialize, orthogonal, randomNormal } from '@nninit/init';
import { RandomState } from '@nninit/rng';
import { describe, expect, it } from 'vitest';
import { type GoldenTensor, readGolden } from './helpers/golden.js';

// Golden vectors from numpy's legacy RandomState, written by scripts/golden.py.
const golden = readGolden();

describe('the course notebook, layer after layer from one RandomState(3)', () => {
  const cases: [
    string,
    GoldenTensor[],
    (shape: number[], rng: RandomState, dtype: 'float32' | 'float64') => Float32Array | Float64Array,
  ][] = [
    [
      'he: randn(n_l, n_{l−1}) · sqrt(2/n_{l−1})',
      golden.he_notebook,
      (s, rng, dtype) => initialize(s, 'he', { rng, dtype }).data,
    ],
    [
      "random with the notebook's scale 10",
      golden.random_notebook,
      (s, rng, dtype) => initialize(s, 'random', { rng, dtype, scale: 10 }).data,
    ],
    [
      'random with the default scale 0.01',
      golden.random_default,
      (s, rng, dtype) => initialize(s, { name: 'random' }, { rng, dtype }).data,
    ],
  ];
  for (const [title, layers, draw] of cases) {
    it(`${title}: float64 bit for bit, float32 = numpy's astype(float32)`, () => {
      expect(layers.length).toBe(3);
      for (const dtype of ['float64', 'float32'] as const) {
        const rng = new RandomState(3);
        for (const layer of layers) {
          const values = draw(layer.shape, rng, dtype);
          expect(Array.from(values)).toEqual(dtype === 'float64' ? layer.float64 : layer.float32);
        }
      }
    });
  }

  it("the notebook's example: initialize([10, 2], 'he') equals np.random.seed(3); randn(10, 2) * sqrt(2/2)", () => {
    const w = initialize([10, 2], 'he', { rng: new RandomState(3), dtype: 'float64' });
    expect(w.shape).toEqual([10, 2]);
    expect(w.dtype).toBe('float64');
    expect(Array.from(w.data)).toEqual(golden.he_notebook[0]?.float64);
  });
});

describe('other RandomState reproductions', () => {
  it('he_uniform is RandomState.uniform(−√(6/fanIn), √(6/fanIn)), dense then conv', () => {
    const rng = new RandomState(5);
    for (const g of golden.he_uniform_seed5) {
      expect(Array.from(heUniform(g.shape, { rng, dtype: 'float64' }).data)).toEqual(g.float64);
    }
  });

  it('normal with a mean is RandomState.normal(mean, std)', () => {
    const g = golden.normal_seed11;
    const w = randomNormal(g.shape, { mean: g.mean, std: g.std, rng: new RandomState(11), dtype: 'float64' });
    expect(Array.from(w.data)).toEqual(g.float64);
  });

  it("orthogonal is PyTorch's recipe with np.linalg.qr to 1e-12: tall, wide, square, conv, gains", () => {
    const rng = new RandomState(7);
    for (const g of golden.orthogonal_seed7) {
      const w = orthogonal(g.shape, { gain: g.gain, rng, dtype: 'float64' });
      expect(w.shape).toEqual(g.shape);
      const worst = Math.max(...Array.from(w.data, (x, i) => Math.abs(x - (g.float64[i] as number))));
      expect(worst).toBeLessThan(1e-12);
    }
  });

  it("delta_orthogonal is JAX's: zeros with orthogonal([out, in]) at the kernel centre", () => {
    const g = golden.delta_orthogonal_seed9;
    const w = deltaOrthogonal(g.shape, { rng: new RandomState(9), dtype: 'float64' });
    const worst = Math.max(...Array.from(w.data, (x, i) => Math.abs(x - (g.float64[i] as number))));
    expect(worst).toBeLessThan(1e-12);
    expect(Array.from(w.data).filter((x) => x !== 0).length).toBe(12);
  });
});
