import { readFileSync } from 'node:fs';
import { philox, RandomState } from '@nninit/rng';
import { tensor } from '@nninit/tensor';
import { type Dataset, makeBlobs, makeCircles, makeMoons, makeSpirals, makeXor, trainTestSplit } from '@nninit/train';
import { describe, expect, it } from 'vitest';

interface Case {
  name: string;
  args: Record<string, unknown> & { seed: number };
  x: number[][];
  y: number[];
  centers?: number[][];
}
interface Split {
  testSize: number;
  shuffle: boolean;
  seed: number;
  xTrain: number[][];
  xTest: number[][];
  yTrain: number[];
  yTest: number[];
}
const golden = JSON.parse(readFileSync(new URL('./data/datasets.json', import.meta.url), 'utf8')) as {
  cases: Case[];
  splits: Split[];
};

function generate(c: Case) {
  const { seed, noise, ...rest } = c.args;
  const rng = new RandomState(seed);
  const common = { ...rest, ...(noise === null || noise === undefined ? {} : { noise }), rng } as never;
  switch (c.name) {
    case 'circles':
      return makeCircles(common);
    case 'moons':
      return makeMoons(common);
    case 'blobs':
      return makeBlobs(common);
    case 'spirals':
      return makeSpirals(common);
    default:
      return makeXor(common);
  }
}

describe('datasets against numpy (scikit-learn re-implemented in scripts/golden.py)', () => {
  it.each(golden.cases.map((c) => [`${c.name} ${JSON.stringify(c.args)}`, c] as const))(
    '%s is identical bit for bit',
    (_, c) => {
      const data = generate(c);
      expect(data.x.toArray()).toEqual(c.x);
      expect(data.y.toArray()).toEqual(c.y);
      if (c.centers !== undefined)
        expect((data as unknown as { centers: { toArray(): unknown } }).centers.toArray()).toEqual(c.centers);
    },
  );

  it.each(golden.splits.map((s) => [`testSize ${s.testSize} shuffle ${s.shuffle} seed ${s.seed}`, s] as const))(
    'trainTestSplit %s',
    (_, s) => {
      const data = makeCircles({ nSamples: 300, noise: 0.05, rng: new RandomState(1) });
      const { train, test } = trainTestSplit(data, {
        testSize: s.testSize,
        shuffle: s.shuffle,
        rng: new RandomState(s.seed),
      });
      expect(train.x.toArray()).toEqual(s.xTrain);
      expect(test.x.toArray()).toEqual(s.xTest);
      expect(train.y.toArray()).toEqual(s.yTrain);
      expect(test.y.toArray()).toEqual(s.yTest);
    },
  );
});

