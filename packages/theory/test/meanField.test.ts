import { CRITICAL_TOLERANCE, criticalWeightStd, meanField, phaseDiagram, varianceMap } from '@nninit/theory';
import { describe, expect, it } from 'vitest';
import { resolveActivation } from '../src/internal/resolveActivation.js';
import { varianceFixedPoint } from '../src/internal/varianceFixedPoint.js';
import golden from './data/meanField.json' with { type: 'json' };

// Reference values: scripts/golden.py (SciPy's QUADPACK and brentq, independent of this package's
// quadrature), and closed forms. Tolerances: the quadrature is accurate to about 1e-12 relative
// (test/quadrature.test.ts), SciPy's to about 1e-13; fixed points and roots inherit that,
// divided by the map's distance from marginality, so 1e-9 leaves room without hiding an error.
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
type Name = 'tanh' | 'sigmoid' | 'gelu' | 'selu';

describe('known results', () => {
  it('relu at σ_b = 0 is critical at σ_w² = 2, He et al.’s scale, and every q is then a fixed point (q* = 1 from q = 1)', () => {
    expect(criticalWeightStd('relu', 0)).toBeCloseTo(Math.SQRT2, 15);
    const he = meanField({ activation: 'relu', weightStd: Math.SQRT2, biasStd: 0 });
    expect(he).toEqual({
      qStar: 1,
      chi1: he.chi1,
      cStar: 1,
      depthScaleQ: Infinity,
      depthScaleC: Infinity,
      phase: 'critical',
    });
    expect(Math.abs(he.chi1 - 1)).toBeLessThan(1e-15);
  });

  it('relu off criticality: q* = σ_b²/(1 − σ_w²/2), χ₁ = σ_w²/2, ξ_c = −1/log χ₁; q* = ∞ above σ_w² = 2', () => {
    const r = meanField({ activation: 'relu', weightStd: 1.2, biasStd: 0.5 });
    expect(relative(r.qStar, 0.25 / (1 - 0.72))).toBeLessThan(1e-13);
    expect(relative(r.chi1, 0.72)).toBeLessThan(1e-15);
    expect(relative(r.depthScaleC, -1 / Math.log(0.72))).toBeLessThan(1e-14);
    expect(r.phase).toBe('ordered');
    expect(meanField({ activation: 'relu', weightStd: 1.2, biasStd: 0 }).qStar).toBe(0);
    const chaotic = meanField({ activation: 'relu', weightStd: 1.6, biasStd: 0.1 });
    expect(chaotic).toMatchObject({ qStar: Infinity, phase: 'chaotic', cStar: 1, depthScaleQ: Infinity });
    expect(relative(chaotic.chi1, 1.28)).toBeLessThan(1e-15);
  });

  it('tanh at σ_b = 0 is critical at σ_w = 1 with q* = 0; ordered below, chaotic above with c* = 0 (odd φ)', () => {
    expect(criticalWeightStd('tanh', 0)).toBe(1);
    expect(meanField({ activation: 'tanh', weightStd: 1, biasStd: 0 })).toEqual({
      qStar: 0,
      chi1: 1,
      cStar: 1,
      depthScaleQ: Infinity,
      depthScaleC: Infinity,
      phase: 'critical',
    });
    const below = meanField({ activation: 'tanh', weightStd: 0.9, biasStd: 0 });
    expect(below).toMatchObject({ qStar: 0, phase: 'ordered', cStar: 1 });
    expect(relative(below.chi1, 0.81)).toBeLessThan(1e-12);
    const above = meanField({ activation: 'tanh', weightStd: 1.3, biasStd: 0 });
    expect(above.qStar).toBeGreaterThan(0);
    expect(above).toMatchObject({ phase: 'chaotic', cStar: 0 });
  });

  it.each(golden.critical)(
    'tanh’s order-to-chaos line (Schoenholz et al. 2017’s phase diagram): σ_b² = $biasVariance is critical at σ_w² = $weightVariance',
    ({ biasVariance, weightVariance, qStar }) => {
      const sw = criticalWeightStd('tanh', Math.sqrt(biasVariance)) as number;
      expect(relative(sw * sw, weightVariance)).toBeLessThan(1e-9);
      const m = meanField({ activation: 'tanh', weightStd: sw, biasStd: Math.sqrt(biasVariance) });
      expect(m.phase).toBe('critical');
      expect(relative(m.qStar, qStar)).toBeLessThan(1e-9);
      // Either side of the line by 1 %: ordered below, chaotic above.
      expect(meanField({ activation: 'tanh', weightStd: 0.99 * sw, biasStd: Math.sqrt(biasVariance) }).phase).toBe(
        'ordered',
      );
      expect(meanField({ activation: 'tanh', weightStd: 1.01 * sw, biasStd: Math.sqrt(biasVariance) }).phase).toBe(
        'chaotic',
      );
    },
  );

  it('SELU’s self-normalizing fixed point (Klambauer et al. 2017): q* = 1 at σ_w² = 1 (LeCun normal), σ_b = 0', () => {
    const selu = meanField({ activation: 'selu', weightStd: 1, biasStd: 0 });
    expect(Math.abs(selu.qStar - 1)).toBeLessThan(1e-12);
    // E[selu(z)] = 0 at q = 1 too (the mean's fixed point), so C(0) = 0 and the chaotic c* is 0.
    expect(selu.cStar).toBe(0);
  });

  it('linear: q* = σ_b²/(1 − σ_w²), χ₁ = σ_w², critical at σ_w = 1', () => {
    const m = meanField({ activation: 'linear', weightStd: 0.6, biasStd: 0.8 });
    expect(relative(m.qStar, 0.64 / 0.64)).toBeLessThan(1e-13);
    expect(relative(m.chi1, 0.36)).toBeLessThan(1e-15);
    expect(criticalWeightStd('linear', 0.3)).toBeCloseTo(1, 15);
  });
});

