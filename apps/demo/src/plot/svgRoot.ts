import { escapeXml } from './escapeXml.js';
import type { Frame } from './Frame.js';

/**
 * Wraps plot content in a standalone `<svg>` element: namespace, viewBox, an accessible title
 * (`role="img"`, `<title>`), the visible title centred at the top, and a `data-plot` kind that
 * tests and the browser check use to find each plot.
 *
 * @example
 * ```ts
 * svgRoot(plotFrame(200, 100), 'line', 'Cost', '<g/>').startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // true
 * ```
 */
export function svgRoot(frame: Frame, kind: string, title: string, body: string): string {
  const t = escapeXml(title);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" data-plot="${escapeXml(kind)}" role="img" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}">` +
    `<title>${t}</title>` +
    `<text class="plot-title" x="${frame.width / 2}" y="18" text-anchor="middle">${t}</text>` +
    body +
    '</svg>'
  );
}
