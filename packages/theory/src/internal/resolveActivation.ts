import {
  didYouMean,
  formatChoices,
  formatValue,
  standardNormalCdf,
  validateNumber,
  validateOptions,
} from '@nninit/internal';
import { gaussianExpectation, type Integrand } from './gaussianExpectation.js';

/**
 * An activation ready for the mean-field maps. `moments(q, out)` writes, for u = √q·z with
 * z ~ N(0, 1): out[0] = E[φ(u)²], out[1] = E[φ′(u)²], out[2] = dE[φ(u)²]/dq (= E[z·φ(u)φ′(u)]/√q,
 * by differentiating under the integral). `correlation(q, c, out)` writes, for (u₁, u₂) with
 * variances q and correlation c: out[0] = E[φ(u₁)φ(u₂)], out[1] = E[φ′(u₁)φ′(u₂)].
 */
export interface ResolvedActivation {
  /** `tolerance`, when given, is the quadrature's panel tolerance (closed forms ignore it). */
  readonly moments: (q: number, out: Float64Array, tolerance?: number) => void;
  readonly correlation: (q: number, c: number, out: Float64Array) => void;
}

const NAMES = ['relu', 'leaky_relu', 'tanh', 'sigmoid', 'erf', 'selu', 'gelu', 'linear'] as const;
/** Klambauer et al. 2017, "Self-normalizing neural networks": the constants of the SELU definition. */
const SELU_ALPHA = 1.6732632423543772,
  SELU_LAMBDA = 1.0507009873554805;
const INV_SQRT_2PI = 0.3989422804014327,
  TWO_OVER_SQRT_PI = 1.1283791670955126;

/** Validates an activation argument (`param` names it in messages) and resolves it. */
export function resolveActivation(fn: string, param: string, spec: unknown): ResolvedActivation {
  const expected = `one of ${formatChoices(NAMES)}, { name: "leaky_relu", a } or { fn, derivative }`;
  if (typeof spec === 'string') {
    if (!(NAMES as readonly string[]).includes(spec)) {
      throw new RangeError(`${fn}: ${param} must be ${expected}, got ${formatValue(spec)}${didYouMean(spec, NAMES)}`);
    }
    return named(spec as (typeof NAMES)[number], 0.01);
  }
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new TypeError(`${fn}: ${param} must be ${expected}, got ${formatValue(spec)}`);
  }
  if ('name' in spec) {
    const o = validateOptions<{ name: unknown; a?: unknown }>(fn, spec as { name: unknown }, ['name', 'a'], param);
    if (o.name !== 'leaky_relu') {
      throw new RangeError(
        `${fn}: ${param}.name must be "leaky_relu" (the one activation with a parameter), got ${formatValue(o.name)}`,
      );
    }
    return named('leaky_relu', validateNumber(fn, `${param}.a`, o.a ?? 0.01, { min: -1, max: 1 }));
  }
  const o = validateOptions<{ fn: unknown; derivative: unknown }>(
    fn,
    spec as { fn: unknown; derivative: unknown },
    ['fn', 'derivative'],
    param,
  );
  for (const key of ['fn', 'derivative'] as const) {
    if (typeof o[key] !== 'function')
      throw new TypeError(`${fn}: ${param}.${key} must be a function, got ${formatValue(o[key])}`);
  }
  return byQuadrature(
    checked(fn, `${param}.fn`, o.fn as (x: number) => number),
    checked(fn, `${param}.derivative`, o.derivative as (x: number) => number),
    false,
  );
}

/** A user function that must return a finite number wherever the quadrature evaluates it. */
function checked(fn: string, param: string, f: (x: number) => number): (x: number) => number {
  return (x) => {
    const y = f(x);
    if (typeof y !== 'number' || !Number.isFinite(y)) {
      throw new (typeof y === 'number' ? RangeError : TypeError)(
        `${fn}: ${param} must return a finite number, got ${formatValue(y)} at x = ${formatValue(x)}`,
      );
    }
    return y;
  };
}

function named(name: (typeof NAMES)[number], a: number): ResolvedActivation {
  switch (name) {
    case 'relu':
      return leakyRelu(0);
    case 'leaky_relu':
      return leakyRelu(a);
    case 'linear':
      return leakyRelu(1);
    case 'erf':
      return erfActivation;
    case 'tanh':
      // sech² = (1 − t)(1 + t) from t = tanh x: one transcendental per node, absolute error ≤ ε.
      return byQuadrature(
        Math.tanh,
        (x) => 1 / Math.cosh(x) ** 2,
        false,
        (x, out) => {
          const t = Math.tanh(x);
          out[0] = t;
          out[1] = (1 - t) * (1 + t);
        },
        true,
      );
    case 'sigmoid':
      return byQuadrature(
        (x) => 1 / (1 + Math.exp(-x)),
        (x) => {
          const e = Math.exp(-Math.abs(x));
          return e / (1 + e) ** 2;
        },
        false,
      );
    case 'gelu':
      return byQuadrature(
        (x) => x * standardNormalCdf(x),
        (x) => standardNormalCdf(x) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x),
        false,
      );
    case 'selu':
      return byQuadrature(
        (x) => (x > 0 ? SELU_LAMBDA * x : SELU_LAMBDA * SELU_ALPHA * Math.expm1(x)),
        (x) => (x > 0 ? SELU_LAMBDA : SELU_LAMBDA * SELU_ALPHA * Math.exp(x)),
        true,
      );
  }
}

