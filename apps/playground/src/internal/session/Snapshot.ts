/** A histogram: `counts[i]` values fell in [lo + i·width, lo + (i+1)·width), width = (hi − lo)/counts.length. */
export interface Histogram {
  readonly lo: number;
  readonly hi: number;
  readonly counts: Float64Array;
  /** How many values were binned. */
  readonly total: number;
}

/** The declared density of a layer's initializer, sampled for drawing, or why there is none. */
export type DeclaredDensity =
  | { readonly kind: 'density'; readonly label: string; readonly x: Float64Array; readonly y: Float64Array }
  | { readonly kind: 'constant'; readonly label: string; readonly value: number }
  | { readonly kind: 'structured'; readonly label: string };

/** What the page shows of one layer. */
export interface LayerView {
  readonly layer: number;
  readonly units: number;
  readonly activation: Histogram;
  readonly gradient: Histogram;
  /** Population variance of a⁽ˡ⁾ and of ∂L/∂z⁽ˡ⁾ over every unit and training example. */
  readonly activationVariance: number;
  readonly gradientVariance: number;
  readonly weights: Histogram;
  readonly declared: DeclaredDensity;
  /** Hidden layers: every unit has the same incoming weights and bias (so the same activation). */
  readonly identicalUnits: boolean;
}

/** One picture of a run, posted by the worker (its typed arrays transferred, not copied). */
export interface Snapshot {
  readonly iteration: number;
  /** Mean loss on the whole training and test sets at `iteration` (train's cost, bit for bit). */
  readonly trainLoss: number;
  readonly testLoss: number;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly layers: readonly LayerView[];
  /** Decision surface on an n × n grid, row-major from the bottom row up: class and its probability. */
  readonly grid: {
    readonly n: number;
    readonly bounds: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
    readonly classes: Uint8Array;
    readonly confidence: Float32Array;
  };
  /** Training points (x, y interleaved) and their labels; sent once per configuration. */
  readonly points?: {
    readonly train: Float64Array;
    readonly labels: Uint8Array;
    readonly test: Float64Array;
    readonly testLabels: Uint8Array;
  };
  /** Iterations per second of the last training chunk (wall time in the worker). */
  readonly iterationsPerSecond: number;
}
