import { fail, LARGEST_FINITE, validateDType } from '@nninit/internal';
import { MAX_NORMAL_DRAW, type RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import {
  validateBoolean,
  validateInteger,
  validateOptionsObject,
  validateRandomSource,
  validateReal,
} from '../validation/scalars.js';

/** The options every generator shares; each generator's own options extend them. */
export interface CommonDatasetOptions<D extends DType> {
  nSamples?: number;
  noise?: number;
  shuffle?: boolean;
  rng?: RandomSource;
  dtype?: D;
}

/** How a generator uses the shared options. */
export interface DatasetDefaults {
  /** Default number of points. */
  nSamples: number;
  /** Default noise; `undefined` means none unless asked for. */
  noise?: number;
  /** Default of `shuffle`; `undefined` when the generator has no shuffle option. */
  shuffle?: boolean;
  /** 'always' when the points themselves are random; 'when-used' when only shuffling and noise draw. */
  rng: 'always' | 'when-used';
  /** The largest magnitude a noiseless value can have, for {@link validateSpread}. */
  noiseOffset?: number;
  /**
   * Where the noise is added: 'coordinates' (the default: bounded by the output dtype) or 'angles'
   * (spirals: the points stay within the unit disc, so only the float64 angle must stay finite).
   */
  noiseOn?: 'coordinates' | 'angles';
}

/** The shared options, validated; `rng` is set whenever a draw will happen. */
export interface DatasetSettings<D extends DType> {
  n: number;
  noise: number | undefined;
  shuffle: boolean;
  rng: RandomSource | undefined;
  dtype: D;
}

/**
 * Validates a generator's options object (unknown keys included, against `keys`) and the options
 * every generator shares, with the generator's defaults. Returns the object for the generator's
 * own options and the shared settings.
 */
export function validateDatasetOptions<O extends CommonDatasetOptions<D>, D extends DType>(
  fn: string,
  options: O | undefined,
  keys: readonly (keyof O & string)[],
  defaults: DatasetDefaults,
): { o: Partial<O>; settings: DatasetSettings<D> } {
  const o = validateOptionsObject(fn, options, keys);
  const n = validateInteger(fn, 'nSamples', o.nSamples ?? defaults.nSamples, 1);
  const rawNoise = o.noise ?? defaults.noise;
  const noise = rawNoise === undefined ? undefined : validateReal(fn, 'noise', rawNoise, 0);
  const shuffle =
    defaults.shuffle === undefined ? false : validateBoolean(fn, 'shuffle', o.shuffle ?? defaults.shuffle);
  const dtype = validateDType(fn, 'dtype', o.dtype, 'float64' as D);
  if (noise !== undefined) {
    validateSpread(fn, 'noise', noise, defaults.noiseOffset ?? 2, defaults.noiseOn === 'angles' ? 'float64' : dtype);
  }
  const draws = defaults.rng === 'always' || shuffle || noise !== undefined;
  const rng = draws ? validateRandomSource(fn, 'rng', o.rng) : undefined;
  return { o, settings: { n, noise, shuffle, rng, dtype } };
}

/**
 * Validates, before anything is drawn, that a normal spread `sigma` around values of magnitude
 * at most `offset` stays finite in `dtype` (offset + MAX_NORMAL_DRAW (from @nninit/rng)·σ ≤ the largest
 * finite value): a noise of 1e308 would otherwise give Infinity coordinates.
 */
export function validateSpread(fn: string, param: string, sigma: number, offset: number, dtype: DType): void {
  const largest = (LARGEST_FINITE[dtype] - offset) / MAX_NORMAL_DRAW;
  if (!(sigma <= largest)) {
    throw fail(RangeError, fn, param, `at most ${largest} so the points stay finite in ${dtype}`, sigma);
  }
}
