import { formatValue } from '@nninit/internal';

type Floats = Float32Array | Float64Array;

const isFloatList = (list: unknown): list is Floats[] => {
  if (!Array.isArray(list)) return false;
  for (const a of list) if (!(a instanceof Float32Array) && !(a instanceof Float64Array)) return false;
  return true;
};

/**
 * Validates an optimizer step's arguments: two arrays of float arrays, pairwise of equal
 * length, and, once state exists, the lengths the state was allocated for; with per-layer
 * learning-rate multipliers, one rate per parameter array (a weight and a bias per layer). Runs every
 * iteration, so it allocates nothing.
 */
export function validateStep(
  fn: string,
  parameters: unknown,
  gradients: unknown,
  state: readonly Floats[] | undefined,
  rates?: Float64Array,
): void {
  if (!isFloatList(parameters))
    throw new TypeError(
      `${fn}: parameters must be an array of Float32Array or Float64Array, got ${formatValue(parameters)}`,
    );
  if (!isFloatList(gradients))
    throw new TypeError(
      `${fn}: gradients must be an array of Float32Array or Float64Array, got ${formatValue(gradients)}`,
    );
  if (parameters.length !== gradients.length) {
    throw new RangeError(
      `${fn}: gradients must have one array per parameter (${parameters.length}), got ${gradients.length}`,
    );
  }
  if (rates !== undefined && rates.length !== parameters.length) {
    throw new RangeError(
      `${fn}: parameters must be a weight and a bias array per layer of learningRateMultipliers (${rates.length / 2} layers, ${rates.length} arrays), got ${parameters.length} arrays`,
    );
  }
  for (let i = 0; i < parameters.length; i++) {
    const p = (parameters[i] as Floats).length,
      g = (gradients[i] as Floats).length;
    if (p !== g)
      throw new RangeError(`${fn}: gradients[${i}] must have the length of parameters[${i}] (${p}), got ${g}`);
    if (state !== undefined && (state.length !== parameters.length || (state[i] as Floats).length !== p)) {
      throw new RangeError(
        `${fn}: parameters must have the shapes of the first step (one optimizer per model), got ${parameters.length} arrays of lengths [${parameters.map((a) => a.length).join(',')}]`,
      );
    }
  }
}
