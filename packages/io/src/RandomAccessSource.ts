/**
 * Any byte store that can read a range: what the `open*` functions read besides a `Blob` or
 * bytes in memory. `openFile` of `@nninit/io/node` returns one for a file on disk; an HTTP
 * server that honours `Range` requests can be one too, so a single tensor of a remote
 * safetensors file costs its own bytes. `read` may return fewer bytes only at the end of the
 * store.
 *
 * @example
 * ```ts
 * const remote: RandomAccessSource = {
 *   size: 4_000_000_000,
 *   read: async (offset, length) => new Uint8Array(await (await fetch(url, {
 *     headers: { Range: `bytes=${offset}-${offset + length - 1}` } })).arrayBuffer()),
 * };
 * const file = await openSafetensors(remote);
 * ```
 */
export interface RandomAccessSource {
  /** Bytes in the store. */
  readonly size: number;
  /** The `length` bytes at `offset`. */
  read(offset: number, length: number): Promise<Uint8Array>;
}
