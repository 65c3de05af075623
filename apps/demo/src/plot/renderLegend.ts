import { escapeXml } from './escapeXml.js';
import type { Frame } from './Frame.js';
import { legendWidth } from './legendWidth.js';
import { palette } from './palette.js';

/**
 * A legend: one coloured swatch (a line, or a box for bars) and label per entry, in palette
 * order, on a translucent white box — in the data area's top-right corner (`inside`), or in the
 * margin to the right of it (`outside`, where lines can never hide behind it).
 *
 * @example
 * ```ts
 * renderLegend(plotFrame(480, 300), ['zeros', 'he']).match(/class="legend-label"/g)?.length; // 2
 * ```
 */
export function renderLegend(
  frame: Frame,
  labels: readonly string[],
  swatch: 'line' | 'box' = 'line',
  placement: 'inside' | 'outside' = 'inside',
): string {
  if (labels.length === 0) return '';
  const width = legendWidth(labels);
  const x = placement === 'inside' ? frame.right - width - 4 : frame.right + 10;
  const rows = labels.map((label, i) => {
    const color = palette[i % palette.length] as string;
    const cy = frame.top + 12 + 15 * i;
    const mark =
      swatch === 'line'
        ? `<line x1="${x + 6}" x2="${x + 22}" y1="${cy}" y2="${cy}" stroke="${color}" stroke-width="2.5"/>`
        : `<rect x="${x + 8}" y="${cy - 5}" width="10" height="10" fill="${color}"/>`;
    return `${mark}<text class="legend-label" x="${x + 28}" y="${cy}" dy="0.32em">${escapeXml(label)}</text>`;
  });
  return `<g class="legend"><rect class="legend-box" x="${x}" y="${frame.top + 3}" width="${width}" height="${15 * labels.length + 4}" rx="3"/>${rows.join('')}</g>`;
}
