import { escapeXml } from './escapeXml.js';
import type { Frame } from './Frame.js';
import type { Scale } from './Scale.js';

const px = (v: number): string => String(Math.round(v * 10) / 10);

/**
 * The axes of a plot as an SVG group: light grid lines and labelled ticks at each scale's
 * ticks, the two axis lines along the data area's bottom and left edges, and the axis labels.
 *
 * @example
 * ```ts
 * const f = plotFrame(480, 300);
 * renderAxes(f, linearScale([0, 10], [f.left, f.right]), linearScale([0, 1], [f.bottom, f.top]), 'iteration', 'cost')
 *   .match(/class="tick"/g)?.length; // 6 x ticks + 6 y ticks = 12
 * ```
 */
export function renderAxes(frame: Frame, x: Scale, y: Scale, xLabel: string, yLabel: string): string {
  const { left, right, top, bottom } = frame;
  const parts: string[] = ['<g class="axes">'];
  for (const v of x.ticks()) {
    const p = px(x.map(v));
    parts.push(
      `<line class="grid" x1="${p}" x2="${p}" y1="${top}" y2="${bottom}"/>`,
      `<text class="tick" x="${p}" y="${bottom + 14}" text-anchor="middle">${escapeXml(x.format(v))}</text>`,
    );
  }
  for (const v of y.ticks()) {
    const p = px(y.map(v));
    parts.push(
      `<line class="grid" x1="${left}" x2="${right}" y1="${p}" y2="${p}"/>`,
      `<text class="tick" x="${left - 5}" y="${p}" dy="0.32em" text-anchor="end">${escapeXml(y.format(v))}</text>`,
    );
  }
  parts.push(
    `<line class="axis" x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>`,
    `<line class="axis" x1="${left}" x2="${left}" y1="${top}" y2="${bottom}"/>`,
    `<text class="label" x="${(left + right) / 2}" y="${bottom + 32}" text-anchor="middle">${escapeXml(xLabel)}</text>`,
    `<text class="label" transform="translate(14 ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`,
    '</g>',
  );
  return parts.join('');
}
