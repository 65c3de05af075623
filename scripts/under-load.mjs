// Runs a command while other processes keep every core busy, then stops them: the check that the
// test suite passes on a loaded machine (shared CI hosts, a developer's laptop mid-build), where
// hooks and tests take several times as long as they do alone.
//
//   node scripts/under-load.mjs [--loops N] -- <command> [args...]
//
// N busy loops (default: one per core) run as separate processes at normal priority, the
// command inherits stdio, and its exit status is this script's. The loops are killed however
// the command ends, including on SIGINT and SIGTERM.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const args = process.argv.slice(2);
const separator = args.indexOf('--');
if (separator < 0 || separator === args.length - 1) {
  console.error('usage: node scripts/under-load.mjs [--loops N] -- <command> [args...]');
  process.exit(2);
}
const options = args.slice(0, separator);
const [command, ...commandArgs] = args.slice(separator + 1);
let loops = availableParallelism();
if (options.length > 0) {
  const n = Number(options[1]);
  if (options[0] !== '--loops' || options.length !== 2 || !Number.isSafeInteger(n) || n < 0) {
    console.error(`under-load: expected --loops N (a non-negative integer), got ${options.join(' ')}`);
    process.exit(2);
  }
  loops = n;
}

const busy = Array.from({ length: loops }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stop = () => {
  for (const p of busy) p.kill('SIGKILL');
};
console.log(
  `under-load: ${loops} busy loop${loops === 1 ? '' : 's'} running while: ${[command, ...commandArgs].join(' ')}`,
);
const started = Date.now();
const child = spawn(command, commandArgs, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
    stop();
  });
}
child.on('error', (error) => {
  stop();
  console.error(`under-load: could not start ${command}: ${error.message}`);
  process.exit(2);
});
child.on('exit', (code, signal) => {
  stop();
  console.log(
    `under-load: finished in ${((Date.now() - started) / 1000).toFixed(1)} s with ${signal ?? `status ${code}`}`,
  );
  process.exit(code ?? 1);
});
