/**
 * A figure of the report: an SVG string from one of the plot functions, and its caption.
 *
 * @example
 * ```ts
 * const f: ReportFigure = { svg: '<svg …>…</svg>', caption: 'Cost every 100 iterations.' };
 * ```
 */
export interface ReportFigure {
  readonly svg: string;
  readonly caption: string;
}

/**
 * A section of the report: a heading, a paragraph saying what to look for, figures, and
 * optionally a block of ready-made HTML (the verify table).
 *
 * @example
 * ```ts
 * const s: ReportSection = { id: 'cost', heading: 'Cost during training', text: 'Zeros never move.', figures: [] };
 * ```
 */
export interface ReportSection {
  readonly id: string;
  readonly heading: string;
  readonly text: string;
  readonly figures: readonly ReportFigure[];
  /** Trusted HTML built by the report code itself (every data string in it already escaped). */
  readonly html?: string;
}

/**
 * The whole report: title, a one-line summary, the settings as label/value pairs, sections.
 *
 * @example
 * ```ts
 * const page: ReportPage = { title: 'nninit compare', summary: 'He wins.', settings: [['data', 'circles']], sections: [] };
 * ```
 */
export interface ReportPage {
  readonly title: string;
  readonly summary: string;
  readonly settings: readonly (readonly [string, string])[];
  readonly sections: readonly ReportSection[];
}
