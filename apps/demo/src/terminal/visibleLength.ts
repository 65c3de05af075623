/**
 * The number of characters a string occupies on a terminal line: its code points, without ANSI
 * escape sequences (so coloured table cells still line up).
 *
 * @example
 * ```ts
 * visibleLength('\x1b[31mFAIL\x1b[39m'); // 4
 * visibleLength('σ × 10');               // 6
 * ```
 */
export function visibleLength(text: string): number {
  return [...text.replace(/\x1b\[[0-9;]*m/g, '')].length;
}
