import { formatValue, validateNumber, validateOptions } from '@nninit/internal';
import type { OutputActivation } from '../../model/Activation.js';
import { exp } from '../exp.js';
import { tanh } from '../tanh.js';

/** Activation codes, small integers so kernels branch on a constant. */
export const RELU = 0,
  LEAKY_RELU = 1,
  TANH = 2,
  SIGMOID = 3,
  LINEAR = 4,
  SOFTMAX = 5;

/** An activation after validation: its code, its parameter and its canonical name. */
export interface ResolvedActivation {
  readonly code: number;
  readonly alpha: number;
  readonly name: 'relu' | 'leaky_relu' | 'tanh' | 'sigmoid' | 'linear' | 'softmax';
}

const CODES = {
  relu: RELU,
  leaky_relu: LEAKY_RELU,
  tanh: TANH,
  sigmoid: SIGMOID,
  linear: LINEAR,
  softmax: SOFTMAX,
} as const;
const HIDDEN = `'relu', 'leaky_relu', 'tanh', 'sigmoid', 'linear' or { name: 'leaky_relu', alpha }`;

/** Validates an activation name or `{ name: 'leaky_relu', alpha }` (softmax only when `output`). */
export function resolveActivation(fn: string, param: string, spec: unknown, output: boolean): ResolvedActivation {
  const allowed = output ? `${HIDDEN} or 'softmax'` : HIDDEN;
  const name = typeof spec === 'object' && spec !== null ? (spec as { name?: unknown }).name : spec;
  if (typeof name !== 'string' || !(name in CODES) || (name === 'softmax' && !output)) {
    throw new TypeError(`${fn}: ${param} must be ${allowed}, got ${formatValue(name === undefined ? spec : name)}`);
  }
  const key = name as keyof typeof CODES;
  let alpha = 0.01;
  if (typeof spec === 'object' && spec !== null) {
    const o = validateOptions<{ name: unknown; alpha?: unknown }>(
      fn,
      spec as { name: unknown },
      key === 'leaky_relu' ? ['name', 'alpha'] : ['name'],
      param,
    );
    alpha = validateNumber(fn, `${param}.alpha`, o.alpha ?? 0.01, { min: 0, lessThan: 1 });
  }
  return { code: CODES[key], alpha: key === 'leaky_relu' ? alpha : 0, name: key };
}

/** The name or object a user would pass to get this activation back. */
export function activationSpec(a: ResolvedActivation): OutputActivation {
  return a.code === LEAKY_RELU && a.alpha !== 0.01 ? { name: 'leaky_relu', alpha: a.alpha } : a.name;
}

/** f(z) for an elementwise activation. */
export function activate(z: number, code: number, alpha: number): number {
  if (code === RELU) return z > 0 ? z : 0;
  if (code === LEAKY_RELU) return z > 0 ? z : alpha * z;
  if (code === TANH) return tanh(z);
  if (code === SIGMOID) return 1 / (1 + exp(-z));
  return z;
}

/** f′(z) written with a = f(z) (every supported activation allows it). */
export function derivative(a: number, code: number, alpha: number): number {
  if (code === RELU) return a > 0 ? 1 : 0;
  if (code === LEAKY_RELU) return a > 0 ? 1 : alpha;
  if (code === TANH) return 1 - a * a;
  if (code === SIGMOID) return a * (1 - a);
  return 1;
}
