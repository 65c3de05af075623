import { allocate, validateByteLength } from '@nninit/internal';
import type { DType, Tensor } from '@nninit/tensor';
import type { OutputActivation } from '../../model/Activation.js';
import { LINEAR, RELU, type ResolvedActivation, resolveActivation } from '../model/activations.js';
import { activateRows } from './kernels/activateRows.js';
import { forwardLayer } from './kernels/forwardLayer.js';
import { inputGradient } from './kernels/inputGradient.js';
import { lossGradient } from './kernels/lossGradient.js';
import { roundRows } from './kernels/roundRows.js';
import { scaleByDerivative } from './kernels/scaleByDerivative.js';
import { weightGradient } from './kernels/weightGradient.js';
import { forwardLayerWasm } from './wasm/forwardLayerWasm.js';
import { inputGradientWasm } from './wasm/inputGradientWasm.js';
import { type WasmWorkspace, wasmWorkspace } from './wasm/wasmWorkspace.js';

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
 *
 * Buffers are float64 for both dtypes; a float32 model's parameters are mirrored into float64
 * at each forward pass and every value the kernels store is rounded to float32 (`round`), which
 * is bit for bit what float32 storage would give, with monomorphic kernels.
 *
 * Where WebAssembly SIMD is available, the activations, deltas, targets and gradients are views
 * on one WebAssembly memory of this engine's own, sized once here (so no view is ever detached),
 * with a copy of the parameters beside them refreshed before each product: the three products
 * then run as f64x2 kernels that give the JavaScript kernels' bits — forwardLayer and
 * inputGradient with lanes over examples (productKernel), weightGradient, whose sums run along
 * the examples, with lanes over units so that no sum is reordered (weightGradientKernel).
 */
export class Engine<D extends DType> {
  readonly stride: number;
  readonly round: boolean;
  readonly weights: Float64Array[];
  readonly biases: Float64Array[];
  readonly act: Float64Array[];
  readonly delta: Float64Array[];
  readonly target: Float64Array;
  readonly gradW: Float64Array[];
  readonly gradB: Float64Array[];
  readonly activations: readonly ResolvedActivation[];
  /** The WebAssembly instance the buffers live on; null: the JavaScript kernels run. */
  readonly wasm: WasmWorkspace | null;
  /** The parameters' copies in the instance's memory (empty without it). */
  readonly wasmWeights: Float64Array[] = [];
  readonly wasmBiases: Float64Array[] = [];
  /** Columns in use (count rounded up to 4) and examples in the current batch. */
  cols = 0;
  count = 0;

  /**
   * `fn` names the public caller in the RangeError of a workspace too large to allocate (a wide
   * layer times many examples), raised before any buffer is allocated. `simd` false keeps the
   * JavaScript kernels (for the tests that compare both).
   */
  constructor(
    fn: string,
    readonly net: Layers<D>,
    capacity: number,
    targetRows: number,
    simd = true,
  ) {
    this.stride = Math.ceil(capacity / 4) * 4;
    this.round = net.dtype === 'float32';
    const widest = Math.max(targetRows, ...net.sizes);
    const what = `a workspace of ${widest} units × ${capacity} examples`;
    validateByteLength(fn, what, widest * this.stride, Float64Array.BYTES_PER_ELEMENT);
    const plain = (length: number): Float64Array => allocate(fn, what, Float64Array, length);
    const mirror = (t: Tensor<D>): Float64Array => (t.data instanceof Float64Array ? t.data : plain(t.size));
    this.weights = net.weights.map(mirror);
    this.biases = net.biases.map(mirror);
    // The instance's memory: a +0.0 (the backward sums' start) in the first 16 bytes, then every
    // buffer on a 16-byte boundary (rows are 32 bytes, so every row is too: aligned vector loads).
    const region = (length: number): number => Math.ceil((length * 8) / 16) * 16;
    const lengths = [
      ...net.sizes.map((units) => units * this.stride),
      ...net.sizes.map((units, l) => (l === 0 ? 0 : units * this.stride)),
      targetRows * this.stride,
      ...net.weights.map((w) => w.size),
      ...net.biases.map((b) => b.size),
      ...net.weights.map((w) => w.size),
      ...net.biases.map((b) => b.size),
    ];
    const bytes = lengths.reduce((sum, n) => sum + region(n), 16);
    // Larger workspaces (beyond 2 GiB, far past the trainer's sizes) keep the JavaScript kernels.
    this.wasm = simd && bytes <= 2 ** 31 ? wasmWorkspace(bytes) : null;
    let offset = 16;
    const buffer = (length: number): Float64Array => {
      const ws = this.wasm;
      if (ws === null) return plain(length);
      const view = new Float64Array(ws.buffer, offset, length);
      offset += region(length);
      return view;
    };
    this.act = net.sizes.map((units) => buffer(units * this.stride));
    this.delta = net.sizes.map((units, l) => buffer(l === 0 ? 0 : units * this.stride));
    this.target = buffer(targetRows * this.stride);
    if (this.wasm !== null) {
      this.wasmWeights = net.weights.map((w) => buffer(w.size));
      this.wasmBiases = net.biases.map((b) => buffer(b.size));
    }
    this.gradW = net.weights.map((w) => (this.wasm === null ? new Float64Array(w.size) : buffer(w.size)));
    this.gradB = net.biases.map((b) => (this.wasm === null ? new Float64Array(b.size) : buffer(b.size)));
    this.activations = net.activations.map((a) => resolveActivation('Engine', 'activation', a, true));
  }

