/**
 * `pnpm --silent rng:stream --seed S`: writes the raw 32-bit words of philox(S) (its
 * `fillUint32` stream) to stdout, little-endian, until the reader closes the pipe. For external
 * batteries: `pnpm --silent rng:stream --seed 1 | dieharder -g 200 -a` (dieharder's generator 200
 * reads raw uint32 from stdin). Respects back-pressure; a closed pipe (EPIPE) ends it quietly.
 */
import { philox } from '../src/index.js';

const WORDS_PER_WRITE = 1 << 16;

function parseSeed(args: readonly string[]): number {
  const i = args.indexOf('--seed');
  const text = i >= 0 ? args[i + 1] : undefined;
  const seed = text === undefined || text.trim() === '' ? NaN : Number(text);
  if (!Number.isSafeInteger(seed)) {
    process.stderr.write(
      `rng:stream: --seed must be a safe integer, got ${text ?? 'nothing'}\nusage: pnpm --silent rng:stream --seed S\n`,
    );
    process.exit(2);
  }
  return seed;
}

const source = philox(parseSeed(process.argv.slice(2)));
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function pump(): void {
  for (;;) {
    const words = new Uint32Array(WORDS_PER_WRITE);
    source.fillUint32(words);
    const bytes = Buffer.from(words.buffer);
    if (!littleEndian) bytes.swap32();
    if (!process.stdout.write(bytes)) {
      process.stdout.once('drain', pump);
      return;
    }
  }
}
pump();
