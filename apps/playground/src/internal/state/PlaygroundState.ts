/** The data sets of the playground, as @nninit/train generates them. */
export const DATASETS = ['circles', 'moons', 'spirals', 'xor', 'blobs'] as const;
export type DatasetName = (typeof DATASETS)[number];

/** Hidden-layer activations offered (train's names). */
export const ACTIVATIONS = ['relu', 'tanh', 'leaky_relu', 'sigmoid'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

/** Optimizers offered (train's constructors). */
export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

/**
 * Everything that determines a run, and nothing else: the URL holds exactly this, so a link
 * reproduces a run bit for bit (same seed, same numbers).
 */
export interface PlaygroundState {
  readonly dataset: DatasetName;
  /** The generator's noise (circles/moons/xor: std of the added Gaussian; spirals: angle noise; blobs: cluster std). */
  readonly noise: number;
  readonly nTrain: number;
  readonly nTest: number;
  /** Hidden layer widths, inputs excluded (the notebook's network is [10, 5]). */
  readonly hidden: readonly number[];
  readonly activation: ActivationName;
  /** An initializer name from @nninit/init's registry. */
  readonly init: string;
  /** Its parameters (numbers or strings), exactly as @nninit/init takes them. */
  readonly initParams: Readonly<Record<string, number | string>>;
  readonly optimizer: OptimizerName;
  readonly learningRate: number;
  /** Examples per update; 0 means the whole training set (full batch, the notebook's). */
  readonly batchSize: number;
  /** Philox seed of every stream: 'train', 'test', 'weights', 'batches' are forked from it. */
  readonly seed: number;
  /** The iteration the run is at (a link replays up to it, then pauses). */
  readonly at: number;
}

/**
 * The opening state: the deeplearning.ai notebook's network ([2, 10, 5, 1], ReLU, sigmoid
 * output, gradient descent with η = 0.01, full batch) on its circles (noise 0.05, 300 training
 * and 100 test examples), with He initialization.
 */
export const DEFAULT_STATE: PlaygroundState = Object.freeze({
  dataset: 'circles',
  noise: 0.05,
  nTrain: 300,
  nTest: 100,
  hidden: Object.freeze([10, 5]),
  activation: 'relu',
  init: 'he_normal',
  initParams: Object.freeze({}),
  optimizer: 'sgd',
  learningRate: 0.01,
  batchSize: 0,
  seed: 1,
  at: 0,
});

/** Limits the controls enforce and the URL parser checks. */
export const LIMITS = Object.freeze({
  depth: [1, 30],
  width: [1, 256],
  nTrain: [10, 2000],
  nTest: [10, 2000],
  noise: [0, 2],
  learningRate: [1e-6, 10],
  at: [0, 1e7],
} as const);
