import { Worker } from 'node:worker_threads';
import { formatValue, validateByteLength } from '@nninit/internal';
import { type FillTask, fillPiece } from './internal/fillPool/fillPiece.js';
import { IDENTITY } from './internal/sampling/Affine.js';
import { validateTruncatedRange, ZIGGURAT_LARGEST } from './internal/sampling/finiteRange.js';
import {
  normalSamplingPlan,
  type SamplingPlan,
  truncatedNormalSamplingPlan,
  uniformSamplingPlan,
} from './internal/sampling/SamplingPlan.js';
import { validateFloatArray, validateInterval, validateSize } from './internal/validation.js';
import { PhiloxSource } from './PhiloxSource.js';

/**
 * Fills large arrays from a {@link PhiloxSource} with several worker_threads (Node.js; import it
 * from `@nninit/rng/parallel`). Each worker fills one contiguous piece at its stream position, so
 * the result is bit for bit what the same call gives on one thread — `source.fillNormal(out)`,
 * `sampleNormal(source, out, mean, std)`, … — and the source advances by `out.length` in both.
 *
 * An `out` backed by a SharedArrayBuffer is filled in place; any other is filled through a shared
 * scratch buffer and copied. Fills below 65536 elements per worker run on the calling thread.
 * Call {@link FillPool.close} when done (workers keep the process alive).
 *
 * A pool has at most {@link FillPool.MAX_WORKERS} (64) workers. It does not heal: if a worker
 * dies or exits on its own (its file fails to load, it runs out of memory, something terminates
 * it), every pending fill and every later call — small fills included — rejects with an Error
 * naming the method and the worker's failure; no worker is respawned, so a broken pool never
 * half-works. After {@link FillPool.close}, every call rejects with an Error saying the pool is
 * closed. Create a new pool in either case.
 *
 * @example
 * ```ts
 * const pool = new FillPool(2);
 * const w = new Float32Array(new SharedArrayBuffer(4e8), 0, 1e8);
 * await pool.sampleNormal(philox(0), w, 0, 0.01); // = sampleNormal(philox(0), w, 0, 0.01), bit for bit
 * await pool.close();
 * ```
 */
export class FillPool {
  /** The most workers a pool may have: beyond a few per core they only add memory and messages. */
  static readonly MAX_WORKERS = 64;

  readonly #workers: Worker[];
  readonly #pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  #nextId = 0;
  /** Why the pool can no longer fill: closed, or a worker died (the first failure wins). */
  #broken: string | undefined;

  /** @param workers - number of worker threads, an integer in [1, {@link FillPool.MAX_WORKERS}] (default 2) */
  constructor(workers = 2) {
    validateSize('FillPool', 'workers', workers);
    if (workers < 1) throw new RangeError(`FillPool: workers must be at least 1, got ${workers}`);
    if (workers > FillPool.MAX_WORKERS) {
      throw new RangeError(`FillPool: workers must be at most ${FillPool.MAX_WORKERS}, got ${workers}`);
    }
    // Inside the workspace this module runs as TypeScript source (through tsx, whose loader
    // the worker inherits with process.execArgv); published, it runs as dist/*.js.
    const entry = new URL(
      import.meta.url.endsWith('.ts') ? './internal/fillPool/fillWorker.ts' : './internal/fillPool/fillWorker.js',
      import.meta.url,
    );
    // Workers inherit the parent's Node flags (the workspace's TypeScript loader among them), less
    // --input-type, which Node refuses for a worker (it is set by `node --input-type=module -e`).
    const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
    this.#workers = Array.from({ length: workers }, () => {
      const worker = new Worker(entry, { execArgv });
      worker.on('message', ({ id, error }: { id: number; error?: string }) => {
        const pending = this.#pending.get(id);
        this.#pending.delete(id);
        if (error === undefined) pending?.resolve();
        else pending?.reject(new Error(`FillPool: a worker failed: ${error}`));
      });
      worker.on('error', (error) => this.#break(`a worker failed: ${String(error)}`));
      worker.on('exit', (code) => this.#break(`a worker exited (code ${code})`));
      return worker;
    });
  }

  /** `source.fillUniform(out)`, in parallel. */
  async fillUniform(source: PhiloxSource, out: Float32Array | Float64Array): Promise<void> {
    validateFloatArray('FillPool.fillUniform', 'out', out);
    await this.#fill('FillPool.fillUniform', source, out, { kind: 'uniform', transform: IDENTITY, low: 0, high: 1 });
  }

