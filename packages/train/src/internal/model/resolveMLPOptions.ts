import type { Initialization } from '@nninit/init';
import { formatValue, validateDType } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import type { MLPOptions } from '../../model/MLPOptions.js';
import { validateInteger, validateOptionsObject, validateRandomSource, validateReal } from '../validation/scalars.js';
import { type ResolvedActivation, resolveActivation } from './activations.js';

/** An MLP's options, validated: one activation and one initialization per layer. */
export interface ResolvedMLPOptions<D extends DType> {
  sizes: number[];
  activations: ResolvedActivation[];
  /** Each layer's initialization and the option name to report its errors under. */
  initializations: { init: Initialization; param: string }[];
  rng: RandomSource | undefined;
  bias: number;
  dtype: D;
}

/** Validates {@link MLPOptions}, expanding "one for all layers" into one per layer. */
export function resolveMLPOptions<D extends DType>(fn: string, options: MLPOptions<D>): ResolvedMLPOptions<D> {
  const o = validateOptionsObject(fn, options, [
    'sizes',
    'initialization',
    'activation',
    'output',
    'rng',
    'bias',
    'dtype',
  ]);
  if (!Array.isArray(o.sizes))
    throw new TypeError(`${fn}: sizes must be an array of layer widths, got ${formatValue(o.sizes)}`);
  if (o.sizes.length < 2)
    throw new RangeError(`${fn}: sizes must list at least 2 widths (inputs and outputs), got [${o.sizes.join(',')}]`);
  const sizes = o.sizes.map((s, l) => validateInteger(fn, `sizes[${l}]`, s, 1));
  const depth = sizes.length - 1;

  const hidden = o.activation ?? 'relu';
  const perHidden: readonly unknown[] = Array.isArray(hidden) ? hidden : new Array<unknown>(depth - 1).fill(hidden);
  if (perHidden.length !== depth - 1) {
    throw new RangeError(
      `${fn}: activation must be one activation or ${depth - 1} (one per hidden layer), got ${perHidden.length}`,
    );
  }
  const activations = perHidden.map((a, l) =>
    resolveActivation(fn, Array.isArray(hidden) ? `activation[${l}]` : 'activation', a, false),
  );
  activations.push(resolveActivation(fn, 'output', o.output ?? 'linear', true));

  const init = o.initialization;
  if (init === undefined)
    throw new TypeError(`${fn}: initialization must be an initializer name or { name, ...parameters }, got undefined`);
  const perLayer: readonly Initialization[] = Array.isArray(init)
    ? init
    : new Array<Initialization>(depth).fill(init as Initialization);
  if (perLayer.length !== depth)
    throw new RangeError(
      `${fn}: initialization must be one initialization or ${depth} (one per layer), got ${perLayer.length}`,
    );
  const initializations = perLayer.map((i, l) => ({
    init: i,
    param: Array.isArray(init) ? `initialization[${l}]` : 'initialization',
  }));

  return {
    sizes,
    activations,
    initializations,
    rng: o.rng === undefined ? undefined : validateRandomSource(fn, 'rng', o.rng),
    bias: validateReal(fn, 'bias', o.bias ?? 0),
    dtype: validateDType(fn, 'dtype', o.dtype, 'float64' as D),
  };
}
