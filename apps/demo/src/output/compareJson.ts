import type { CompareRun } from '../experiments/CompareRun.js';

/** One run in `compare --json`. */
export interface CompareJsonRun {
  readonly initialization: string;
  readonly trainAccuracy: number | null;
  readonly testAccuracy: number | null;
  /** The cost at iterations 0, 1000, 2000, … (the ones the notebook prints). */
  readonly costs: readonly { readonly iteration: number; readonly cost: number }[];
  readonly seconds: number;
  /** Only when training diverged: where (accuracies are then null). */
  readonly diverged?: { readonly iteration: number; readonly parameter: string };
}

/**
 * The machine-readable result of `compare --json`, in the documented schema:
 * `{ runs: [{ initialization, trainAccuracy, testAccuracy, costs: [{ iteration, cost }], seconds }] }`
 * with costs every 1000 iterations. `initialization` is the `--init` spelling
 * (`random:scale=10`). A run that diverged has null accuracies and a `diverged` field.
 *
 * @example
 * ```ts
 * compareJson(runCompare(parseCommandLine([]).options, loadDataset('circles', undefined))).runs[2];
 * // { initialization: 'he', trainAccuracy: 0.9933333333333333, testAccuracy: 0.96, costs: [{ iteration: 0, cost: 0.883… }, …], seconds: 1.2 }
 * ```
 */
export function compareJson(runs: readonly CompareRun[]): { runs: CompareJsonRun[] } {
  return {
    runs: runs.map((r) => ({
      initialization: r.label,
      trainAccuracy: r.trainAccuracy ?? null,
      testAccuracy: r.testAccuracy ?? null,
      costs: r.iterations.flatMap((iteration, i) =>
        iteration % 1000 === 0 ? [{ iteration, cost: r.costs[i] as number }] : [],
      ),
      seconds: r.seconds,
      ...(r.diverged === undefined ? {} : { diverged: r.diverged }),
    })),
  };
}
