import type { DType, Tensor } from '@nninit/tensor';
import type { CanonicalInitializerName, ParametersOf } from '../Initialization.js';
import type { InitOptions } from '../InitOptions.js';
import { generate } from './generate.js';

/** A named initializer: `heNormal(shape, { seed: 0, mode: 'fan_out' })`. */
export type InitializerFunction<N extends CanonicalInitializerName> = <D extends DType = 'float32'>(
  shape: readonly number[],
  options?: ParametersOf<N> & InitOptions<D>,
) => Tensor<D>;

/**
 * The named function of a registered initializer: {@link initialize} with the name fixed and
 * `fn` as the function name in error messages. The one implementation behind every named
 * initializer, so each is one line.
 */
export function initializerFunction<N extends CanonicalInitializerName>(fn: string, name: N): InitializerFunction<N> {
  return <D extends DType = 'float32'>(shape: readonly number[], options?: ParametersOf<N> & InitOptions<D>) =>
    generate<D>(fn, shape, name, options);
}
