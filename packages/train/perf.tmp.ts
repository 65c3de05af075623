import { RandomState } from '@nninit/rng';
import { MLP, gradientDescent, makeCircles, train } from './src/index.js';
const order = (process.argv[2] ?? 'float64,float32').split(',') as ('float64' | 'float32')[];
for (const dtype of order) {
  const data = makeCircles({ nSamples: 300, noise: 0.05, rng: new RandomState(1), dtype });
  const base = new MLP({ sizes: [2, 10, 5, 1], output: 'sigmoid', initialization: 'he', rng: new RandomState(3), dtype });
  const times: string[] = [];
  let cost = 0;
  for (let r = 0; r < 4; r++) {
    const model = base.clone();
    const c0 = process.cpuUsage();
    const res = train(model, data, { loss: 'binary_cross_entropy', optimizer: gradientDescent({ learningRate: 0.01 }), iterations: 15000, recordEvery: 1000 });
    const c = process.cpuUsage(c0);
    times.push(`${((c.user + c.system) / 1000).toFixed(0)}cpu/${res.elapsed.toFixed(0)}wall`);
    cost = res.costs[14]!;
  }
  console.log(dtype, times.join(' '), cost);
}
