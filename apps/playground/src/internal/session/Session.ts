import { describeDistribution, type Initialization } from '@nninit/init';
import { philox, type RandomSource } from '@nninit/rng';
import { tensor } from '@nninit/tensor';
import {
  adam,
  type Dataset,
  gradientDescent,
  type Loss,
  MLP,
  momentum,
  type Optimizer,
  probeLayers,
  train,
} from '@nninit/train';
import type { PlaygroundState } from '../state/PlaygroundState.js';
import { declaredDensity } from './declaredDensity.js';
import { histogram } from './histogram.js';
import { CLASSES, makeData } from './makeData.js';
import type { LayerView, Snapshot } from './Snapshot.js';
import { variance } from './variance.js';

const BINS = 30;

/**
 * One run of the playground: the data, the network and the optimizer a {@link PlaygroundState}
 * describes, trained in chunks of whole epochs. It runs the same in the page's worker and in
 * Node: the streams are `philox(seed)` forked into 'train', 'test', 'weights' and 'batches', and
 * a chunked run is bit for bit one `train` call of the same length, because chunks start at
 * epoch boundaries (where `train` draws the next permutation) and the optimizer keeps its state.
 */
export class Session {
  readonly train: Dataset<'float64'>;
  readonly test: Dataset<'float64'>;
  readonly model: MLP;
  readonly loss: Loss;
  readonly classes: number;
  /** Updates per epoch: 1 for full batch. */
  readonly epochLength: number;
  private readonly optimizer: Optimizer;
  private readonly batchSize: number;
  private readonly batches: RandomSource;
  private readonly initialization: Initialization;
  iteration = 0;
  private lastRate = 0;

  constructor(readonly state: PlaygroundState) {
    const root = philox(state.seed);
    this.classes = CLASSES[state.dataset];
    this.train = makeData(state.dataset, state.nTrain, state.noise, root.fork('train'));
    this.test = makeData(state.dataset, state.nTest, state.noise, root.fork('test'));
    const binary = this.classes === 2;
    this.loss = binary ? 'binary_cross_entropy' : 'softmax_cross_entropy';
    this.initialization = { name: state.init, ...state.initParams } as Initialization;
    this.model = new MLP({
      sizes: [2, ...state.hidden, binary ? 1 : this.classes],
      activation: state.activation,
      output: binary ? 'sigmoid' : 'softmax',
      initialization: this.initialization,
      rng: root.fork('weights'),
    });
    const learningRate = state.learningRate;
    this.optimizer =
      state.optimizer === 'adam'
        ? adam({ learningRate })
        : state.optimizer === 'momentum'
          ? momentum({ learningRate })
          : gradientDescent({ learningRate });
    this.batchSize = state.batchSize === 0 ? state.nTrain : Math.min(state.batchSize, state.nTrain);
    this.epochLength = Math.ceil(state.nTrain / this.batchSize);
    this.batches = root.fork('batches');
  }

  /** Trains `epochs` whole epochs (at least one); returns the iterations run. */
  advanceEpochs(epochs: number): number {
    const iterations = Math.max(1, Math.floor(epochs)) * this.epochLength;
    const start = performance.now();
    train(this.model, this.train, {
      loss: this.loss,
      optimizer: this.optimizer,
      iterations,
      ...(this.batchSize < this.state.nTrain ? { batchSize: this.batchSize, rng: this.batches } : {}),
      recordEvery: iterations,
    });
    const elapsed = performance.now() - start;
    this.iteration += iterations;
    if (elapsed > 0) this.lastRate = (iterations * 1000) / elapsed;
    return iterations;
  }

  /** Trains up to iteration `at`, rounded down to whole epochs. */
  advanceTo(at: number): void {
    const epochs = Math.floor((at - this.iteration) / this.epochLength);
    if (epochs > 0) this.advanceEpochs(epochs);
  }

  /** The loss on the training set now: train's cost for these parameters, bit for bit. */
  trainLoss(): number {
    return probeLayers(this.model, this.train, { loss: this.loss }).cost;
  }

