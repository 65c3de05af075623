import { visibleLength } from './visibleLength.js';

/**
 * A plain-text table: the header, a rule of `─`, then the rows; columns separated by two
 * spaces, text left-aligned and numbers right-aligned (`align` per column: 'l' or 'r').
 * Widths ignore ANSI colour codes. Every line ends with a newline.
 *
 * @example
 * ```ts
 * formatTable(['init', 'acc'], [['zeros', '0.5'], ['he', '0.9933']], ['l', 'r']);
 * // 'init      acc\n─────  ──────\nzeros     0.5\nhe     0.9933\n'
 * ```
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[],
): string {
  const widths = header.map((h, c) => Math.max(visibleLength(h), ...rows.map((r) => visibleLength(r[c] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat((widths[c] as number) - visibleLength(cell));
        return align[c] === 'r' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return `${[line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`;
}
