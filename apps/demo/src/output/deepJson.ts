import type { DeepRun } from '../experiments/DeepRun.js';
import type { DeepActivation } from '../experiments/deepActivations.js';

/**
 * The machine-readable result of `deep --json`: the hidden layers' activation, and per run, the standard deviation of each layer's
 * activations and backpropagated gradient at initialization and of its activations after
 * training, the training-set loss before and after training, the mini-batch loss at every
 * step, the training accuracy and the time. Values that are not finite (a diverged run) are
 * null, as JSON has no NaN.
 *
 * @example
 * ```ts
 * deepJson(runs, 'relu').activation;        // 'relu'
 * deepJson(runs, 'relu').runs[0]!.layers[0]; // { layer: 1, activationStd: 0, gradientStd: 0, trainedActivationStd: 0 } (zeros)
 * ```
 */
export function deepJson(
  runs: readonly DeepRun[],
  activation: DeepActivation,
): { activation: DeepActivation; runs: object[] } {
  const finite = (v: number | undefined): number | null => (v !== undefined && Number.isFinite(v) ? v : null);
  return {
    activation,
    runs: runs.map((r) => ({
      initialization: r.label,
      initialCost: finite(r.initialCost),
      finalCost: finite(r.finalCost),
      trainAccuracy: r.trainAccuracy ?? null,
      layers: r.initialSignal.map((s, i) => ({
        layer: s.layer,
        activationStd: finite(s.activation.std),
        gradientStd: finite(s.gradient?.std),
        trainedActivationStd: finite(r.finalSignal?.[i]?.activation.std),
      })),
      costs: r.iterations.map((iteration, i) => ({ iteration, cost: finite(r.costs[i]) })),
      seconds: r.seconds,
      ...(r.diverged === undefined ? {} : { diverged: r.diverged }),
    })),
  };
}
