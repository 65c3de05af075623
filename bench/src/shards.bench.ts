/**
 * `nninit init` at scale: a spec of about 10^9 float32 parameters (tensors up to 4096 × 16384)
 * written as 2 shards by 2 processes at once, each `node packages/cli/dist/main.js` as a user
 * runs it, against numpy writing the same tensors (`standard_normal(out=…)` into one reused
 * buffer, then `np.save`; bench/python/shards.py) in the same run. Each process runs under
 * bench/python/maxrss.py, which reports its wall time and its own peak resident memory.
 *
 * Goals: at least numpy's throughput with both cores used; peak memory per process at most 1.2×
 * the largest tensor. Throughput is the tensors' bytes over the wall time of the slowest process;
 * CPU time (user + system, all processes) is printed beside it, since on a shared machine wall
 * time measures the other jobs too.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable } from './printTable.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const main = join(root, 'packages/cli/dist/main.js');
const python = (script: string): string => fileURLToPath(new URL(`../python/${script}`, import.meta.url));

/** 12 tensors of 4096 × 16384 (alternately transposed) and 12 of 4096 × 4096: 1.007e9 parameters. */
const tensors = [
  ...Array.from({ length: 12 }, (_, i) => ({
    name: `layers.${i}.mlp.${i % 2 === 0 ? 'up' : 'down'}.weight`,
    shape: i % 2 === 0 ? [16384, 4096] : [4096, 16384],
    init: 'he_normal',
  })),
  ...Array.from({ length: 12 }, (_, i) => ({
    name: `layers.${i}.attn.proj.weight`,
    shape: [4096, 4096],
    init: { name: 'normal', std: 0.02 },
  })),
];
const PARAMETERS = tensors.reduce((s, t) => s + (t.shape[0] as number) * (t.shape[1] as number), 0);
const BYTES = PARAMETERS * 4;
const LARGEST = 4096 * 16384 * 4;
const REPEATS = 3;

interface Measured {
  seconds: number;
  cpu: number;
  maxrss: number;
  status: number;
}

/** Runs `command` under maxrss.py; resolves with its time and peak memory. */
function measured(command: readonly string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [python('maxrss.py'), ...command], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const result = JSON.parse(out) as Measured;
      if (code !== 0 || result.status !== 0) reject(new Error(`shards.bench: ${command.join(' ')} failed`));
      else resolve(result);
    });
  });
}

/** Runs the commands at once; the wall time is the slowest one's, the memory each one's own. */
async function together(
  commands: readonly (readonly string[])[],
): Promise<{ seconds: number; cpu: number; maxrss: number }> {
  const results = await Promise.all(commands.map(measured));
  return {
    seconds: Math.max(...results.map((r) => r.seconds)),
    cpu: results.reduce((s, r) => s + r.cpu, 0),
    maxrss: Math.max(...results.map((r) => r.maxrss)),
  };
}

export async function run(): Promise<void> {
  // The user's build: the benchmark measures dist/, so bring it up to date first (turbo caches it).
  execFileSync('pnpm', ['turbo', 'run', 'build', '--filter=@nninit/cli...', '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  const dir = mkdtempSync(join(tmpdir(), 'nninit-shards-bench-'));
  try {
    const spec = join(dir, 'spec.json');
    writeFileSync(spec, JSON.stringify({ seed: 0, tensors }));
    const tiny = join(dir, 'tiny.json');
    writeFileSync(tiny, JSON.stringify({ seed: 0, tensors: [{ name: 'w', shape: [2, 2], init: 'he_normal' }] }));
    const baseline = await measured(['node', main, 'init', tiny, '--out', join(dir, 'tiny')]);
    const nninit = (out: string, shard: string) => ['node', main, 'init', spec, '--out', out, '--shard', shard];
    const numpy = (out: string, i: number, n: number) => [
      'python3',
      python('shards.py'),
      spec,
      out,
      String(i),
      String(n),
    ];
    const cases: [string, (out: string) => (readonly string[])[]][] = [
      ['nninit init, 2 shards, 2 processes', (out) => [nninit(out, '1/2'), nninit(out, '2/2')]],
      ['numpy, 2 processes', (out) => [numpy(out, 1, 2), numpy(out, 2, 2)]],
      ['nninit init, 1 process', (out) => [nninit(out, '1/1')]],
      ['numpy, 1 process', (out) => [numpy(out, 1, 1)]],
    ];
    const best = new Map<string, { seconds: number; cpu: number; maxrss: number }>();
    // Interleaved repeats, so a busy moment on the shared machine does not land on one case only.
    for (let r = 0; r < REPEATS; r++) {
      for (const [label, commands] of cases) {
        const out = join(dir, 'out');
        const m = await together(commands(out));
        console.log(
          `  repeat ${r + 1}: ${label}: ${m.seconds.toFixed(2)} s, CPU ${m.cpu.toFixed(2)} s, peak RSS ${(m.maxrss / 1e6).toFixed(0)} MB`,
        );
        const written = readdirSync(out).reduce((s, f) => s + statSync(join(out, f)).size, 0);
        if (written < BYTES) throw new Error(`shards.bench: ${label} wrote ${written} bytes, fewer than ${BYTES}`);
        if (label.startsWith('nninit')) {
          const index = JSON.parse(readFileSync(join(out, 'model.safetensors.index.json'), 'utf8'));
          if (index.metadata.total_size !== BYTES)
            throw new Error(`shards.bench: total_size ${index.metadata.total_size}`);
        }
        rmSync(out, { recursive: true, force: true });
        const prev = best.get(label);
        best.set(label, {
          seconds: Math.min(prev?.seconds ?? Infinity, m.seconds),
          cpu: Math.min(prev?.cpu ?? Infinity, m.cpu),
          maxrss: Math.max(prev?.maxrss ?? 0, m.maxrss),
        });
      }
    }
    const anchor = (best.get('numpy, 1 process') as { seconds: number }).seconds;
    const anchor2 = (best.get('numpy, 2 processes') as { seconds: number }).seconds;
    const anchorCpu = (best.get('numpy, 1 process') as { cpu: number }).cpu;
    const MB = (b: number) => (b / 1e6).toFixed(0);
    printTable(
      `shards: ${PARAMETERS} float32 parameters (${(BYTES / 1e9).toFixed(2)} GB), largest tensor ${MB(LARGEST)} MB; ` +
        `best of ${REPEATS} wall times, peak RSS the largest of any process in any repeat`,
      ['case', 'seconds', 'GB/s', '÷numpy 1p', '÷numpy 2p', 'CPU s', 'CPU ÷numpy', 'peak RSS MB', '÷largest'],
      [...best.entries()].map(([label, m]) => [
        label,
        m.seconds.toFixed(2),
        (BYTES / m.seconds / 1e9).toFixed(2),
        `${(anchor / m.seconds).toFixed(2)}×`,
        `${(anchor2 / m.seconds).toFixed(2)}×`,
        m.cpu.toFixed(1),
        `${(anchorCpu / m.cpu).toFixed(2)}×`,
        MB(m.maxrss),
        `${(m.maxrss / LARGEST).toFixed(2)}×`,
      ]),
    );
    console.log(
      `baseline: node dist/main.js init of one 2×2 tensor, peak RSS ${MB(baseline.maxrss)} MB, ${baseline.seconds.toFixed(2)} s\n` +
        'GB/s: tensor bytes over the slowest process; ÷numpy: numpy time / this time (above 1: faster than numpy);\n' +
        'CPU s: user + system seconds of all the processes (best of the repeats); CPU ÷numpy: numpy 1 process / this.',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