  /** Everything the page draws, at this iteration. */
  snapshot(withPoints: boolean, gridSize = 48): Snapshot {
    const probe = probeLayers(this.model, this.train, { loss: this.loss });
    const testProbe = probeLayers(this.model, this.test, { loss: this.loss });
    const L = this.model.weights.length;
    const layers = probe.layers.map((p, i): LayerView => {
      const w = this.model.weights[i]!;
      const weights = histogram(w.data, BINS);
      let declared: LayerView['declared'];
      try {
        declared = declaredDensity(describeDistribution(w.shape, this.initialization), weights.lo, weights.hi);
      } catch (error) {
        declared = { kind: 'structured', label: (error as Error).message };
      }
      return {
        layer: p.layer,
        units: p.units,
        activation: histogram(p.activation, BINS),
        gradient: histogram(p.gradient, BINS),
        activationVariance: variance(p.activation),
        gradientVariance: variance(p.gradient),
        weights,
        declared,
        identicalUnits: p.layer < L && this.identicalUnits(i),
      };
    });
    return {
      iteration: this.iteration,
      trainLoss: probe.cost,
      testLoss: testProbe.cost,
      trainAccuracy: accuracyOf(probe.layers[L - 1]!.activation, this.train.y.data, this.classes),
      testAccuracy: accuracyOf(testProbe.layers[L - 1]!.activation, this.test.y.data, this.classes),
      layers,
      grid: this.grid(gridSize),
      ...(withPoints ? { points: this.points() } : {}),
      iterationsPerSecond: this.lastRate,
    };
  }

  /** Whether every unit of layer i + 1 has the same incoming weights and bias as unit 0. */
  private identicalUnits(i: number): boolean {
    const w = this.model.weights[i]!.data,
      b = this.model.biases[i]!.data;
    const units = b.length,
      fanIn = w.length / units;
    for (let u = 1; u < units; u++) {
      if (b[u] !== b[0]) return false;
      for (let k = 0; k < fanIn; k++) if (w[u * fanIn + k] !== w[k]) return false;
    }
    return true;
  }

  private grid(n: number): Snapshot['grid'] {
    const x = this.train.x.data;
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let i = 0; i < x.length; i += 2) {
      const [a, b] = [x[i] as number, x[i + 1] as number];
      [x0, x1, y0, y1] = [Math.min(x0, a), Math.max(x1, a), Math.min(y0, b), Math.max(y1, b)];
    }
    const half = (Math.max(x1 - x0, y1 - y0) * 1.3) / 2;
    const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
    const bounds = { x0: cx - half, x1: cx + half, y0: cy - half, y1: cy + half };
    const points: number[][] = [];
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++)
        points.push([bounds.x0 + ((i + 0.5) * 2 * half) / n, bounds.y0 + ((j + 0.5) * 2 * half) / n]);
    }
    const out = this.model.forward(tensor(points)).data;
    const classes = new Uint8Array(n * n),
      confidence = new Float32Array(n * n);
    const k = this.classes === 2 ? 1 : this.classes;
    for (let p = 0; p < n * n; p++) {
      if (k === 1) {
        const q = out[p] as number;
        classes[p] = q > 0.5 ? 1 : 0;
        confidence[p] = q > 0.5 ? q : 1 - q;
      } else {
        let best = 0;
        for (let c = 1; c < k; c++) if ((out[p * k + c] as number) > (out[p * k + best] as number)) best = c;
        classes[p] = best;
        confidence[p] = out[p * k + best] as number;
      }
    }
    return { n, bounds, classes, confidence };
  }

  private points(): NonNullable<Snapshot['points']> {
    return {
      train: Float64Array.from(this.train.x.data),
      labels: Uint8Array.from(this.train.y.data),
      test: Float64Array.from(this.test.x.data),
      testLabels: Uint8Array.from(this.test.y.data),
    };
  }
}

/** Fraction of examples whose predicted class (σ > ½, or the softmax argmax) is the label. */
function accuracyOf(outputs: Float64Array, labels: ArrayLike<number>, classes: number): number {
  const n = labels.length;
  let right = 0;
  for (let j = 0; j < n; j++) {
    let predicted: number;
    if (classes === 2) predicted = (outputs[j] as number) > 0.5 ? 1 : 0;
    else {
      predicted = 0;
      for (let c = 1; c < classes; c++)
        if ((outputs[c * n + j] as number) > (outputs[predicted * n + j] as number)) predicted = c;
    }
    if (predicted === labels[j]) right++;
  }
  return right / n;
}
