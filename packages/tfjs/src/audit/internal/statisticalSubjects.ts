import type { DistributionSpec } from '@nninit/verify';
import { initializers } from '@tensorflow/tfjs-layers';
import type { TfjsInitializer } from './drawTfjs.js';
import { realizedTruncatedNormal, TRUNCATED_STD } from './realizedTruncatedNormal.js';

/**
 * One tfjs initializer configuration whose draws the conformance harness checks against a
 * documented distribution.
 */
export interface StatisticalSubject {
  readonly initializer: string;
  readonly configuration: string;
  readonly shape: readonly number[];
  /** The initializer with the sampler seed (seeds are ≥ 1: seed 0 means "unseeded" on tfjs' normal paths). */
  readonly make: (seed: number) => TfjsInitializer;
  readonly target: DistributionSpec;
  readonly targetLabel: string;
  readonly citation: string;
  /** What a failure means, given tfjs' source; `{ratio}` is replaced by the measured variance ratio. */
  readonly diagnosis: string;
  readonly canary?: true;
}

const TSDOC = 'tfjs-layers 4.22 TSDoc (dist/exports_initializers.d.ts)';
const KERAS = `Keras VarianceScaling: std after truncation (divides by ${TRUNCATED_STD})`;
const DENSE = [256, 128] as const;
const CONV = [3, 3, 16, 32] as const;
const fans = { fanIn: 3 * 3 * 16, fanOut: 3 * 3 * 32, fanAvg: (3 * 3 * 16 + 3 * 3 * 32) / 2 } as const;
const UNCORRECTED =
  'no truncation correction: tfjs draws truncatedNormal(0, σ) cut at ±2σ with σ the documented std, without dividing σ by 0.8796 ' +
  'as Keras does, so the realized variance is 0.774× the documented (tfjs-layers initializers.js VarianceScaling.apply)';
/** An unexpected failure of a configuration tfjs gets right in 4.22. */
const UNEXPECTED =
  'the draws differ from the documented law (measured variance {ratio}× the documented; see the checks)';

const truncated = (std: string, value: number): { target: DistributionSpec; targetLabel: string } => ({
  target: realizedTruncatedNormal(value),
  targetLabel: `truncated normal (±2σ), std ${std} after truncation`,
});
const symmetric = (limit: string, value: number): { target: DistributionSpec; targetLabel: string } => ({
  target: { family: 'uniform', low: -value, high: value },
  targetLabel: `uniform(±${limit})`,
});

function varianceScaling(mode: 'fanIn' | 'fanOut' | 'fanAvg', distribution: 'normal' | 'uniform'): StatisticalSubject {
  const scale = 1.5;
  const n = fans[mode];
  const base = {
    initializer: 'varianceScaling',
    configuration: `{ scale: ${scale}, mode: '${mode}', distribution: '${distribution}', seed }, [${CONV.join(', ')}]`,
    shape: CONV,
    make: (seed: number) => initializers.varianceScaling({ scale, mode, distribution, seed }),
  };
  return distribution === 'normal'
    ? {
        ...base,
        ...truncated(`√(${scale}/${n})`, Math.sqrt(scale / n)),
        citation: `${TSDOC} varianceScaling: "truncated normal distribution centered on zero, with stddev = sqrt(scale / n)"; ${KERAS}`,
        diagnosis: UNCORRECTED,
      }
    : {
        ...base,
        ...symmetric(`√(3·${scale}/${n})`, Math.sqrt((3 * scale) / n)),
        citation: `${TSDOC} varianceScaling: "uniform distribution within [-limit, limit], with limit = sqrt(3 * scale / n)"`,
        diagnosis: UNEXPECTED,
      };
}

/**
 * The statistical part of the audit: every built-in tfjs initializer with a random law, in the
 * configurations tfjs documents, against that documentation; the defaulting and distribution
 * probes; and the power canaries, one per variance test (the z-test's, which KS also rejects, and
 * the chi-square's). Dense kernels are [256, 128] (fanIn 256, fanOut 128), conv
 * kernels [3, 3, 16, 32] (channels-last: fanIn 144, fanOut 288, fanAvg 216).
 */
