import type { StructuredDistribution } from '@nninit/init';
import { gramDeviation } from './gramDeviation.js';
import type { SuiteCheck } from './SuiteResult.js';

const exact = (test: string, statistic: number, tolerance: number, detail: string): SuiteCheck => ({
  test,
  statistic,
  pValue: null,
  threshold: null,
  rejected: !(statistic <= tolerance),
  detail,
});
const strides = (shape: readonly number[]): number[] =>
  shape.map((_, i) => shape.slice(i + 1).reduce((p, d) => p * d, 1));

/**
 * The exact checks of one draw of a structured initializer against what it declares — no
 * statistics, so no false alarms: orthonormality of gain·Q (to a rounding tolerance of 1e-10,
 * 1e-4 in float32, times gain²); for delta_orthogonal, zeros off the kernel centre and an
 * orthonormal centre slice; for identity and dirac, every element equal to the declared value;
 * for zero_init, every element equal to the ZerO matrix (partial identity, or the Sylvester
 * Hadamard block (−1)^popcount(i & j)/√p) at the kernel centre, zeros elsewhere; for sparse, exactly
 * the declared number of zeros in every column.
 *
 * @example
 * ```ts
 * structuredChecks(Float64Array.of(2, 0, 0, 2), [2, 2], { family: 'identity', gain: 2, rows: 2, cols: 2 }, 'float64')[0]!.rejected; // false
 * ```
 */
export function structuredChecks(
  values: Float32Array | Float64Array,
  shape: readonly number[],
  declared: StructuredDistribution,
  dtype: 'float32' | 'float64',
): SuiteCheck[] {
  const tolerance = (gain: number): number => (dtype === 'float32' ? 1e-4 : 1e-10) * Math.max(1, gain * gain);
  const orthonormal = (m: ArrayLike<number>, rows: number, cols: number, gain: number): SuiteCheck => {
    const deviation = gramDeviation(m, rows, cols, gain);
    return exact(
      'orthonormality',
      deviation,
      tolerance(gain),
      `max |${rows >= cols ? 'WᵀW' : 'WWᵀ'} − gain²·I| = ${deviation.toExponential(2)} for ${rows} × ${cols}, gain ${gain}`,
    );
  };
  switch (declared.family) {
    case 'orthogonal':
      return [orthonormal(values, declared.rows, declared.cols, declared.gain)];
    case 'delta_orthogonal': {
      const [s0, s1] = strides(shape) as [number, number];
      const offset = declared.center.reduce((o, c, i) => o + c * (strides(shape)[i + 2] as number), 0);
      const rest = Float64Array.from(values);
      const centre = new Float64Array(declared.rows * declared.cols);
      for (let o = 0; o < declared.rows; o++) {
        for (let i = 0; i < declared.cols; i++) {
          centre[o * declared.cols + i] = rest[o * s0 + i * s1 + offset] as number;
          rest[o * s0 + i * s1 + offset] = 0;
        }
      }
      const stray = rest.filter((v) => v !== 0).length;
      return [
        exact(
          'zeros-off-centre',
          stray,
          0,
          `${stray} nonzero elements away from the kernel centre [${declared.center.join(', ')}]`,
        ),
        orthonormal(centre, declared.rows, declared.cols, declared.gain),
      ];
    }
    case 'identity':
    case 'dirac':
    case 'zero_init': {
      const expected = new Float64Array(values.length);
      const round = dtype === 'float32' ? Math.fround : (x: number) => x;
      if (declared.family === 'identity') {
        for (let i = 0; i < Math.min(declared.rows, declared.cols); i++)
          expected[i * declared.cols + i] = round(declared.gain);
      } else if (declared.family === 'zero_init') {
        // Zhao, Schäfer & Anandkumar 2022, Algorithm 1, as the authors' code builds it.
        const s = strides(shape);
        const centre = declared.center.reduce((o, c, i) => o + c * (s[i + 2] as number), 0);
        const { rows, cols } = declared;
        const p = 2 ** Math.ceil(Math.log2(rows));
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < cols; j++) {
            let parity = 0;
            for (let bits = i & j; bits !== 0; bits &= bits - 1) parity ^= 1;
            const value = rows <= cols ? (i === j ? 1 : 0) : (parity === 0 ? 1 : -1) / Math.sqrt(p);
            expected[i * (s[0] as number) + j * (s[1] as number) + centre] = round(value);
          }
        }
      } else {
        const s = strides(shape);
        const per = (shape[0] as number) / declared.groups;
        const centre = declared.center.reduce((o, c, i) => o + c * (s[i + 2] as number), 0);
        for (let g = 0; g < declared.groups; g++) {
          for (let d = 0; d < Math.min(per, shape[1] as number); d++)
            expected[(g * per + d) * (s[0] as number) + d * (s[1] as number) + centre] = 1;
        }
      }
      let wrong = 0;
      for (let i = 0; i < values.length; i++) if (values[i] !== expected[i]) wrong++;
      return [
        exact(
          'exact-values',
          wrong,
          0,
          `${wrong} of ${values.length} elements differ from the declared ${declared.family} tensor`,
        ),
      ];
    }
    case 'sparse': {
      let wrong = 0;
      for (let j = 0; j < declared.cols; j++) {
        let zeros = 0;
        for (let i = 0; i < declared.rows; i++) if (values[i * declared.cols + j] === 0) zeros++;
        if (zeros !== declared.zerosPerColumn) wrong++;
      }
      return [
        exact(
          'zeros-per-column',
          wrong,
          0,
          `${wrong} of ${declared.cols} columns do not have exactly ${declared.zerosPerColumn} zeros`,
        ),
      ];
    }
  }
}
