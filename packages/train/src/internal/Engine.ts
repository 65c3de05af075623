import type { DType, Tensor } from '@nninit/tensor';
import type { OutputActivation } from '../model/Activation.js';
import { LINEAR, resolveActivation, type ResolvedActivation } from './activations.js';
import { forwardLayer } from './kernels/forwardLayer.js';
import { inputGradient } from './kernels/inputGradient.js';
import { lossGradient } from './kernels/lossGradient.js';
import { weightGradient } from './kernels/weightGradient.js';

type Floats = Float32Array | Float64Array;

/** What the engine needs of a network: parameters and activations (an MLP satisfies it). */
export interface Layers<D extends DType> {
  readonly sizes: readonly number[];
  readonly weights: readonly Tensor<D>[];
  readonly biases: readonly Tensor<D>[];
  readonly activations: readonly OutputActivation[];
  readonly dtype: D;
}

/**
 * The trainer's workspace: every buffer of a forward and backward pass over up to `capacity`
 * examples, allocated once, so an iteration allocates nothing.
 *
 * Layout: units × examples (the notebook's features × examples), row stride = capacity rounded
 * up to a multiple of 4, so the kernels' 4-example tiles need no remainder loops; padding
 * columns carry zero gradients. `act[0]` is the input batch, `act[l]` the output of layer l
 * (for the last layer its pre-activations, the logits the losses start from).
 */
export class Engine<D extends DType> {
  readonly stride: number;
  readonly act: Floats[];
  readonly delta: Floats[];
  readonly target: Floats;
  readonly gradW: Floats[];
  readonly gradB: Floats[];
  readonly fs: readonly ResolvedActivation[];
  /** Columns in use (count rounded up to 4) and examples in the current batch. */
  cols = 0;
  count = 0;

  constructor(readonly net: Layers<D>, capacity: number, targetRows: number) {
    this.stride = Math.ceil(capacity / 4) * 4;
    const make = (n: number): Floats => (net.dtype === 'float32' ? new Float32Array(n) : new Float64Array(n));
    this.act = net.sizes.map((units) => make(units * this.stride));
    this.delta = net.sizes.map((units, l) => make(l === 0 ? 0 : units * this.stride));
    this.target = make(targetRows * this.stride);
    this.gradW = net.weights.map((w) => make(w.size));
    this.gradB = net.biases.map((b) => make(b.size));
    this.fs = net.activations.map((a) => resolveActivation('Engine', 'activation', a, true));
  }

  /** Copies examples `rows[first … first + count)` of x [n, features] (and y) into the batch, transposed. */
  load(x: Floats, y: Floats | undefined, rows: Int32Array | undefined, first: number, count: number): void {
    const { stride } = this;
    const features = this.net.sizes[0] as number;
    const input = this.act[0] as Floats;
    const yRows = this.target.length / stride;
    this.count = count;
    this.cols = Math.ceil(count / 4) * 4;
    for (let j = 0; j < count; j++) {
      const r = rows === undefined ? first + j : (rows[first + j] as number);
      for (let f = 0; f < features; f++) input[f * stride + j] = x[r * features + f] as number;
      if (y !== undefined) for (let k = 0; k < yRows; k++) this.target[k * stride + j] = y[r * yRows + k] as number;
    }
    for (let f = 0; f < features; f++) input.fill(0, f * stride + count, f * stride + this.cols);
  }

  /** Forward pass over the loaded batch; the last layer's logits stay linear. */
  forward(): void {
    const { net, act, cols, stride } = this;
    const last = net.weights.length - 1;
    for (let l = 0; l <= last; l++) {
      const f = this.fs[l] as ResolvedActivation;
      forwardLayer(
        (net.weights[l] as Tensor<D>).data, (net.biases[l] as Tensor<D>).data, act[l] as Floats, act[l + 1] as Floats,
        net.sizes[l + 1] as number, net.sizes[l] as number, cols, stride,
        l === last ? LINEAR : f.code, f.alpha,
      );
    }
  }

  /** Output-layer gradient of `loss` into delta[L]; returns the mean loss when `wantCost`. */
  outputGradient(loss: 'bce' | 'softmax' | 'mse', wantCost: boolean): number {
    const L = this.net.weights.length;
    const out = this.fs[L - 1] as ResolvedActivation;
    const rows = loss === 'softmax' ? (this.net.sizes[L] as number) : this.target.length / this.stride;
    return lossGradient(
      loss, this.act[L] as Floats, this.target, this.delta[L] as Floats,
      rows, this.count, this.cols, this.stride, out.code, out.alpha, wantCost,
    );
  }

  /** Backward pass from delta[L]: gradients of every weight and bias, deltas of every layer. */
  backward(): void {
    const { net, act, delta, cols, stride } = this;
    for (let l = net.weights.length; l >= 1; l--) {
      const nOut = net.sizes[l] as number, nIn = net.sizes[l - 1] as number;
      weightGradient(delta[l] as Floats, act[l - 1] as Floats, this.gradW[l - 1] as Floats, this.gradB[l - 1] as Floats, nOut, nIn, cols, stride);
      if (l > 1) {
        const f = this.fs[l - 2] as ResolvedActivation;
        inputGradient(
          (net.weights[l - 1] as Tensor<D>).data, delta[l] as Floats, act[l - 1] as Floats, delta[l - 1] as Floats,
          nOut, nIn, cols, stride, f.code, f.alpha,
        );
      }
    }
  }
}
