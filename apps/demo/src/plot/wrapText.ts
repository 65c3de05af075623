import { textWidth } from './textWidth.js';

/**
 * Breaks text into lines at spaces so that each line's {@link textWidth} estimate fits `width`
 * pixels; a single word wider than that stays on a line of its own (the caller squeezes it with
 * SVG's `textLength`). Joining the lines with single spaces gives the text back, whitespace
 * runs collapsed.
 *
 * @example
 * ```ts
 * wrapText('declared: normal(0, 0.5)', 80, 10); // ['declared:', 'normal(0, 0.5)']
 * ```
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  return line === '' ? lines : [...lines, line];
}
