/**
 * What {@link runTheory} computes: plain numbers, for the table, the JSON and the report.
 *
 * @example
 * ```ts
 * const t: TheoryRun = runTheory();
 * t.criticalLines.relu[0]; // 1.414213562373095
 * ```
 */
export interface TheoryRun {
  /** σ_b values and the critical σ_w at each, for tanh and relu (null where none exists). */
  readonly criticalLines: {
    readonly biasStds: readonly number[];
    readonly tanh: readonly (number | null)[];
    readonly relu: readonly (number | null)[];
  };
  /** tanh at σ_b = 0.3 across σ_w: meanField's numbers (Infinity as null in JSON). */
  readonly depthScales: readonly {
    readonly weightStd: number;
    readonly qStar: number;
    readonly chi1: number;
    readonly cStar: number;
    readonly depthScaleQ: number;
    readonly depthScaleC: number;
    readonly phase: string;
  }[];
  /** One width-256, depth-10 network per setting: measured mean(z²) per layer and the prediction. */
  readonly variance: readonly {
    readonly label: string;
    readonly measured: readonly number[];
    readonly predicted: readonly number[];
  }[];
  /** Singular values of the input-output Jacobian (width 128) per setting and depth, descending. */
  readonly jacobian: readonly {
    readonly label: string;
    readonly depth: number;
    readonly singularValues: readonly number[];
  }[];
}