describe.each(golden.points)('against SciPy: $activation at σ_w = $weightStd, σ_b = $biasStd', (point) => {
  const m = meanField({ activation: point.activation as Name, weightStd: point.weightStd, biasStd: point.biasStd });
  it('q* and χ₁ to 1e-9', () => {
    expect(relative(m.qStar, point.qStar)).toBeLessThan(1e-9);
    expect(relative(m.chi1, point.chi1)).toBeLessThan(1e-9);
    expect(m.phase).toBe(point.chi1 < 1 ? 'ordered' : 'chaotic');
  });
  // The golden file has c* at every chaotic point; at the ordered ones c* is 1.
  if ('cStar' in point) {
    it('c* to 1e-8', () => {
      expect(relative(m.cStar, (point as { cStar: number }).cStar)).toBeLessThan(1e-8);
    });
  } else {
    it('c* = 1 (ordered)', () => {
      expect(m.cStar).toBe(1);
    });
  }
});

describe('depth scales', () => {
  it('ξ_c diverges at criticality and equals −1/log χ₁ in the ordered phase; ξ_q is finite there', () => {
    const sw = criticalWeightStd('tanh', 0.3) as number;
    const near = [0.9, 0.99, 0.999].map((f) => meanField({ activation: 'tanh', weightStd: f * sw, biasStd: 0.3 }));
    for (let i = 1; i < near.length; i++) expect(near[i]!.depthScaleC).toBeGreaterThan(near[i - 1]!.depthScaleC);
    for (const m of near) {
      expect(relative(m.depthScaleC, -1 / Math.log(m.chi1))).toBeLessThan(1e-14);
      expect(Number.isFinite(m.depthScaleQ)).toBe(true);
    }
    expect(meanField({ activation: 'tanh', weightStd: sw, biasStd: 0.3 }).depthScaleC).toBe(Infinity);
  });

  it('ξ_q = −1/log(σ_w²·dE[φ²]/dq) matches the measured decay of q − q* along varianceMap', () => {
    const m = meanField({ activation: 'tanh', weightStd: 1.2, biasStd: 0.4 });
    const q = varianceMap('tanh', 1.2, 0.4, m.qStar * 1.001, 40);
    // |qˡ − q*| ∝ e^(−l/ξ_q) once the map is linear near q*: compare layers 10 and 20.
    const measured = 10 / Math.log(Math.abs(q[10]! - m.qStar) / Math.abs(q[20]! - m.qStar));
    expect(relative(measured, m.depthScaleQ)).toBeLessThan(1e-3);
  });
});

