import type { Initialization } from '@nninit/init';
import { accuracy, gradientDescent, MLP, train } from '@nninit/train';
import type { ExperimentData } from './ExperimentData.js';
import { unitClasses } from './unitClasses.js';

/** One network of {@link runZero}: its start, its distinct hidden units before and after training, its loss. */
export interface ZeroRun {
  readonly label: string;
  readonly initialization: Initialization;
  /** Classes of identical hidden units (see {@link unitClasses}) at initialization and after training. */
  readonly classesBefore: number;
  readonly classesAfter: number;
  /** Hidden units that never move: incoming weights, bias and outgoing weights still all 0 after training. */
  readonly deadUnits: number;
  /** Training loss at iterations 0, recordEvery, 2·recordEvery, … (full batch). */
  readonly costs: readonly number[];
  readonly trainAccuracy: number;
}

/** The fixed settings of `pnpm demo zero`: a [2, 8, 1] tanh network, full-batch gradient descent. */
export const ZERO_SETTINGS = { hidden: 8, iterations: 3000, learningRate: 0.5, recordEvery: 100 } as const;

/**
 * ZerO (Zhao, Schäfer & Anandkumar 2022) against symmetric starts, in a two-layer tanh network
 * [2, 8, 1] with a sigmoid output on the circles data, trained by full-batch gradient descent:
 * - zeros: every hidden unit identical, one class for ever, the loss stays at ln 2;
 * - identity (partial identity `eye`, the expanding start ZerO replaces): units 0 and 1 copy the
 *   inputs, units 2–7 have no weights at all and get no gradient: dead;
 * - ZerO: deterministic, yet the 8 × 2 Hadamard block gives the units two different input rows and
 *   the 1 × 8 partial identity singles out unit 0: three classes, every unit alive, and it trains;
 * - He (random): eight distinct units, for contrast.
 * Exactly identical units stay identical under gradient descent, so the class counts after
 * training equal those at the start: symmetry is broken (or not) by the initialization.
 *
 * @see J. Zhao, F. Schäfer, A. Anandkumar, "ZerO Initialization: Initializing Neural Networks with
 *   only Zeros and Ones", TMLR 2022, Algorithm 1.
 * @example
 * ```ts
 * runZero(loadDataset('circles', undefined)).map((r) => r.classesAfter); // [1, 3, 3, 8]
 * ```
 */
export function runZero(data: ExperimentData): ZeroRun[] {
  const { hidden, iterations, learningRate, recordEvery } = ZERO_SETTINGS;
  const starts: readonly { label: string; initialization: Initialization }[] = [
    { label: 'zeros', initialization: 'zeros' },
    { label: 'partial identity', initialization: 'identity' },
    { label: 'ZerO', initialization: 'zero_init' },
    { label: 'He (random)', initialization: 'he' },
  ];
  return starts.map(({ label, initialization }) => {
    const model = new MLP({
      sizes: [data.train.x.shape[1] as number, hidden, 1],
      activation: 'tanh',
      output: 'sigmoid',
      initialization,
      rng: data.weightsRng(),
    });
    const classesBefore = unitClasses(model);
    const { costs } = train(model, data.train, {
      loss: 'binary_cross_entropy',
      optimizer: gradientDescent({ learningRate }),
      iterations,
      recordEvery,
    });
    return {
      label,
      initialization,
      classesBefore,
      classesAfter: unitClasses(model),
      deadUnits: deadUnits(model),
      costs,
      trainAccuracy: accuracy(model, data.train),
    };
  });
}

/** Hidden units of the first layer whose incoming weights, bias and outgoing weights are all 0. */
function deadUnits(model: MLP): number {
  const [w1, w2] = model.weights as [MLP['weights'][number], MLP['weights'][number]];
  const b1 = model.biases[0]!;
  const [hidden, inputs] = w1.shape as [number, number];
  let dead = 0;
  for (let h = 0; h < hidden; h++) {
    let zero = b1.data[h] === 0 && w2.data[h] === 0;
    for (let i = 0; zero && i < inputs; i++) zero = w1.data[h * inputs + i] === 0;
    if (zero) dead++;
  }
  return dead;
}
