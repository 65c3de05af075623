import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Initialization, initialize, initializeParallel } from '@nninit/init';
import {
  type PhiloxSource,
  philox,
  RandomState,
  sampleNormal,
  sampleTruncatedNormal,
  sampleUniform,
} from '@nninit/rng';
import type { FillPool } from '@nninit/rng/parallel';
import { describe, expect, it } from 'vitest';

// A stand-in for rng's FillPool with the contract FillPool guarantees (and rng tests): the same
// bits as the one-thread samplers, the source advanced by out.length. It records every call, so
// what init sends to the pool is tested in-process; the real pool runs in the child-process test
// at the end.
type Out = Float32Array | Float64Array;
function recordingPool(): { pool: FillPool; calls: string[] } {
  const calls: string[] = [];
  const record = (name: string, out: Out): void =>
    void calls.push(`${name} ${out.length} ${out.buffer instanceof SharedArrayBuffer ? 'shared' : 'not shared'}`);
  const pool = {
    sampleNormal: async (source: PhiloxSource, out: Out, mean: number, std: number) => {
      record('sampleNormal', out);
      sampleNormal(source, out, mean, std);
    },
    sampleUniform: async (source: PhiloxSource, out: Out, low: number, high: number) => {
      record('sampleUniform', out);
      sampleUniform(source, out, low, high);
    },
    sampleTruncatedNormal: async (
      source: PhiloxSource,
      out: Out,
      mean: number,
      std: number,
      low: number,
      high: number,
    ) => {
      record('sampleTruncatedNormal', out);
      sampleTruncatedNormal(source, out, mean, std, low, high);
    },
  } as unknown as FillPool;
  return { pool, calls };
}

