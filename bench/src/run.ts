/**
 * `pnpm bench [name ...]`: runs every benchmark in this folder, or only those named
 * (e.g. `pnpm bench rng`). Each benchmark runs its anchors side by side in the same run and
 * prints a table with ratios.
 */
const benchmarks: Record<string, () => Promise<void>> = {
  rng: async () => (await import('./rng.bench.js')).run(),
  'philox-kernel': async () => (await import('./philoxKernel.bench.js')).run(),
  matmul: async () => (await import('./matmul.bench.js')).run(),
  init: async () => (await import('./init.bench.js')).run(),
  train: async () => (await import('./train.bench.js')).run(),
  elementwise: async () => (await import('./elementwise.bench.js')).run(),
  verify: async () => (await import('./verify.bench.js')).run(),
  tfjs: async () => (await import('./tfjs.bench.js')).run(),
  io: async () => (await import('./io.bench.js')).run(),
  theory: async () => (await import('./theory.bench.js')).run(),
  lsuv: async () => (await import('./lsuv.bench.js')).run(),
  slice: async () => (await import('./slice.bench.js')).run(),
  mup: async () => (await import('./mup.bench.js')).run(),
  shards: async () => (await import('./shards.bench.js')).run(),
  runner: async () => (await import('./runner.bench.js')).run(),
  tanh: async () => (await import('./tanh.bench.js')).run(),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}`);
  process.exit(2);
}
for (const [name, run] of Object.entries(benchmarks)) {
  if (wanted.length === 0 || wanted.includes(name)) {
    console.log(`\n=== ${name} ===`);
    await run();
  }
}
