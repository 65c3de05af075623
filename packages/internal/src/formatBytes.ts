/**
 * A byte count for an error message, in binary units to three significant digits: GiB from 2³⁰
 * bytes up, MiB below (the sizes these messages are about, arrays and shards, are rarely smaller).
 * Messages give the exact byte count beside it; this is the reading aid.
 *
 * @example
 * ```ts
 * formatBytes(8e9);       // '7.45 GiB'
 * formatBytes(40_000_000); // '38.1 MiB'
 * ```
 */
export function formatBytes(bytes: number): string {
  return bytes >= 2 ** 30
    ? `${Number((bytes / 2 ** 30).toPrecision(3))} GiB`
    : `${Number((bytes / 2 ** 20).toPrecision(3))} MiB`;
}
