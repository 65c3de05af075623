import type { ByteSource } from './source.js';

/**
 * A parse written once as a generator that yields the byte ranges it needs, `[offset, length]`,
 * and receives the bytes; {@link runSync} feeds it from memory and {@link runAsync} from a Blob.
 * So the synchronous readers and the streaming ones share every check.
 */
export type Steps<T> = Generator<readonly [number, number], T, Uint8Array>;

export function runSync<T>(steps: Steps<T>, bytes: Uint8Array): T {
  let next = steps.next();
  while (!next.done) {
    const [offset, length] = next.value;
    next = steps.next(bytes.subarray(offset, offset + length));
  }
  return next.value;
}

export async function runAsync<T>(steps: Steps<T>, source: ByteSource): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    const [offset, length] = next.value;
    next = steps.next(await source.read(offset, length));
  }
  return next.value;
}
