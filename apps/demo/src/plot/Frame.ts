/**
 * The geometry of a plot: the whole SVG (`width` × `height`) and the inner data area, in
 * pixels from the top-left corner, between the margins that hold the axes and the title.
 *
 * @example
 * ```ts
 * const f: Frame = plotFrame(480, 300);
 * [f.left, f.right, f.top, f.bottom]; // [58, 466, 30, 256]
 * ```
 */
export interface Frame {
  readonly width: number;
  readonly height: number;
  /** x of the data area's left edge. */
  readonly left: number;
  /** x of its right edge. */
  readonly right: number;
  /** y of its top edge. */
  readonly top: number;
  /** y of its bottom edge. */
  readonly bottom: number;
}
