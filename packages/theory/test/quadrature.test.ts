import { describe, expect, it } from 'vitest';
import { gaussianExpectation } from '../src/internal/gaussianExpectation.js';
import { byQuadrature, erfFunctions, resolveActivation } from '../src/internal/resolveActivation.js';

/**
 * The stated accuracy of the Gaussian expectations: the adaptive quadrature, applied to
 * activations whose expectations have closed forms (relu, leaky relu, linear: the arc-cosine
 * kernels; erf: the arcsine kernel), agrees with those closed forms to a relative 1e-10, in one
 * and two dimensions, at variances from 1e-4 to 1e4 and correlations from 0 to 0.999.
 */
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('gaussianExpectation', () => {
  it('integrates the normal moments E[Zᵏ] = (k − 1)!! for even k, 0 for odd k, to 1e-13', () => {
    const out = new Float64Array(9);
    gaussianExpectation(
      (z, v) => {
        for (let k = 0; k <= 8; k++) v[k] = z ** k;
      },
      9,
      [],
      out,
    );
    const exact = [1, 0, 1, 0, 3, 0, 15, 0, 105];
    exact.forEach((e, k) => expect(Math.abs((out[k] as number) - e), `k = ${k}`).toBeLessThan(1e-13 * Math.max(1, e)));
  });

  it('even: integrating z ≥ 0 and doubling gives the whole line’s value, for tanh’s moments at every scale', () => {
    const half = new Float64Array(3),
      whole = new Float64Array(3);
    for (const q of [1e-6, 0.5, 3, 100]) {
      const s = Math.sqrt(q);
      const g = (z: number, v: Float64Array) => {
        const t = Math.tanh(s * z);
        v[0] = t * t;
        v[1] = (1 - t * t) ** 2;
        v[2] = z * t * (1 - t * t);
      };
      gaussianExpectation(g, 3, [], whole);
      gaussianExpectation(g, 3, [], half, undefined, true);
      for (let j = 0; j < 3; j++)
        expect(Math.abs(half[j]! - whole[j]!), `q ${q}, moment ${j}`).toBeLessThanOrEqual(1e-12 * Math.abs(whole[j]!));
    }
  });

  it('is accurate across a jump placed at a panel edge: E[Z·1{Z > t}] = ϕ(t), E[(Z² − 1)·1{Z > t}] = t·ϕ(t)', () => {
    const out = new Float64Array(2);
    const t = 0.37,
      pdf = Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
    gaussianExpectation(
      (z, v) => {
        v[0] = z > t ? z : 0;
        v[1] = z > t ? z * z - 1 : 0;
      },
      2,
      [t],
      out,
    );
    expect(relative(out[0] as number, pdf)).toBeLessThan(1e-12);
    expect(relative(out[1] as number, t * pdf)).toBeLessThan(1e-12);
  });

  it('finds a jump that is not a panel edge by halving, to 1e-10', () => {
    const out = new Float64Array(1);
    const t = 0.37,
      pdf = Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
    gaussianExpectation(
      (z, v) => {
        v[0] = z > t ? z : 0;
      },
      1,
      [],
      out,
    );
    expect(relative(out[0] as number, pdf)).toBeLessThan(1e-10);
  });
});

const closedForms = [
  {
    name: 'relu',
    closed: resolveActivation('t', 'a', 'relu'),
    phi: (x: number) => Math.max(x, 0),
    d: (x: number) => (x > 0 ? 1 : 0),
  },
  {
    name: 'leaky_relu 0.2',
    closed: resolveActivation('t', 'a', { name: 'leaky_relu', a: 0.2 }),
    phi: (x: number) => (x > 0 ? x : 0.2 * x),
    d: (x: number) => (x > 0 ? 1 : 0.2),
  },
  { name: 'linear', closed: resolveActivation('t', 'a', 'linear'), phi: (x: number) => x, d: () => 1 },
  { name: 'erf', closed: resolveActivation('t', 'a', 'erf'), phi: erfFunctions.fn, d: erfFunctions.derivative },
];

describe.each(closedForms)('quadrature against the closed forms: $name', ({ name, closed, phi, d }) => {
  // relu-like activations are kinked at 0: the quadrature splits there (true); erf is smooth.
  const quadrature = byQuadrature(phi, d, name !== 'erf');
  const a = new Float64Array(3),
    b = new Float64Array(3);

  it.each([1e-4, 0.3, 1, 7.5, 1e4])('E[φ²], E[φ′²] and dE[φ²]/dq at q = %s, to 1e-10', (q) => {
    closed.moments(q, a);
    quadrature.moments(q, b);
    for (let j = 0; j < 3; j++) expect(relative(b[j] as number, a[j] as number), `moment ${j}`).toBeLessThan(1e-10);
  });

  it.each([
    [0.5, 0],
    [0.5, 0.3],
    [2, 0.9],
    [2, 0.999],
    [30, 0.6],
  ])('E[φ(u₁)φ(u₂)] and E[φ′(u₁)φ′(u₂)] at q = %s, c = %s, to 1e-10', (q, c) => {
    closed.correlation(q, c, a);
    quadrature.correlation(q, c, b);
    for (let j = 0; j < 2; j++) {
      // E[φ(u₁)φ(u₂)] is 0 at c = 0 for odd φ: compare on the scale of E[φ²] there.
      const scale = Math.max(Math.abs(a[j] as number), j === 0 ? 1e-6 * q : 0);
      expect(Math.abs((b[j] as number) - (a[j] as number)) / scale, `component ${j}`).toBeLessThan(1e-10);
    }
  });
});