describe('user activations and the critical tolerance', () => {
  it('{ fn, derivative } for tanh gives the built-in tanh’s results to 1e-12', () => {
    const user = meanField({
      activation: { fn: Math.tanh, derivative: (x) => 1 / Math.cosh(x) ** 2 },
      weightStd: 1.4,
      biasStd: 0.2,
    });
    const built = meanField({ activation: 'tanh', weightStd: 1.4, biasStd: 0.2 });
    for (const k of ['qStar', 'chi1', 'cStar', 'depthScaleQ', 'depthScaleC'] as const) {
      expect(relative(user[k], built[k]), k).toBeLessThan(1e-12);
    }
  });

  it('critical means |χ₁ − 1| ≤ CRITICAL_TOLERANCE = 1e-8: √2 rounded is critical for relu, 1.41 is not', () => {
    expect(CRITICAL_TOLERANCE).toBe(1e-8);
    expect(meanField({ activation: 'relu', weightStd: Math.SQRT2, biasStd: 0 }).phase).toBe('critical');
    expect(meanField({ activation: 'relu', weightStd: 1.41, biasStd: 0 }).phase).toBe('ordered');
    expect(meanField({ activation: 'relu', weightStd: Math.sqrt(2 + 2e-8 * 0.99), biasStd: 0 }).phase).toBe('critical');
    expect(meanField({ activation: 'relu', weightStd: Math.sqrt(2 + 2e-8 * 1.01), biasStd: 0 }).phase).toBe('chaotic');
  });

  it('zeros is degenerate: σ_w = σ_b = 0 gives q* = 0, χ₁ = 0, depth scales 0', () => {
    expect(meanField({ activation: 'relu', weightStd: 0, biasStd: 0 })).toEqual({
      qStar: 0,
      chi1: 0,
      cStar: 1,
      depthScaleQ: 0,
      depthScaleC: 0,
      phase: 'ordered',
    });
  });
});

describe('varianceMap and phaseDiagram', () => {
  it('the TSDoc examples', () => {
    expect(varianceMap('relu', Math.SQRT2, 0, 1, 3)).toEqual([
      1, 1.0000000000000002, 1.0000000000000004, 1.0000000000000007,
    ]);
    expect(varianceMap('linear', 0.5, 1, 0, 2)).toEqual([0, 1, 1.25]);
    // README
    expect(varianceMap('relu', 1, 0, 1, 3)).toEqual([1, 0.5, 0.25, 0.125]);
    expect(criticalWeightStd('relu', 0)).toBe(Math.SQRT2 - 2 ** -52); // 1.414213562373095, √2 less one ulp
    expect((criticalWeightStd('tanh', Math.sqrt(0.05)) as number) ** 2).toBeCloseTo(1.7609546396067386, 13);
    expect(phaseDiagram('relu', [1, Math.SQRT2, 2], [0])).toEqual({
      weightStds: [1, Math.SQRT2, 2],
      biasStds: [0],
      qStar: [[0, 1, Infinity]],
      chi1: [[0.5, 1.0000000000000002, 2]],
    });
  });

  it('erf’s map is the arcsine closed form layer by layer, and converges to meanField’s q*', () => {
    const q = varianceMap('erf', 1.5, 0.3, 2, 200);
    expect(q[1]).toBeCloseTo(2.25 * (2 / Math.PI) * Math.asin(4 / 5) + 0.09, 14);
    expect(relative(q[200]!, meanField({ activation: 'erf', weightStd: 1.5, biasStd: 0.3 }).qStar)).toBeLessThan(1e-12);
  });

  it('phaseDiagram’s warm-started q* and χ₁ equal those found from q = 1 at every point of a tanh grid, to 1e-12', () => {
    const ws = [0.5, 0.9, 1.2, 1.5, 2, 3],
      bs = [0, 0.05, 0.3, 1];
    const d = phaseDiagram('tanh', ws, bs);
    const tanh = resolveActivation('test', 'activation', 'tanh');
    const m = new Float64Array(3);
    bs.forEach((b, i) =>
      ws.forEach((w, j) => {
        const qStar = varianceFixedPoint(tanh, w * w, b * b, m);
        const q = d.qStar[i]![j]!;
        expect(qStar === 0 ? q : relative(q, qStar), `q* at ${w}, ${b}`).toBeLessThan(1e-12);
        expect(relative(d.chi1[i]![j]!, w * w * m[1]!), `χ₁ at ${w}, ${b}`).toBeLessThan(1e-12);
      }),
    );
  });
});