describe('datasets: documented examples and properties', () => {
  it('Dataset example: examples in rows', () => {
    const data: Dataset = {
      x: tensor([
        [0, 0],
        [1, 1],
      ]),
      y: tensor([0, 1]),
    };
    expect(data.x.shape).toEqual([2, 2]);
  });

  it('makeCircles: the notebook training set', () => {
    const { x, y } = makeCircles({ nSamples: 300, noise: 0.05, rng: new RandomState(1) });
    expect(x.shape).toEqual([300, 2]);
    expect((x.toArray() as number[][])[0]).toEqual([-0.07741354010048114, 0.8526022642742742]);
    expect(x.get(0, 0)).toBe(golden.cases[0]!.x[0]![0]);
    expect(y.get(0)).toBe(golden.cases[0]!.y[0]);
    expect((y.toArray() as number[]).filter((v) => v === 1)).toHaveLength(150);
  });

  it('makeMoons example', () => {
    const { x, y } = makeMoons({ nSamples: 4, shuffle: false });
    expect(x.toArray()).toEqual([
      [1, 0],
      [-1, 1.2246467991473532e-16],
      [0, 0.5],
      [2, 0.4999999999999999],
    ]);
    expect(y.toArray()).toEqual([0, 0, 1, 1]);
  });

  it('makeBlobs example: zero spread puts every point on its center', () => {
    const { x, y, centers } = makeBlobs({
      nSamples: 6,
      centers: [
        [0, 0],
        [5, 5],
      ],
      clusterStd: 0,
      shuffle: false,
      rng: philox(0),
    });
    expect(x.toArray()).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [5, 5],
      [5, 5],
      [5, 5],
    ]);
    expect(y.toArray()).toEqual([0, 0, 0, 1, 1, 1]);
    expect(centers.toArray()).toEqual([
      [0, 0],
      [5, 5],
    ]);
  });

  it('makeSpirals example: three arms by default', () => {
    const { x, y } = makeSpirals({ nSamples: 300, rng: new RandomState(0) });
    expect(x.shape).toEqual([300, 2]);
    expect(new Set(y.toArray() as number[]).size).toBe(3);
  });

  it('makeXor: labels are the XOR of the coordinate signs without noise', () => {
    const { x, y } = makeXor({ nSamples: 1000, rng: philox(0) });
    for (let i = 0; i < 1000; i++) expect(y.get(i)).toBe(x.get(i, 0) > 0 !== x.get(i, 1) > 0 ? 1 : 0);
    const ones = (y.toArray() as number[]).reduce((s, v) => s + v, 0);
    expect(ones).toBeGreaterThan(440); // Binomial(1000, ½): 440 is 3.8σ below the mean
    expect(ones).toBeLessThan(560);
  });

  it('trainTestSplit example', () => {
    const data = { x: tensor([[0], [1], [2], [3]]), y: tensor([0, 1, 2, 3]) };
    const { train, test } = trainTestSplit(data, { shuffle: false });
    expect(train.y.toArray()).toEqual([0, 1, 2]);
    expect(test.y.toArray()).toEqual([3]);
  });

  it('any RandomSource works, deterministically, and float32 rounds the float64 data once', () => {
    const a = makeCircles({ nSamples: 50, noise: 0.1, rng: philox(7) });
    const b = makeCircles({ nSamples: 50, noise: 0.1, rng: philox(7) });
    const c = makeCircles({ nSamples: 50, noise: 0.1, rng: philox(7), dtype: 'float32' });
    expect(a.x.toArray()).toEqual(b.x.toArray());
    expect(c.x.dtype).toBe('float32');
    expect(Array.from(c.x.data)).toEqual(Array.from(Float32Array.from(a.x.data)));
    expect((a.y.toArray() as number[]).sort()).toEqual([...Array(25).fill(0), ...Array(25).fill(1)]);
  });
});