  /** Copies examples `rows[first … first + count)` of x [n, features] (and y) into the batch, transposed. */
  load(
    x: Float32Array | Float64Array,
    y: Float32Array | Float64Array | undefined,
    rows: Int32Array | undefined,
    first: number,
    count: number,
  ): void {
    const { stride } = this;
    const features = this.net.sizes[0] as number;
    const input = this.act[0] as Float64Array;
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
    const { net, act, cols, stride, round } = this;
    const last = net.weights.length - 1;
    for (let l = 0; round && l <= last; l++) {
      (this.weights[l] as Float64Array).set((net.weights[l] as Tensor<D>).data);
      (this.biases[l] as Float64Array).set((net.biases[l] as Tensor<D>).data);
    }
    for (let l = 0; l <= last; l++) {
      const out = act[l + 1] as Float64Array,
        units = net.sizes[l + 1] as number;
      const f = this.activations[l] as ResolvedActivation;
      const relu = l < last && f.code === RELU;
      if (this.wasm !== null) {
        const w = this.wasmWeights[l] as Float64Array,
          b = this.wasmBiases[l] as Float64Array;
        w.set(this.weights[l] as Float64Array);
        b.set(this.biases[l] as Float64Array);
        forwardLayerWasm(
          this.wasm,
          w.byteOffset,
          b.byteOffset,
          (act[l] as Float64Array).byteOffset,
          out.byteOffset,
          units,
          net.sizes[l] as number,
          cols,
          stride * 8,
          relu,
          round,
        );
      } else
        forwardLayer(
          this.weights[l] as Float64Array,
          this.biases[l] as Float64Array,
          act[l] as Float64Array,
          out,
          units,
          net.sizes[l] as number,
          cols,
          stride,
          relu,
          round,
        );
      if (l < last && !relu && f.code !== LINEAR) activateRows(out, units, cols, stride, f.code, f.alpha, round);
    }
  }

  /** Output-layer gradient of `loss` into delta[L]; returns the mean loss when `wantCost`. */
  outputGradient(loss: 'bce' | 'softmax' | 'mse', wantCost: boolean): number {
    const L = this.net.weights.length;
    const out = this.activations[L - 1] as ResolvedActivation;
    const rows = loss === 'softmax' ? (this.net.sizes[L] as number) : this.target.length / this.stride;
    const g = this.delta[L] as Float64Array;
    const cost = lossGradient(
      loss,
      this.act[L] as Float64Array,
      this.target,
      g,
      rows,
      this.count,
      this.cols,
      this.stride,
      out.code,
      out.alpha,
      wantCost,
    );
    if (this.round) roundRows(g, this.net.sizes[L] as number, this.cols, this.stride);
    return cost;
  }

  /**
   * Backward pass from delta[L]: gradients of every weight and bias, deltas of every layer. */
  backward(): void {
    const { net, act, delta, cols, stride, round } = this;
    for (let l = net.weights.length; l >= 1; l--) {
      const nOut = net.sizes[l] as number,
        nIn = net.sizes[l - 1] as number;
      const gw = this.gradW[l - 1] as Float64Array,
        gb = this.gradB[l - 1] as Float64Array;
      if (this.wasm !== null)
        this.wasm.weightGradient(
          (delta[l] as Float64Array).byteOffset,
          (act[l - 1] as Float64Array).byteOffset,
          gw.byteOffset,
          gb.byteOffset,
          nOut,
          nIn,
          cols,
          stride * 8,
        );
      else weightGradient(delta[l] as Float64Array, act[l - 1] as Float64Array, gw, gb, nOut, nIn, cols, stride);
      if (round) {
        roundRows(gw, 1, gw.length, gw.length);
        roundRows(gb, 1, gb.length, gb.length);
      }
      if (l === 1) break;
      const f = this.activations[l - 2] as ResolvedActivation;
      const d = delta[l - 1] as Float64Array;
      const relu = f.code === RELU;
      if (this.wasm !== null) {
        // Refreshed here too: a caller may change the parameters between forward and backward.
        const w = this.wasmWeights[l - 1] as Float64Array;
        w.set(this.weights[l - 1] as Float64Array);
        inputGradientWasm(
          this.wasm,
          w.byteOffset,
          0,
          (delta[l] as Float64Array).byteOffset,
          (act[l - 1] as Float64Array).byteOffset,
          d.byteOffset,
          nOut,
          nIn,
          cols,
          stride * 8,
          relu,
          round,
        );
      } else
        inputGradient(
          this.weights[l - 1] as Float64Array,
          delta[l] as Float64Array,
          act[l - 1] as Float64Array,
          d,
          nOut,
          nIn,
          cols,
          stride,
          relu,
          round,
        );
      if (!relu && f.code !== LINEAR)
        scaleByDerivative(d, act[l - 1] as Float64Array, nIn, cols, stride, f.code, f.alpha, round);
    }
  }
}