/**
 * φ(x) = a·x + (1 − a)·max(0, x): relu (a = 0), leaky relu, linear (a = 1). With the arc-cosine
 * kernel of degree 1 and 0 (Cho & Saul 2009), for u₁, u₂ of variance q and correlation
 * c = cos θ:
 *   E[relu(u₁)relu(u₂)] = q·(sin θ + (π − θ)·cos θ)/(2π),  E[H(u₁)H(u₂)] = (π − θ)/(2π),
 * and E[u₁·relu(u₂)] = q·c/2 (the pair (u₁, u₂) is symmetric under negation), so
 *   E[φ(u₁)φ(u₂)] = a·q·c + (1 − a)²·q·(sin θ + (π − θ)·cos θ)/(2π),
 *   E[φ′(u₁)φ′(u₂)] = a + (1 − a)²·(π − θ)/(2π),
 * and at c = 1: E[φ²] = q·(1 + a²)/2, E[φ′²] = (1 + a²)/2 (He et al. 2015's ½ for ReLU).
 */
function leakyRelu(a: number): ResolvedActivation {
  const half = (1 + a * a) / 2,
    b = (1 - a) ** 2;
  return {
    moments(q, out) {
      out[0] = q * half;
      out[1] = half;
      out[2] = half;
    },
    correlation(q, c, out) {
      const theta = Math.acos(c);
      out[0] = a * q * c + (b * q * (Math.sqrt((1 - c) * (1 + c)) + (Math.PI - theta) * c)) / (2 * Math.PI);
      out[1] = a + (b * (Math.PI - theta)) / (2 * Math.PI);
    },
  };
}

/**
 * φ = erf, with Williams's (1997) arcsine kernel: for u₁, u₂ of variance q, correlation c,
 *   E[erf(u₁)erf(u₂)] = (2/π)·arcsin(2qc/(1 + 2q)) = (2/π)·atan(2qc/√(1 + 4q + 4q²(1 − c²))),
 * and, φ′(x) = (2/√π)e^(−x²), E[φ′(u₁)φ′(u₂)] = (4/π)/√det(I + 2Σ) = (4/π)/√(1 + 4q + 4q²(1 − c²)).
 * At c = 1, E[φ²] = (2/π)·atan(2q/√(1 + 4q)), E[φ′²] = (4/π)/√(1 + 4q) and
 * dE[φ²]/dq = (4/π)/((1 + 2q)·√(1 + 4q)). The atan form keeps full precision as 2q/(1 + 2q) → 1.
 */
const erfActivation: ResolvedActivation = {
  moments(q, out) {
    const r = Math.sqrt(1 + 4 * q);
    out[0] = (2 / Math.PI) * Math.atan((2 * q) / r);
    out[1] = 4 / Math.PI / r;
    out[2] = 4 / Math.PI / ((1 + 2 * q) * r);
  },
  correlation(q, c, out) {
    const r = Math.sqrt(1 + 4 * q + 4 * q * q * (1 - c) * (1 + c));
    out[0] = (2 / Math.PI) * Math.atan((2 * q * c) / r);
    out[1] = 4 / Math.PI / r;
  },
};

/** The activation erf, for the quadrature tests: erf(x) = 2Φ(√2·x) − 1, erf′(x) = (2/√π)e^(−x²). */
export const erfFunctions = {
  fn: (x: number): number =>
    x >= 0 ? 1 - 2 * standardNormalCdf(-Math.SQRT2 * x) : 2 * standardNormalCdf(Math.SQRT2 * x) - 1,
  derivative: (x: number): number => TWO_OVER_SQRT_PI * Math.exp(-x * x),
};

/**
 * Expectations by {@link gaussianExpectation}. `kinkAtZero` (SELU: φ′ jumps at 0) makes the
 * two-dimensional integral split its inner variable where u₂ = 0, that is z₂ = −c·z₁/√(1 − c²);
 * the outer variable z₁ is always split at 0. A user function's kinks are unknown, so the
 * adaptive panels must find them. `both(x, out)` may compute φ and φ′ together, more cheaply.
 * `odd` (φ(−x) = −φ(x), as tanh): then φ², φ′² and z·φ·φ′ are even in z, and the variance
 * moments integrate over z ≥ 0 only.
 */
export function byQuadrature(
  phi: (x: number) => number,
  dphi: (x: number) => number,
  kinkAtZero: boolean,
  both: (x: number, out: Float64Array) => void = (x, out) => {
    out[0] = phi(x);
    out[1] = dphi(x);
  },
  odd = false,
): ResolvedActivation {
  const pair = new Float64Array(2);
  return {
    moments(q, out, tolerance) {
      const s = Math.sqrt(q);
      const g: Integrand = (z, v) => {
        both(s * z, pair);
        const f = pair[0] as number,
          d = pair[1] as number;
        v[0] = f * f;
        v[1] = d * d;
        v[2] = z * f * d;
      };
      gaussianExpectation(g, 3, [], out, tolerance, odd);
      out[2] = (out[2] as number) / s;
    },
    correlation(q, c, out) {
      const s = Math.sqrt(q),
        r = Math.sqrt((1 - c) * (1 + c));
      const inner = new Float64Array(2);
      let shift = 0;
      const g2: Integrand = (z2, v) => {
        const u = s * (shift + r * z2);
        v[0] = phi(u);
        v[1] = dphi(u);
      };
      const g1: Integrand = (z1, v) => {
        shift = c * z1;
        gaussianExpectation(g2, 2, kinkAtZero && r > 0 ? [(-c * z1) / r] : [], inner);
        v[0] = phi(s * z1) * (inner[0] as number);
        v[1] = dphi(s * z1) * (inner[1] as number);
      };
      gaussianExpectation(g1, 2, [], out);
    },
  };
}
