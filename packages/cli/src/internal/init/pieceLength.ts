/**
 * The elements of the largest piece {@link tensorChunks} makes of a tensor of this shape: the
 * whole tensor when it has at most `chunkElements` elements, no dimensions or one row, else as
 * many whole rows of its first dimension as fit in `chunkElements`, and at least one. This is
 * the memory one tensor needs while it is written, whatever its size (a row larger than
 * `chunkElements` is one piece).
 *
 * @example
 * ```ts
 * pieceLength([10000, 10000], 1 << 22); // 4190000: 419 rows of 10000
 * pieceLength([3, 5], 1 << 22);         // 15: the whole tensor
 * ```
 */
export function pieceLength(shape: readonly number[], chunkElements: number): number {
  const size = shape.reduce((a, b) => a * b, 1);
  const rows = shape[0] ?? 1;
  if (shape.length === 0 || size <= chunkElements || rows === 1) return size;
  const rowSize = size / rows;
  return Math.max(1, Math.floor(chunkElements / rowSize)) * rowSize;
}
