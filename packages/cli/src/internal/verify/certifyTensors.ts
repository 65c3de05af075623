import type { Layout } from '@nninit/init';
import { type CheckResult, checkSamples, holm, toDistribution } from '@nninit/verify';
import { UsageError } from '../UsageError.js';
import type { Expectation } from './Expectation.js';
import { expectedDistribution } from './expectedDistribution.js';
import { ROUNDED_GRIDS, roundedKsTest } from './roundedKsTest.js';
import type { TensorFile } from './TensorFile.js';
import type { TensorReport, VerifyReport } from './VerifyReport.js';

const FLOATS = new Set(['float16', 'bfloat16', 'float32', 'float64']);

type RawCheck = Omit<CheckResult, 'threshold' | 'rejected'>;

/**
 * Certifies `names` of `file` against `expectation`: each tensor is read (one at a time), its
 * declared distribution computed for its shape, and @nninit/verify's exact tests run on its
 * elements — KS and the chi-square variance test for a normal, KS and the kurtosis-aware
 * variance z-test for uniform and truncated normal, exact equality for a constant. Holm's
 * procedure (Holm 1979) then runs once over every check of every tensor, so the probability
 * that correctly drawn weights fail the run is at most `alpha`, however many tensors the file
 * holds. A tensor with a NaN or infinite element fails a `validity` check with p = 0. For float16
 * and bfloat16 tensors KS compares the declared CDF at the edges of each value's rounding cell
 * ({@link roundedKsTest}), since the plain test mistakes rounding for misfit.
 *
 * Non-float tensors, empty ones and every error of the expectation are {@link UsageError}s.
 *
 * @example
 * ```ts
 * (await certifyTensors(file, ['w.npy'], parseExpectation('he_normal'), 'torch', 1e-6, 'w.npy')).verdict; // 'pass'
 * ```
 */
export async function certifyTensors(
  file: TensorFile,
  names: readonly string[],
  expectation: Expectation,
  layout: Layout,
  alpha: number,
  path: string,
): Promise<VerifyReport> {
  const tensors: (Omit<TensorReport, 'checks' | 'verdict'> & { raw: RawCheck[] })[] = [];
  for (const name of names) {
    const array = await file.read(name);
    if (!FLOATS.has(array.dtype)) {
      throw new UsageError(
        `nninit verify: tensor ${JSON.stringify(name)} must hold floating-point values (float16, bfloat16, float32 or float64) to be certified against an initializer, got dtype ${array.dtype}`,
      );
    }
    const data = array.data as Float32Array | Float64Array;
    if (data.length === 0) {
      throw new UsageError(
        `nninit verify: tensor ${JSON.stringify(name)} has no elements (shape [${array.shape.join(', ')}]); there is nothing to certify`,
      );
    }
    const declared = expectedDistribution(
      expectation,
      array.shape,
      layout,
      array.dtype === 'float64' ? 'float64' : 'float32',
      name,
    );
    let bad = 0;
    let first = -1;
    for (let i = 0; i < data.length; i++) {
      if (!Number.isFinite(data[i])) {
        bad++;
        if (first < 0) first = i;
      }
    }
    const common = { name, shape: [...array.shape], dtype: array.dtype, n: data.length, declared };
    if (bad > 0) {
      const detail = `${bad} of ${data.length} elements are NaN or infinite (first: element ${first} = ${data[first]})`;
      tensors.push({
        ...common,
        label: declared.family,
        skipped: [],
        raw: [{ test: 'validity', statistic: bad, pValue: 0, detail }],
      });
      continue;
    }
    const report = checkSamples(data, declared);
    const grid = ROUNDED_GRIDS[array.dtype];
    const raw = report.checks.map(({ test, statistic, pValue, detail }): RawCheck => {
      if (test !== 'ks' || grid === undefined) return { test, statistic, pValue, detail };
      // Half-precision values are rounded draws: KS at the edges of their rounding cells.
      const ks = roundedKsTest(data, toDistribution(declared).cdf, grid);
      return {
        test,
        ...ks,
        detail: `D = ${ks.statistic.toPrecision(6)}, n = ${data.length}, at the edges of the ${grid.name} rounding cells`,
      };
    });
    tensors.push({ ...common, label: report.distribution, skipped: report.skipped, raw });
  }
  const all = tensors.flatMap((t) => t.raw);
  const { rejected, thresholds } = holm(
    all.map((c) => c.pValue),
    alpha,
  );
  let k = 0;
  const reports: TensorReport[] = tensors.map(({ raw, ...t }) => {
    const checks = raw.map((c) => ({ ...c, threshold: thresholds[k]!, rejected: rejected[k++]! }));
    return { ...t, checks, verdict: checks.some((c) => c.rejected) ? 'fail' : 'pass' };
  });
  return {
    file: path,
    format: file.format,
    expect: expectation.text,
    layout,
    alpha,
    verdict: reports.some((t) => t.verdict === 'fail') ? 'fail' : 'pass',
    tensors: reports,
  };
}
