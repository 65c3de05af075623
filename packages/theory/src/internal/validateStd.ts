import { validateNumber } from '@nninit/internal';

/**
 * A weight or bias standard deviation: finite, ≥ 0 and at most 1e50, so that σ² times any
 * variance the maps visit (up to 1e100) stays finite.
 */
export function validateStd(fn: string, param: string, value: unknown): number {
  return validateNumber(fn, param, value, { min: 0, max: 1e50 });
}
