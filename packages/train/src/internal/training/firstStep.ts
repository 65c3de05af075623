import type { Optimizer } from '../../optim/Optimizer.js';

/**
 * The first update, where an optimizer meets this model's parameters: a stateful optimizer
 * already used on another model refuses them (its `step` validates before writing anything), and
 * that refusal is reported as train's argument error, the optimizer's own kept as `cause`.
 */
export function firstStep(
  fn: string,
  optimizer: Optimizer,
  parameters: readonly (Float32Array | Float64Array)[],
  gradients: readonly (Float32Array | Float64Array)[],
): void {
  try {
    optimizer.step(parameters, gradients);
  } catch (error) {
    if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
    const Kind = error instanceof RangeError ? RangeError : TypeError;
    throw new Kind(
      `${fn}: optimizer must accept this model's parameters (one optimizer per model; create a new one), got ${optimizer.name} refusing them: ${error.message}`,
      { cause: error },
    );
  }
}
