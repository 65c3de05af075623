/**
 * The version of the PhiloxSource stream layout (which counter block and words give element i of
 * a fill; specified in the README and in src/internal/philox/streamLayout.ts). A change of layout
 * changes every value drawn from `philox(seed)` and bumps this number.
 *
 * @example
 * ```ts
 * STREAM_LAYOUT_VERSION; // 1
 * ```
 */
export const STREAM_LAYOUT_VERSION = 1;
