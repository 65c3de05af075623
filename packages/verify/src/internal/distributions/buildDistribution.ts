import { fail } from '@nninit/internal';
import type { Distribution } from '../../distributions/Distribution.js';

/** The fields of a distribution before its methods are guarded. */
export interface DistributionFields {
  readonly family: string;
  readonly label: string;
  readonly parameters: Readonly<Record<string, number>>;
  readonly mean: number;
  readonly variance: number;
  readonly excessKurtosis?: number;
  readonly cdf: (x: number) => number;
  readonly pdf?: (x: number) => number;
  readonly quantile?: (p: number) => number;
}

/**
 * A frozen {@link Distribution} whose methods validate their argument and their result, so no
 * method coerces a string or returns NaN or ±Infinity: `cdf(x)` and `pdf(x)` take any number but
 * NaN (±Infinity included) and `quantile(p)` a number in [0, 1], a TypeError for a non-number and
 * a RangeError otherwise, in messages that start with `${name}.cdf` and so on. A result outside
 * its range (a cdf outside [0, 1], an infinite density or quantile) is a RangeError naming the
 * argument: for example the quantile of p = 0 of an unbounded law is −∞, so that p is refused.
 *
 * `name` is the constructor's name (`normal`) or a custom family's.
 */
export function buildDistribution(name: string, fields: DistributionFields): Distribution {
  const { cdf, pdf, quantile } = fields;
  const guardX = (method: string, x: unknown): void => {
    if (typeof x !== 'number') throw fail(TypeError, `${name}.${method}`, 'x', 'a number', x);
    if (Number.isNaN(x)) throw fail(RangeError, `${name}.${method}`, 'x', 'a number, not NaN', x);
  };
  const std = Math.sqrt(fields.variance);
  return Object.freeze({
    family: fields.family,
    label: fields.label,
    parameters: Object.freeze({ ...fields.parameters }),
    mean: fields.mean,
    variance: fields.variance,
    std,
    ...(fields.excessKurtosis === undefined ? {} : { excessKurtosis: fields.excessKurtosis }),
    cdf: (x: number): number => {
      guardX('cdf', x);
      const u = cdf(x);
      if (!(typeof u === 'number' && u >= 0 && u <= 1)) {
        throw fail(RangeError, `${name}.cdf`, 'x', `a point where the cdf is in [0, 1] (it gave ${u})`, x);
      }
      return u;
    },
    ...(pdf === undefined
      ? {}
      : {
          pdf: (x: number): number => {
            guardX('pdf', x);
            const f = pdf(x);
            if (!(typeof f === 'number' && f >= 0 && f < Infinity)) {
              throw fail(RangeError, `${name}.pdf`, 'x', `a point where the density is finite (it gave ${f})`, x);
            }
            return f;
          },
        }),
    ...(quantile === undefined
      ? {}
      : {
          quantile: (p: number): number => {
            if (typeof p !== 'number') throw fail(TypeError, `${name}.quantile`, 'p', 'a number in [0, 1]', p);
            if (!(p >= 0 && p <= 1)) throw fail(RangeError, `${name}.quantile`, 'p', 'a number in [0, 1]', p);
            const x = quantile(p);
            if (!(typeof x === 'number' && Number.isFinite(x))) {
              throw fail(
                RangeError,
                `${name}.quantile`,
                'p',
                `a probability whose quantile is finite (it gave ${x}; use p in (0, 1) for an unbounded support)`,
                p,
              );
            }
            return x;
          },
        }),
  });
}
