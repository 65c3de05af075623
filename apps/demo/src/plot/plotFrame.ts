import type { Frame } from './Frame.js';

/**
 * The standard {@link Frame} of every plot in the report: room on the left for tick labels and
 * the y label, at the bottom for the x axis, at the top for the title.
 *
 * @example
 * ```ts
 * plotFrame(480, 300); // { width: 480, height: 300, left: 58, right: 466, top: 30, bottom: 256 }
 * ```
 */
export function plotFrame(width: number, height: number): Frame {
  return { width, height, left: 58, right: width - 14, top: 30, bottom: height - 44 };
}
