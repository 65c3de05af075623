import { philox, RandomState } from '@nninit/rng';
import type { DatasetName } from './DatasetName.js';
import { datasets } from './datasets.js';
import type { ExperimentData } from './ExperimentData.js';

/**
 * The training set (300 examples), the test set (100) and the weight streams of an experiment.
 * Without a seed, the course notebook's numpy streams: `np.random.seed(1)` for the training data,
 * `seed(2)` for the test data and `seed(3)` before each network's weights, through
 * `RandomState`, so `circles` is the notebook's data bit for bit. With a seed, independent
 * Philox streams forked from `philox(seed)`: 'train', 'test', 'weights', 'batches'.
 *
 * @example
 * ```ts
 * const data = loadDataset('circles', undefined);
 * data.train.x.get(0, 0); // -0.07741354010048114 (the notebook's first training point)
 * data.test.x.shape;      // [100, 2]
 * ```
 */
export function loadDataset(name: DatasetName, seed: number | undefined): ExperimentData {
  const recipe = datasets[name];
  const root = seed === undefined ? undefined : philox(seed);
  const stream = (label: string, numpySeed: number) => () =>
    root === undefined ? new RandomState(numpySeed) : root.fork(label);
  return {
    name,
    description: recipe.description,
    classes: recipe.classes,
    train: recipe.make(300, stream('train', 1)()),
    test: recipe.make(100, stream('test', 2)()),
    weightsRng: stream('weights', 3),
    batchesRng: stream('batches', 4),
    streams:
      root === undefined
        ? 'numpy RandomState: training data seed 1, test data seed 2, weights seed 3 (the notebook)'
        : `Philox: philox(${seed}) forked into 'train', 'test', 'weights' and 'batches'`,
  };
}
