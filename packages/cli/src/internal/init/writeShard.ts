import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ArrayStreamSource, safetensorsChunks } from '@nninit/io';
import { writeChunks } from '@nninit/io/node';
import { philox } from '@nninit/rng';
import { assignShards } from './assignShards.js';
import { ensureFreeSpace } from './ensureFreeSpace.js';
import { PieceBuffer } from './PieceBuffer.js';
import { Progress } from './Progress.js';
import type { InitSpec } from './readInitSpec.js';
import { removingOnInterrupt } from './removingOnInterrupt.js';
import { shardFileName } from './shardFileName.js';
import { INDEX_FILE, shardIndex } from './shardIndex.js';
import { tensorChunks } from './tensorChunks.js';

/** What one `nninit init` process wrote. */
export interface ShardSummary {
  readonly file: string;
  readonly tensors: number;
  readonly bytes: number;
}

/**
 * Writes shard `index` (1-based) of `count` of a spec's weights into `out`, and the index that
 * every shard writes alike. Each tensor's values come from its own stream,
 * `philox(seed).fork(name)`, and are streamed to the file in pieces, so the tensors are those of
 * a one-shard run bit for bit, whatever `count`, whichever machine and in whatever order the
 * shards run. Both files are written under temporary names and renamed into place.
 */
export async function writeShard(
  spec: InitSpec,
  out: string,
  seed: number,
  index: number,
  count: number,
  stderr: NodeJS.WriteStream,
): Promise<ShardSummary> {
  const shardOf = assignShards(spec.tensors, count);
  const mine = spec.tensors.filter((t) => shardOf.get(t.name) === index - 1);
  const root = philox(seed);
  const pieces = new PieceBuffer();
  const sources: ArrayStreamSource[] = mine.map((t) => ({
    name: t.name,
    dtype: t.dtype,
    shape: t.shape,
    chunks: () => tensorChunks(t, root.fork(t.name), pieces),
  }));
  const data = mine.reduce((sum, t) => sum + t.bytes, 0);
  await ensureFreeSpace(out, data, `${index}/${count}`);
  await mkdir(out, { recursive: true });
  const file = shardFileName(index, count);
  const tag = `${process.pid}-${index}`;
  const progress = new Progress(stderr, `${file}`, data);
  const bytes = await removingOnInterrupt(
    [`${join(out, file)}.partial`, `${join(out, INDEX_FILE)}.${tag}.partial`],
    async () => {
      const written = await writeChunks(
        join(out, file),
        counted(safetensorsChunks(sources, { metadata: { format: 'pt' } }), progress),
      );
      progress.finish();
      await writeAtomically(join(out, INDEX_FILE), shardIndex(spec.tensors, shardOf, count), tag);
      return written;
    },
  );
  return { file, tensors: mine.length, bytes };
}

/** Passes the chunks on, counting each one's bytes once the writer asks for the next. */
async function* counted(chunks: AsyncIterable<Uint8Array>, progress: Progress): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const chunk of chunks) {
    yield chunk;
    // The header is not data: the bar counts tensor bytes only.
    if (!first) progress.advance(chunk.length);
    first = false;
  }
}

/**
 * Writes `text` to `path` through a temporary file of this process's own (`tag`), renamed into
 * place: shards running side by side write the same index into one directory, and each rename
 * replaces the file whole with identical bytes.
 */
async function writeAtomically(path: string, text: string, tag: string): Promise<void> {
  const temporary = `${path}.${tag}.partial`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new RangeError(`nninit init: cannot write ${JSON.stringify(path)} (${(error as Error).message})`);
  }
}