export const statisticalSubjects: readonly StatisticalSubject[] = [
  {
    initializer: 'heNormal',
    configuration: `{ seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.heNormal({ seed }),
    ...truncated('√(2/256)', Math.sqrt(2 / 256)),
    citation: `${TSDOC} heNormal: "truncated normal distribution centered on 0 with stddev = sqrt(2 / fanIn)"; ${KERAS}`,
    diagnosis: UNCORRECTED,
  },
  {
    initializer: 'heUniform',
    configuration: `{ seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.heUniform({ seed }),
    ...symmetric('√(6/256)', Math.sqrt(6 / 256)),
    citation: `${TSDOC} heUniform: "uniform distribution within [-limit, limit] where limit is sqrt(6 / fan_in)"`,
    diagnosis: UNEXPECTED,
  },
  {
    initializer: 'glorotNormal',
    configuration: `{ seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.glorotNormal({ seed }),
    ...truncated('√(2/384)', Math.sqrt(2 / 384)),
    citation: `${TSDOC} glorotNormal: "truncated normal distribution centered on 0 with stddev = sqrt(2 / (fan_in + fan_out))"; ${KERAS}`,
    diagnosis: UNCORRECTED,
  },
  {
    initializer: 'glorotUniform',
    configuration: `{ seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.glorotUniform({ seed }),
    ...symmetric('√(6/384)', Math.sqrt(6 / 384)),
    citation: `${TSDOC} glorotUniform: "uniform distribution within [-limit, limit] where limit is sqrt(6 / (fan_in + fan_out))"`,
    diagnosis: UNEXPECTED,
  },
  {
    initializer: 'leCunNormal',
    configuration: `{ seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.leCunNormal({ seed }),
    ...truncated('√(1/256)', Math.sqrt(1 / 256)),
    citation: `${TSDOC} leCunNormal: "truncated normal distribution centered on 0 with stddev = sqrt(1 / fanIn)"; ${KERAS}`,
    diagnosis: UNCORRECTED,
  },
  {
    initializer: 'leCunUniform',
    configuration: `{ seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.leCunUniform({ seed }),
    ...symmetric('√(3/256)', Math.sqrt(3 / 256)),
    citation: `${TSDOC} leCunUniform: "uniform distribution in the interval [-limit, limit] with limit = sqrt(3 / fanIn)"`,
    diagnosis: UNEXPECTED,
  },
  ...(['fanIn', 'fanOut', 'fanAvg'] as const).flatMap((mode) =>
    (['normal', 'uniform'] as const).map((distribution) => varianceScaling(mode, distribution)),
  ),
  {
    initializer: 'varianceScaling',
    configuration: `{ distribution: 'truncatedNormal', seed }, [${CONV.join(', ')}]`,
    shape: CONV,
    make: (seed) => initializers.varianceScaling({ distribution: 'truncatedNormal', seed }),
    ...truncated('√(1/144)', Math.sqrt(1 / 144)),
    citation:
      "tfjs-layers 4.22 keras_format/initializer_config.d.ts: Distribution = 'normal' | 'uniform' | 'truncatedNormal' (serialized 'truncated_normal', Keras' truncated normal with the std after truncation)",
    diagnosis:
      "'truncatedNormal' is accepted (VALID_DISTRIBUTION_VALUES) but VarianceScaling.apply treats every distribution other than 'normal' as uniform: the draw is uniform(±√(3/144)), the right variance in the wrong shape",
  },
  {
    initializer: 'truncatedNormal',
    configuration: `{ mean: 0.5, stddev: 0.2, seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.truncatedNormal({ mean: 0.5, stddev: 0.2, seed }),
    target: { family: 'truncatedNormal', mean: 0.5, std: 0.2, low: 0.1, high: 0.9 },
    targetLabel: 'N(0.5, 0.2²) with values beyond 2 stds redrawn',
    citation: `${TSDOC} truncatedNormal: "values more than two standard deviations from the mean are discarded and re-drawn"`,
    diagnosis: UNEXPECTED,
  },
  {
    initializer: 'randomNormal',
    configuration: `{ mean: -0.3, stddev: 0.7, seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.randomNormal({ mean: -0.3, stddev: 0.7, seed }),
    target: { family: 'normal', mean: -0.3, std: 0.7 },
    targetLabel: 'N(−0.3, 0.7²)',
    citation: `${TSDOC} randomNormal: "random values initialized to a normal distribution" (mean, stddev)`,
    diagnosis: UNEXPECTED,
  },
  {
    initializer: 'randomNormal',
    configuration: `{ mean: 0, stddev: 1, seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.randomNormal({ mean: 0, stddev: 1, seed }),
    target: { family: 'normal', mean: 0, std: 1 },
    targetLabel: 'N(0, 1)',
    citation: `${TSDOC} randomNormal (mean 0 goes through \`args.mean || 0\`, harmlessly)`,
    diagnosis: UNEXPECTED,
  },
  {
    initializer: 'randomUniform',
    configuration: `{ minval: -0.3, maxval: 0.7, seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.randomUniform({ minval: -0.3, maxval: 0.7, seed }),
    target: { family: 'uniform', low: -0.3, high: 0.7 },
    targetLabel: 'uniform(−0.3, 0.7)',
    citation: `${TSDOC} randomUniform: "Values will be distributed uniformly between the configured minval and maxval"`,
    diagnosis: UNEXPECTED,
  },
  {
    initializer: 'randomUniform',
    configuration: `{ minval: 0, maxval: 1, seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.randomUniform({ minval: 0, maxval: 1, seed }),
    target: { family: 'uniform', low: 0, high: 1 },
    targetLabel: 'uniform(0, 1)',
    citation: `${TSDOC} randomUniform: "distributed uniformly between the configured minval and maxval"`,
    diagnosis:
      'minval is read with `args.minval || DEFAULT`, so 0 becomes −0.05: the draw is uniform(−0.05, 1) (tfjs-layers initializers.js)',
  },
  {
    initializer: 'randomUniform',
    configuration: `{ minval: 0, maxval: 0, seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.randomUniform({ minval: 0, maxval: 0, seed }),
    target: { family: 'constant', value: 0 },
    targetLabel: 'constant 0 (the degenerate interval [0, 0])',
    citation: `${TSDOC} randomUniform: "distributed uniformly between the configured minval and maxval"`,
    diagnosis:
      'minval and maxval are read with `args.x || DEFAULT`, so [0, 0] becomes [−0.05, 0.05] (tfjs-layers initializers.js)',
  },
  {
    initializer: 'randomNormal',
    configuration: `{ mean: 0, stddev: 0, seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.randomNormal({ mean: 0, stddev: 0, seed }),
    target: { family: 'constant', value: 0 },
    targetLabel: 'constant 0 (N(0, 0))',
    citation: `${TSDOC} randomNormal (mean, stddev)`,
    diagnosis:
      'stddev is read with `args.stddev || 0.05`, so 0 becomes 0.05: the draw is N(0, 0.05²) (tfjs-layers initializers.js)',
  },
  {
    initializer: 'truncatedNormal',
    configuration: `{ mean: 0, stddev: 0, seed }, [${DENSE.join(', ')}]`,
    shape: DENSE,
    make: (seed) => initializers.truncatedNormal({ mean: 0, stddev: 0, seed }),
    target: { family: 'constant', value: 0 },
    targetLabel: 'constant 0 (N(0, 0) truncated)',
    citation: `${TSDOC} truncatedNormal (mean, stddev)`,
    diagnosis:
      'stddev is read with `args.stddev || 0.05`, so 0 becomes 0.05: the draw is N(0, 0.05²) truncated at ±0.1 (tfjs-layers initializers.js)',
  },
  {
    initializer: 'zeros',
    configuration: '[256, 128]',
    shape: DENSE,
    make: () => initializers.zeros(),
    target: { family: 'constant', value: 0 },
    targetLabel: 'constant 0',
    citation: `${TSDOC} zeros: "tensors initialized to 0"`,
    diagnosis: 'not every element is 0',
  },
  {
    initializer: 'ones',
    configuration: '[256, 128]',
    shape: DENSE,
    make: () => initializers.ones(),
    target: { family: 'constant', value: 1 },
    targetLabel: 'constant 1',
    citation: `${TSDOC} ones: "tensors initialized to 1"`,
    diagnosis: 'not every element is 1',
  },
  {
    initializer: 'constant',
    configuration: '{ value: 0.1 }, [256, 128]',
    shape: DENSE,
    make: () => initializers.constant({ value: 0.1 }),
    target: { family: 'constant', value: Math.fround(0.1) },
    targetLabel: 'constant float32(0.1)',
    citation: `${TSDOC} constant: "values initialized to some constant" (in float32, the nearest float32 to 0.1)`,
    diagnosis: 'not every element is float32(0.1)',
  },
  {
    initializer: 'heUniform',
    configuration: `{ seed }, [${DENSE.join(', ')}] (canary: target std 5 % too large)`,
    shape: DENSE,
    make: (seed) => initializers.heUniform({ seed }),
    ...symmetric('1.05·√(6/256)', 1.05 * Math.sqrt(6 / 256)),
    citation: 'a deliberately wrong target: heUniform against a limit 5 % too wide, which the audit must reject',
    diagnosis: 'rejected, as it must be: the power canary',
    canary: true,
  },
  {
    initializer: 'randomNormal',
    configuration: `{ mean: 0, stddev: 1, seed }, [${DENSE.join(', ')}] (canary: target std 5 % too large)`,
    shape: DENSE,
    make: (seed) => initializers.randomNormal({ mean: 0, stddev: 1, seed }),
    target: { family: 'normal', mean: 0, std: 1.05 },
    targetLabel: 'N(0, 1.05²)',
    citation:
      'a deliberately wrong target: randomNormal against a std 5 % too large, which the chi-square test must reject',
    diagnosis: 'rejected, as it must be: the power canary',
    canary: true,
  },
];
