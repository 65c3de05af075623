/// <reference lib="dom" />
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeXml } from './escapeXml.js';
import type { LegendEntry } from './LegendEntry.js';
import type { PlotFigure } from './PlotFigure.js';
import { textWidth } from './textWidth.js';
import { wrapText } from './wrapText.js';

const TITLE_SIZE = 13,
  TITLE_LINE = 16,
  TICK_SIZE = 10,
  LEGEND_SIZE = 10.5,
  LEGEND_LINE = 14,
  SWATCH = 22,
  PAD = 8;

const px = (v: number): string => String(Math.round(v * 10) / 10);
/** Plot's coordinates to 0.01 px: 54.20000000000002 → 54.2 (smaller files, same picture). */
const px2 = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * One figure of the report as a standalone SVG string: Observable Plot draws the axes, ticks
 * and marks (rendered in Node on linkedom's DOM, then serialized), and this function lays out
 * around them what Plot leaves to HTML or to guesswork:
 *
 * - the **title**, wrapped at spaces to the figure's width (`.plot-title`, one line per `<tspan>`);
 * - the **margins**: Plot is rendered once with its defaults, the tick labels it chose are read
 *   back, and it is rendered again with left and right margins wide enough for them;
 * - the **legend** below the x axis, in SVG (Plot's own legends are HTML, which an `<svg>` in a
 *   report cannot hold): entries flow left to right and wrap, labels wider than the figure wrap
 *   at spaces, so no legend can cover data, ticks, or run past the edge.
 *
 * The result has no ids, no scripts and no external references, and the same input gives the
 * same bytes. Widths come from {@link textWidth}'s estimate; the report's layout test measures
 * the rendered text in Chromium.
 *
 * @example
 * ```ts
 * const svg = renderPlot({ kind: 'line', title: 'Cost', width: 300, height: 200, plot: { marks: [Plot.lineY([3, 1, 2])] } });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" data-plot="line"'); // true
 * ```
 */
export function renderPlot(figure: PlotFigure): string {
  const { width } = figure;
  const titleLines = wrapText(figure.title, width - 2 * PAD, TITLE_SIZE, true);
  const titleHeight = PAD + TITLE_LINE * Math.max(1, titleLines.length);

  // Pass 1: Plot's own choice of ticks, to size the margins; pass 2: the figure.
  const ticks = (svg: Element, axis: 'x' | 'y'): string[] =>
    [...svg.querySelectorAll(`g[aria-label="${axis}-axis tick label"] text`)].map((t) => t.textContent ?? '');
  const first = draw(figure, 40, 20);
  const yTicks = ticks(first, 'y'),
    xTicks = ticks(first, 'x');
  const widest = Math.max(0, ...yTicks.map((t) => textWidth(t, TICK_SIZE)));
  const marginLeft = Math.ceil(Math.max(30, widest + 9 + 4));
  const lastX = xTicks.at(-1) ?? '';
  const marginRight = Math.ceil(Math.max(16, textWidth(lastX, TICK_SIZE) / 2 + 4));
  const plot = draw(figure, marginLeft, marginRight);
  figure.tag?.(plot);

  const legend = layoutLegend(figure.legend ?? [], width, titleHeight + figure.height + 2);
  const height = titleHeight + figure.height + legend.height + (legend.height > 0 ? PAD : 2);
  const attributes = ['font-size', 'text-anchor', 'fill']
    .map((name) => [name, plot.getAttribute(name)] as const)
    .filter(([, v]) => v !== null)
    .map(([name, v]) => ` ${name}="${escapeXml(v as string)}"`)
    .join('');
  const body = [...plot.children]
    .filter((e) => e.tagName.toLowerCase() !== 'style')
    .map((e) => e.outerHTML)
    .join('')
    .replace(/ ([a-z][\w-]*)="([^"]*)"/g, (all, name: string, value: string) =>
      name.startsWith('data-') ? all : ` ${name}="${value.replace(/-?\d+\.\d{3,}/g, (v) => px2(Number(v)))}"`,
    );
  const title = titleLines
    .map((line, i) => `<tspan x="${px(width / 2)}" y="${PAD + TITLE_LINE * i + 11}">${escapeXml(line)}</tspan>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" data-plot="${escapeXml(figure.kind)}" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(figure.title)}</title>` +
    `<text class="plot-title" font-size="${TITLE_SIZE}" font-weight="600" text-anchor="middle">${title}</text>` +
    `<g class="plot" transform="translate(0 ${titleHeight})"${attributes}>${body}</g>` +
    legend.svg +
    '</svg>'
  );
}

function draw(figure: PlotFigure, marginLeft: number, marginRight: number): Element {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return Plot.plot({
    ...figure.plot,
    document: document as unknown as Document,
    width: figure.width,
    height: figure.height,
    marginLeft,
    marginRight,
    marginTop: 26,
  }) as unknown as Element;
}

/** The legend's SVG at `top`, and its height: entries in rows, each row as wide as fits. */
function layoutLegend(entries: readonly LegendEntry[], width: number, top: number): { svg: string; height: number } {
  if (entries.length === 0) return { svg: '', height: 0 };
  const room = width - 2 * PAD;
  const rows: string[] = [];
  let x = PAD,
    y = top,
    rowLines = 1;
  for (const entry of entries) {
    const lines = wrapText(entry.label, room - SWATCH, LEGEND_SIZE);
    const entryWidth = SWATCH + Math.max(...lines.map((l) => textWidth(l, LEGEND_SIZE))) + 14;
    if (x > PAD && x + entryWidth - 14 > PAD + room) {
      y += LEGEND_LINE * rowLines;
      x = PAD;
      rowLines = 1;
    }
    const cy = y + LEGEND_LINE / 2;
    const swatch =
      entry.swatch !== 'box'
        ? `<line x1="${px(x)}" x2="${px(x + 16)}" y1="${px(cy)}" y2="${px(cy)}" stroke="${entry.color}" stroke-width="2.5"${entry.swatch === 'dashed' ? ' stroke-dasharray="4 2"' : ''}/>`
        : `<rect x="${px(x + 3)}" y="${px(cy - 5)}" width="10" height="10" fill="${entry.color}"/>`;
    const tooWide = lines.length === 1 && textWidth(lines[0] as string, LEGEND_SIZE) > room - SWATCH;
    const text = lines
      .map((l, i) => `<tspan x="${px(x + SWATCH)}" y="${px(cy + LEGEND_LINE * i)}" dy="0.35em">${escapeXml(l)}</tspan>`)
      .join('');
    rows.push(
      `${swatch}<text class="legend-label" font-size="${LEGEND_SIZE}"${tooWide ? ` textLength="${room - SWATCH}" lengthAdjust="spacingAndGlyphs"` : ''}>${text}</text>`,
    );
    x += entryWidth;
    rowLines = Math.max(rowLines, lines.length);
  }
  const height = y + LEGEND_LINE * rowLines - top;
  return { svg: `<g class="legend" text-anchor="start">${rows.join('')}</g>`, height };
}
