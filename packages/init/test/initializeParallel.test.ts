import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { philox, RandomState, type FillPool, type PhiloxSource } from '@nninit/rng';
import { initialize, initializeParallel, type Initialization } from '@nninit/init';

// A stand-in for rng's FillPool with the contract FillPool guarantees (and rng tests): the same
// bits as source.fillNormal(out) on one thread, the source advanced by out.length. It records
// every call, so init's chunking, double buffering and scaling are tested in-process; the real
// pool runs in the child-process test at the end.
function recordingPool(): { pool: FillPool; calls: number[] } {
  const calls: number[] = [];
  const pool = {
    fillNormal: async (source: PhiloxSource, out: Float64Array) => {
      calls.push(out.length);
      source.fillNormal(out);
    },
  } as unknown as FillPool;
  return { pool, calls };
}

describe('initializeParallel', () => {
  const CHUNK = 1 << 21;

  it.each([
    ['he', 'float32'], ['he', 'float64'], [{ name: 'normal', mean: 0.5, std: 2 }, 'float32'], [{ name: 'random', scale: 0 }, 'float32'],
    [{ name: 'variance_scaling', distribution: 'normal', mode: 'fan_avg' }, 'float64'],
  ] as [Initialization, 'float32' | 'float64'][])('%j %s: the bits of initialize, in chunks of 2^21 through the pool', async (initialization, dtype) => {
    const { pool, calls } = recordingPool();
    const shape = [3, CHUNK - 1000]; // 3·2^21 − 3000: three chunks, the last one partial
    const w = await initializeParallel(shape, initialization, { seed: 5, dtype, pool });
    const reference = initialize(shape, initialization, { seed: 5, dtype });
    expect(w.shape).toEqual(shape);
    expect(w.dtype).toBe(dtype);
    expect(Array.from(w.data).every((x, i) => Object.is(x, reference.data[i]))).toBe(true);
    expect(calls).toEqual(dtype === 'float64' ? [3 * CHUNK - 3000] : [CHUNK, CHUNK, CHUNK - 3000]);
  });

  it('fills on the calling thread, exactly as initialize, what the pool cannot draw', async () => {
    const cases: [Initialization, number[], object][] = [
      // 2^17 elements is the smallest size the pool is used for: these stay on this thread for
      // their family or source; the 100 × 100 he, for its size.
      ['he_uniform', [512, 256], { seed: 1 }], ['truncated_normal', [1 << 17], { seed: 1 }], ['orthogonal', [64, 32], { seed: 1 }],
      ['he', [512, 256], { rng: new RandomState(1) }], ['he', [100, 100], { seed: 1 }], ['zeros', [1 << 17], {}],
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
      new TypeError('initializeParallel: options.pool must be a FillPool (from @nninit/rng), got undefined'),
    );
    await expect(initializeParallel([4, 4], 'he', { seed: 1, pool: 3 as never })).rejects.toThrow(
      new TypeError('initializeParallel: options.pool must be a FillPool (from @nninit/rng), got 3'),
    );
    const rng = philox(3);
    await expect(initializeParallel([3, 0], 'he', { rng, pool })).rejects.toThrow(
      new RangeError('initializeParallel: fanIn of shape [3,0] must be positive, got 0'),
    );
    await expect(initializeParallel([4, 4], 'he', { pool })).rejects.toThrow(RangeError);
    expect(rng.position).toBe(0);
  });

  it('with rng\'s real FillPool (2 worker_threads): the same bits as initialize, the source advanced', () => {
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const run = spawnSync(process.execPath, ['--conditions=@nninit/source', '--import', '../../scripts/register-ts-node.mjs', 'test/helpers/parallelScript.ts'], { cwd, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim())).toEqual({
      'he float32': true, 'he float32: source advanced by n': true,
      'he float64 (in place)': true, 'he float64 (in place): source advanced by n': true,
      'normal with a mean': true, 'normal with a mean: source advanced by n': true,
      'uniform (calling thread)': true, 'uniform (calling thread): source advanced by n': true,
      'the TSDoc example': true,
    });
  });
});
