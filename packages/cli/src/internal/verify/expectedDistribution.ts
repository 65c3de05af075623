import { type AnyParameters, describeDistribution, dialects, type IidDistribution, type Layout } from '@nninit/init';
import { UsageError } from '../UsageError.js';
import type { Expectation } from './Expectation.js';

const I_I_D = new Set(['normal', 'uniform', 'truncated_normal', 'constant']);

/** `describeDistribution` of one name, or the error it throws. */
function describe(
  name: string,
  parameters: Expectation['parameters'],
  shape: readonly number[],
  layout: Layout,
  dtype: 'float32' | 'float64',
) {
  return describeDistribution(shape, { name, ...parameters } as never, { layout, dtype } as AnyParameters);
}

/**
 * The i.i.d. distribution `expectation` declares for a tensor of `shape` (read in `layout`):
 * `describeDistribution`, the function `initialize` draws from, so the name, the parameters and
 * the dialects are exactly `initialize`'s. Its errors become {@link UsageError}s naming the
 * tensor. When the same parameters would be valid under the other spelling of the name — nninit's
 * `kaiming_uniform` (an alias of he_uniform, whose negative slope is `param`) against PyTorch's
 * `kaiming_uniform_` (whose slope is `a`) — the message gives the `--expect` that works.
 * A structured initializer (orthogonal, identity, dirac, sparse, zero_init, delta_orthogonal)
 * declares no i.i.d. distribution to test each element against: a UsageError too.
 *
 * @example
 * ```ts
 * expectedDistribution(parseExpectation('torch.linear'), [128, 256], 'torch', 'float32', 'w.npy');
 * // { family: 'uniform', low: -0.06249999999999999, high: 0.06249999999999999 }   U(±1/√256)
 * ```
 */
export function expectedDistribution(
  expectation: Expectation,
  shape: readonly number[],
  layout: Layout,
  dtype: 'float32' | 'float64',
  tensor: string,
): IidDistribution {
  const { name, parameters } = expectation;
  let declared: ReturnType<typeof describe>;
  try {
    declared = describe(name, parameters, shape, layout, dtype);
  } catch (error) {
    const message = (error as Error).message;
    const other = name.endsWith('_') ? name.slice(0, -1) : `${name}_`;
    let hint = '';
    try {
      describe(other, parameters, shape, layout, dtype);
      const framework = Object.hasOwn(dialects, other)
        ? `${dialects[other as keyof typeof dialects].framework}'s`
        : "nninit's";
      const rest = expectation.text.slice(expectation.text.indexOf(':'));
      hint = `; did you mean --expect ${JSON.stringify(`${other}${expectation.text.includes(':') ? rest : ''}`)} (${framework} ${JSON.stringify(other)}, which takes these parameters)?`;
    } catch {
      // The other spelling does not take these parameters either: the original message says it all.
    }
    throw new UsageError(
      `nninit verify: --expect ${JSON.stringify(expectation.text)} for tensor ${JSON.stringify(tensor)} of shape [${shape.join(', ')}]: ${message}${hint}`,
    );
  }
  if (!I_I_D.has(declared.family)) {
    throw new UsageError(
      `nninit verify: --expect ${JSON.stringify(expectation.text)} declares a structured ${declared.family} initialization, whose elements are not i.i.d.; nninit verify certifies initializers with an i.i.d. declared distribution (normal, uniform, truncated normal, constant) only`,
    );
  }
  return declared as IidDistribution;
}
