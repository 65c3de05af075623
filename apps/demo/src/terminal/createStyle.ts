/** Text decorations for terminal output; each is the identity when colours are off. */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly green: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
}

const sgr =
  (on: number, off: number) =>
  (text: string): string =>
    `\x1b[${on}m${text}\x1b[${off}m`;

/**
 * ANSI SGR styles when `color` is true (bold 1/22, dim 2/22, green 32, red 31, yellow 33, each
 * reset by its own closing code so styles nest), plain text otherwise: logs in CI and pipes stay
 * free of escape codes.
 *
 * @example
 * ```ts
 * createStyle(true).red('FAIL');  // '\x1b[31mFAIL\x1b[39m'
 * createStyle(false).red('FAIL'); // 'FAIL'
 * ```
 */
export function createStyle(color: boolean): Style {
  const plain = (text: string): string => text;
  return color
    ? { bold: sgr(1, 22), dim: sgr(2, 22), green: sgr(32, 39), red: sgr(31, 39), yellow: sgr(33, 39) }
    : { bold: plain, dim: plain, green: plain, red: plain, yellow: plain };
}