  /** `source.fillNormal(out)`, in parallel. */
  async fillNormal(source: PhiloxSource, out: Float32Array | Float64Array): Promise<void> {
    validateFloatArray('FillPool.fillNormal', 'out', out);
    await this.#fill('FillPool.fillNormal', source, out, {
      kind: 'normal',
      transform: IDENTITY,
      low: -Infinity,
      high: Infinity,
    });
  }

  /** `source.fillTruncatedNormal(out, low, high)`, in parallel. */
  async fillTruncatedNormal(
    source: PhiloxSource,
    out: Float32Array | Float64Array,
    low: number,
    high: number,
  ): Promise<void> {
    const fn = 'FillPool.fillTruncatedNormal';
    validateFloatArray(fn, 'out', out);
    validateInterval(fn, low, high, true);
    validateTruncatedRange(fn, out instanceof Float32Array, 0, 1, low, high, ZIGGURAT_LARGEST);
    await this.#fill(fn, source, out, { kind: 'truncatedNormal', transform: IDENTITY, low, high });
  }

  /** `sampleNormal(source, out, mean, std)`, in parallel. */
  async sampleNormal(source: PhiloxSource, out: Float32Array | Float64Array, mean: number, std: number): Promise<void> {
    await this.#fill(
      'FillPool.sampleNormal',
      source,
      out,
      normalSamplingPlan('FillPool.sampleNormal', out, mean, std, ZIGGURAT_LARGEST),
    );
  }

  /** `sampleUniform(source, out, low, high)`, in parallel. */
  async sampleUniform(
    source: PhiloxSource,
    out: Float32Array | Float64Array,
    low: number,
    high: number,
  ): Promise<void> {
    await this.#fill(
      'FillPool.sampleUniform',
      source,
      out,
      uniformSamplingPlan('FillPool.sampleUniform', out, low, high),
    );
  }

  /** `sampleTruncatedNormal(source, out, mean, std, low, high)`, in parallel. */
  async sampleTruncatedNormal(
    source: PhiloxSource,
    out: Float32Array | Float64Array,
    mean: number,
    std: number,
    low: number,
    high: number,
  ): Promise<void> {
    const fn = 'FillPool.sampleTruncatedNormal';
    await this.#fill(fn, source, out, truncatedNormalSamplingPlan(fn, out, mean, std, low, high, ZIGGURAT_LARGEST));
  }

  /** Stops the workers. Every later call, and any fill still pending, rejects. */
  async close(): Promise<void> {
    this.#break('the pool is closed');
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  /** Marks the pool unusable (once) and rejects every pending fill. */
  #break(reason: string): void {
    this.#broken ??= reason;
    const error = new Error(`FillPool: ${this.#broken}; create a new FillPool`);
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }

  async #fill(fn: string, source: PhiloxSource, out: Float32Array | Float64Array, plan: SamplingPlan): Promise<void> {
    if (this.#broken !== undefined) throw new Error(`${fn}: ${this.#broken}; create a new FillPool`);
    if (!(source instanceof PhiloxSource)) {
      throw new TypeError(`${fn}: source must be a PhiloxSource (from philox(seed)), got ${formatValue(source)}`);
    }
    const shared = out.buffer instanceof SharedArrayBuffer;
    const target = shared ? out : sharedCopy(fn, out);
    const start = source.position;
    source.skip(out.length); // advances exactly as a one-thread fill would, and checks the range
    const dtype = out instanceof Float32Array ? 'float32' : 'float64';
    const pieces = Math.max(1, Math.min(this.#workers.length, Math.floor(out.length / MIN_PIECE)));
    const tasks = Array.from({ length: pieces }, (_, p): FillTask => {
      const from = Math.floor((p * out.length) / pieces);
      const to = Math.floor(((p + 1) * out.length) / pieces);
      return {
        plan,
        key: source.key,
        start: start + from,
        buffer: target.buffer as SharedArrayBuffer,
        byteOffset: target.byteOffset + from * target.BYTES_PER_ELEMENT,
        length: to - from,
        dtype,
      };
    });
    if (pieces === 1) fillPiece(tasks[0] as FillTask);
    else await Promise.all(tasks.map((task, p) => this.#send(p, task)));
    if (!shared) out.set(target);
  }

  #send(worker: number, task: FillTask): Promise<void> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#workers[worker]?.postMessage({ id, task });
    });
  }
}

/** A zeroed array of out's type and length in a SharedArrayBuffer, or a RangeError naming `fn` and the size. */
function sharedCopy(fn: string, out: Float32Array | Float64Array): Float32Array | Float64Array {
  validateByteLength(fn, `a shared copy of out (length ${out.length})`, out.length, out.BYTES_PER_ELEMENT);
  let buffer: SharedArrayBuffer;
  try {
    buffer = new SharedArrayBuffer(out.byteLength);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new RangeError(
      `${fn}: a shared copy of out needs ${out.byteLength} bytes, more than this host could allocate`,
    );
  }
  return out instanceof Float32Array ? new Float32Array(buffer) : new Float64Array(buffer);
}

/** Below this many elements per worker, messaging costs more than it saves. */
const MIN_PIECE = 65536;