describe('datasets: bad input', () => {
  const rng = philox(0);
  it.each(
    [
      [() => makeCircles({ nSamples: 0, rng }), RangeError, 'makeCircles: nSamples must be an integer ≥ 1, got 0'],
      [() => makeCircles({ nSamples: 2.5, rng }), RangeError, 'makeCircles: nSamples must be an integer ≥ 1, got 2.5'],
      [
        () => makeCircles({ nSamples: '3' as never, rng }),
        TypeError,
        'makeCircles: nSamples must be a number, got "3"',
      ],
      [
        () => makeCircles({ factor: 1, rng }),
        RangeError,
        'makeCircles: factor must be a finite number in [0, 1), got 1',
      ],
      [() => makeCircles({ noise: -0.1, rng }), RangeError, 'makeCircles: noise must be a finite number ≥ 0, got -0.1'],
      [() => makeCircles({ noise: NaN, rng }), RangeError, 'makeCircles: noise must be a finite number ≥ 0, got NaN'],
      [() => makeCircles({ shuffle: 1 as never, rng }), TypeError, 'makeCircles: shuffle must be a boolean, got 1'],
      [
        () => makeCircles({ dtype: 'int32' as never, rng }),
        RangeError,
        'makeCircles: dtype must be "float32" or "float64", got "int32"',
      ],
      [
        () => makeCircles(),
        TypeError,
        'makeCircles: rng must be a RandomSource (e.g. philox(seed) or new RandomState(seed)), got undefined',
      ],
      [() => makeCircles(5 as never), TypeError, 'makeCircles: options must be an object or undefined, got 5'],
      [
        () => makeMoons({ noise: 0.1, shuffle: false }),
        TypeError,
        'makeMoons: rng must be a RandomSource (e.g. philox(seed) or new RandomState(seed)), got undefined',
      ],
      [() => makeMoons({ nSamples: -1, rng }), RangeError, 'makeMoons: nSamples must be an integer ≥ 1, got -1'],
      [() => makeBlobs({ rng, centers: 0 }), RangeError, 'makeBlobs: centers must be an integer ≥ 1, got 0'],
      [
        () => makeBlobs({ rng, centers: [[0, 0], [1]] }),
        RangeError,
        'makeBlobs: centers[1] must be an array of 2 numbers, got [1]',
      ],
      [
        () => makeBlobs({ rng, centers: [[0, NaN]] }),
        RangeError,
        'makeBlobs: centers[0][1] must be a finite number, got NaN',
      ],
      [
        () => makeBlobs({ rng, centers: [] }),
        TypeError,
        'makeBlobs: centers must be a count or a non-empty array of points, got []',
      ],
      [
        () => makeBlobs({ rng, clusterStd: [1, 2] }),
        RangeError,
        'makeBlobs: clusterStd must be a number or an array of 3 numbers, got [1,2]',
      ],
      [
        () => makeBlobs({ rng, clusterStd: -1 }),
        RangeError,
        'makeBlobs: clusterStd must be a finite number ≥ 0, got -1',
      ],
      [
        () => makeBlobs({ rng, centerBox: [1, 1] }),
        RangeError,
        'makeBlobs: centerBox must be [low, high] with low < high, got [1,1]',
      ],
      [() => makeBlobs({ rng, centerBox: 3 as never }), TypeError, 'makeBlobs: centerBox must be [low, high], got 3'],
      [
        () => makeBlobs({} as never),
        TypeError,
        'makeBlobs: rng must be a RandomSource (e.g. philox(seed) or new RandomState(seed)), got undefined',
      ],
      [() => makeSpirals({ rng, nClasses: 0 }), RangeError, 'makeSpirals: nClasses must be an integer ≥ 1, got 0'],
      [
        () => makeSpirals({ rng, noise: Infinity }),
        RangeError,
        'makeSpirals: noise must be a finite number ≥ 0, got Infinity',
      ],
      [
        () => makeXor({ rng: {} as never }),
        TypeError,
        'makeXor: rng must be a RandomSource (e.g. philox(seed) or new RandomState(seed)), got an object',
      ],
      [() => makeXor({ rng, nSamples: 0 }), RangeError, 'makeXor: nSamples must be an integer ≥ 1, got 0'],
    ].map(([call, kind, message]) => [message, kind, call] as const),
  )('throws %s', (message, kind, call) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });

  const data = { x: tensor([[0], [1], [2], [3]]), y: tensor([0, 1, 2, 3]) };
  it.each(
    [
      [
        () => trainTestSplit(data, { testSize: 0 }),
        RangeError,
        'trainTestSplit: testSize must be a fraction in (0, 1) or an integer count in [1, 3] that leaves both parts of the 4 examples non-empty, got 0',
      ],
      [
        () => trainTestSplit(data, { testSize: 4, rng }),
        RangeError,
        'trainTestSplit: testSize must be a fraction in (0, 1) or an integer count in [1, 3] that leaves both parts of the 4 examples non-empty, got 4',
      ],
      [
        () => trainTestSplit(data, { testSize: 1.5, rng }),
        RangeError,
        'trainTestSplit: testSize must be a fraction in (0, 1) or an integer count in [1, 3] that leaves both parts of the 4 examples non-empty, got 1.5',
      ],
      [
        () => trainTestSplit(data),
        TypeError,
        'trainTestSplit: rng must be a RandomSource (e.g. philox(seed) or new RandomState(seed)), got undefined',
      ],
      [
        () => trainTestSplit({ x: tensor([[0], [1]]), y: tensor([0, 1, 2]) }, { rng }),
        RangeError,
        'trainTestSplit: data.y must have shape [2] or [2, nOutputs] to match data.x [2,1], got [3]',
      ],
      [
        () => trainTestSplit({ x: tensor([0, 1]), y: tensor([0, 1]) }, { rng }),
        RangeError,
        'trainTestSplit: data.x must have shape [nSamples ≥ 1, nFeatures ≥ 1], got [2]',
      ],
      [
        () => trainTestSplit({ x: [[0]], y: tensor([0]) } as never, { rng }),
        TypeError,
        'trainTestSplit: data.x must be a Tensor, got [[0]]',
      ],
      [() => trainTestSplit(null as never), TypeError, 'trainTestSplit: data must be { x, y } tensors, got null'],
      [
        () => trainTestSplit({ x: data.x, y: tensor([0, 1, 2, 3], [4], 'float32') } as never),
        TypeError,
        "trainTestSplit: data.y must have data.x's dtype float64, got float32",
      ],
    ].map(([call, kind, message]) => [message, kind, call] as const),
  )('throws %s', (message, kind, call) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });
});