describe('initializeParallel', () => {
  it.each([
    ['he', 'float32', 'sampleNormal'],
    ['he', 'float64', 'sampleNormal'],
    [{ name: 'normal', mean: 0.5, std: 2 }, 'float32', 'sampleNormal'],
    [{ name: 'random', scale: 0 }, 'float32', 'sampleNormal'],
    [{ name: 'variance_scaling', distribution: 'normal', mode: 'fan_avg' }, 'float64', 'sampleNormal'],
    ['he_uniform', 'float32', 'sampleUniform'],
    ['glorot_uniform', 'float64', 'sampleUniform'],
    ['truncated_normal', 'float32', 'sampleTruncatedNormal'],
    [{ name: 'variance_scaling', distribution: 'truncated_normal' }, 'float64', 'sampleTruncatedNormal'],
    // Dialect spellings and degenerate uniforms (the constant is still drawn as a uniform).
    ['HeNormal', 'float32', 'sampleTruncatedNormal'],
    [{ name: 'trunc_normal_', std: 0.02 }, 'float64', 'sampleTruncatedNormal'],
    [{ name: 'uniform_', a: 1, b: 1 }, 'float32', 'sampleUniform'],
    [{ name: 'xavier_uniform_', gain: 0 }, 'float64', 'sampleUniform'],
  ] as [Initialization, 'float32' | 'float64', string][])(
    "%j %s: the bits of initialize, drawn by the pool's %s into shared memory",
    async (initialization, dtype, method) => {
      const { pool, calls } = recordingPool();
      const shape = [3, 100_000];
      const w = await initializeParallel(shape, initialization, { seed: 5, dtype, pool });
      const reference = initialize(shape, initialization, { seed: 5, dtype });
      expect(w.shape).toEqual(shape);
      expect(w.dtype).toBe(dtype);
      expect(Array.from(w.data).every((x, i) => Object.is(x, reference.data[i]))).toBe(true);
      expect(calls).toEqual([`${method} 300000 shared`]);
    },
  );

  it('fills on the calling thread, exactly as initialize, what the pool cannot draw', async () => {
    const cases: [Initialization, number[], object][] = [
      // 2^17 elements is the smallest size the pool is used for: these stay on this thread for
      // their family (structured) or source (RandomState); the 100 × 100 he_uniform, for its size.
      ['orthogonal', [512, 256], { seed: 1 }],
      [{ name: 'sparse', sparsity: 0.1 }, [512, 256], { seed: 1 }],
      ['he', [512, 256], { rng: new RandomState(1) }],
      ['he_uniform', [100, 100], { seed: 1 }],
      ['zeros', [1 << 17], {}],
    ];
    for (const [initialization, shape, source] of cases) {
      const { pool, calls } = recordingPool();
      const copy = 'rng' in source ? { rng: new RandomState(1) } : source;
      const w = await initializeParallel(shape, initialization, { ...source, pool });
      expect(w.data).toEqual(initialize(shape, initialization, copy).data);
      expect(calls).toEqual([]);
    }
  });

  it('validates like initialize, before drawing anything, and rejects a missing pool', async () => {
    const { pool } = recordingPool();
    await expect(initializeParallel([4, 4], 'he', {} as never)).rejects.toThrow(
      new TypeError('initializeParallel: options.pool must be a FillPool (from @nninit/rng/parallel), got undefined'),
    );
    await expect(initializeParallel([4, 4], 'he', { seed: 1, pool: 3 as never })).rejects.toThrow(
      new TypeError('initializeParallel: options.pool must be a FillPool (from @nninit/rng/parallel), got 3'),
    );
    const rng = philox(3);
    await expect(initializeParallel([3, 0], 'he', { rng, pool })).rejects.toThrow(
      new RangeError('initializeParallel: fanIn of shape [3,0] must be positive, got 0'),
    );
    await expect(initializeParallel([4, 4], 'he', { pool })).rejects.toThrow(RangeError);
    expect(rng.position).toBe(0);
  });

  it('options.slice: a torch-layout slice goes to the pool from the slice’s stream position; the source is not moved', async () => {
    const shape = [10, 50_000];
    const slice = { start: 3, end: 7 };
    for (const initialization of ['he', 'he_uniform', 'truncated_normal'] as Initialization[]) {
      const { pool, calls } = recordingPool();
      const rng = philox(4);
      rng.skip(17);
      const w = await initializeParallel(shape, initialization, { rng, pool, slice });
      expect(rng.position).toBe(17);
      const reference = initialize(shape, initialization, { rng, slice });
      expect(w.shape).toEqual([4, 50_000]);
      expect(Array.from(w.data).every((x, i) => Object.is(x, reference.data[i]))).toBe(true);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatch(/ 200000 shared$/);
    }
    // A keras-layout slice is runs of the stream, filled on this thread; the bits are initialize's.
    const { pool, calls } = recordingPool();
    const keras = await initializeParallel([400, 1000], 'he', { seed: 2, layout: 'keras', slice, pool });
    expect(keras.data).toEqual(initialize([400, 1000], 'he', { seed: 2, layout: 'keras', slice }).data);
    expect(calls).toEqual([]);
    await expect(
      initializeParallel([4, 4], 'orthogonal', { seed: 1, pool, slice: { start: 0, end: 1 } }),
    ).rejects.toThrow(
      new RangeError(
        'initializeParallel: options.slice must be undefined for "orthogonal" (Q is the QR factor of the whole Gaussian matrix: initialize it whole), got { start: 0, end: 1 }',
      ),
    );
  });

  it("with rng's real FillPool (2 worker_threads): the same bits as initialize, the source advanced", () => {
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const run = spawnSync(
      process.execPath,
      ['--conditions=@nninit/source', '--import', '../../scripts/register-tsx.mjs', 'test/helpers/parallelScript.ts'],
      { cwd, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim())).toEqual({
      'he float32': true,
      'he float32: source advanced by n': true,
      'he float64 (in place)': true,
      'he float64 (in place): source advanced by n': true,
      'normal with a mean': true,
      'normal with a mean: source advanced by n': true,
      uniform: true,
      'uniform: source advanced by n': true,
      'truncated_normal float64': true,
      'truncated_normal float64: source advanced by n': true,
      'the TSDoc example': true,
      'a slice of he': true,
      'a slice of he: source not moved': true,
    });
  });
});
