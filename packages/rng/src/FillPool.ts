import { Worker } from 'node:worker_threads';
import { checkFloatArray, checkInterval, checkSize, describe } from './checks.js';
import { fillPiece, type FillTask } from './fillPiece.js';
import { PhiloxSource } from './PhiloxSource.js';

/**
 * Fills large arrays from a {@link PhiloxSource} with several worker_threads (Node.js). Each worker
 * fills one contiguous piece at its stream position, so the result is bit for bit the same as
 * `source.fillNormal(out)` on one thread, and the source advances by `out.length` in both cases.
 *
 * An `out` backed by a SharedArrayBuffer is filled in place; any other is filled through a shared
 * scratch buffer and copied. Pieces below 65536 elements are not worth a message: small fills run
 * on the calling thread. Call {@link FillPool.close} when done (workers keep the process alive).
 *
 * @example
 * ```ts
 * const pool = new FillPool(2);
 * const w = new Float32Array(new SharedArrayBuffer(4e8), 0, 1e8);
 * await pool.fillNormal(philox(0), w); // equals philox(0).fillNormal(w), about twice as fast
 * await pool.close();
 * ```
 */
export class FillPool {
  readonly #workers: Worker[];
  readonly #pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  #nextId = 0;

  /** @param workers - number of worker threads, at least 1 (default 2) */
  constructor(workers = 2) {
    checkSize('FillPool', 'workers', workers);
    if (workers < 1) throw new RangeError(`FillPool: workers must be at least 1, got ${workers}`);
    // Inside the workspace this module runs as TypeScript source (through ts-node, whose loader
    // the worker inherits with process.execArgv); published, it runs as dist/*.js.
    const entry = new URL(import.meta.url.endsWith('.ts') ? './fillWorker.ts' : './fillWorker.js', import.meta.url);
    this.#workers = Array.from({ length: workers }, () => {
      const worker = new Worker(entry);
      worker.on('message', ({ id, error }: { id: number; error?: string }) => {
        const pending = this.#pending.get(id);
        this.#pending.delete(id);
        if (error === undefined) pending?.resolve();
        else pending?.reject(new Error(`FillPool: a worker failed: ${error}`));
      });
      worker.on('error', (error) => {
        for (const pending of this.#pending.values()) pending.reject(error);
        this.#pending.clear();
      });
      return worker;
    });
  }

  /** Like `source.fillUniform(out)`, in parallel. */
  fillUniform(source: PhiloxSource, out: Float32Array | Float64Array): Promise<void> {
    return this.#fill('fillUniform', source, out, 'uniform', 0, 1);
  }

  /** Like `source.fillNormal(out)`, in parallel. */
  fillNormal(source: PhiloxSource, out: Float32Array | Float64Array): Promise<void> {
    return this.#fill('fillNormal', source, out, 'normal', 0, 1);
  }

  /** Like `source.fillTruncatedNormal(out, low, high)`, in parallel. */
  async fillTruncatedNormal(source: PhiloxSource, out: Float32Array | Float64Array, low: number, high: number): Promise<void> {
    checkInterval('FillPool.fillTruncatedNormal', low, high, true);
    return await this.#fill('fillTruncatedNormal', source, out, 'truncatedNormal', low, high);
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  async #fill(
    method: string, source: PhiloxSource, out: Float32Array | Float64Array,
    kind: FillTask['kind'], low: number, high: number,
  ): Promise<void> {
    const fn = `FillPool.${method}`;
    if (!(source instanceof PhiloxSource)) {
      throw new TypeError(`${fn}: source must be a PhiloxSource (from philox(seed)), got ${describe(source)}`);
    }
    checkFloatArray(fn, 'out', out);
    const start = source.position;
    // Advance the source exactly as a one-thread fill would (and validate the range) first.
    source.skip(out.length);
    const shared = out.buffer instanceof SharedArrayBuffer;
    const target = shared ? out : new (out.constructor as Float64ArrayConstructor)(new SharedArrayBuffer(out.byteLength));
    const dtype = out instanceof Float32Array ? 'float32' : 'float64';
    const pieces = Math.min(this.#workers.length, Math.floor(out.length / MIN_PIECE));
    const tasks = Array.from({ length: Math.max(pieces, 1) }, (_, p): FillTask => {
      const from = Math.floor((p * out.length) / Math.max(pieces, 1));
      const to = Math.floor(((p + 1) * out.length) / Math.max(pieces, 1));
      return {
        kind, key: source.key, start: start + from, buffer: target.buffer as SharedArrayBuffer,
        byteOffset: target.byteOffset + from * target.BYTES_PER_ELEMENT, length: to - from, dtype, low, high,
      };
    });
    if (pieces <= 1) fillPiece(tasks[0] as FillTask);
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

/** Below this many elements per worker, messaging costs more than it saves. */
const MIN_PIECE = 65536;
