/**
 * The report's whole stylesheet, inlined in a `<style>` element: system fonts only (no web
 * fonts, no network), a readable measure for text, figures in a wrapping grid, and the SVG
 * classes the plot functions emit (axes, series, bars, densities, decision cells, legends).
 *
 * @example
 * ```ts
 * reportStyles.includes('@import'); // false: nothing is fetched
 * ```
 */
export const reportStyles = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #e3e3e3; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fafafa; }
header, section, footer { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 28px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 6px; border-top: 1px solid var(--rule); padding-top: 20px; }
p { max-width: 78ch; margin: 6px 0 12px; }
.summary { font-size: 16px; }
dl.settings { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; font-size: 13.5px; color: var(--muted); margin: 12px 0 0; }
dl.settings dt { font-weight: 600; color: var(--ink); }
dl.settings dd { margin: 0; }
.figures { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
figure { width: min-content; margin: 0; background: #fff; border: 1px solid var(--rule); border-radius: 6px; padding: 8px; }
figcaption { font-size: 12.5px; color: var(--muted); margin-top: 4px; }
table.results { border-collapse: collapse; font-size: 13px; background: #fff; margin: 8px 0 4px; }
table.results th, table.results td { border-bottom: 1px solid var(--rule); padding: 4px 10px; text-align: left; white-space: nowrap; }
table.results td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: #0a7d32; font-weight: 600; }
.fail { color: #c5221f; font-weight: 600; }
footer { color: var(--muted); font-size: 12.5px; padding: 28px 24px 40px; }
code { font-size: 0.92em; background: #f0f0f0; padding: 1px 4px; border-radius: 3px; }
svg { display: block; font-family: inherit; }
svg .plot-title { font-size: 13px; font-weight: 600; fill: var(--ink); }
svg .grid { stroke: #ececec; }
svg .axis { stroke: #444; }
svg .tick { font-size: 10px; fill: #555; }
svg .label { font-size: 11px; fill: #333; }
svg .series { fill: none; stroke-width: 2; stroke-linejoin: round; }
svg .bar { fill: #0072B2; fill-opacity: 0.55; }
svg .density { fill: none; stroke: #D55E00; stroke-width: 2; }
svg .point-mass { stroke: #D55E00; fill: #D55E00; stroke-width: 2.5; }
svg .point { stroke: #fff; stroke-width: 0.6; }
svg .legend-box { fill: #fff; fill-opacity: 0.88; stroke: #d0d0d0; }
svg .legend-label { font-size: 10.5px; fill: var(--ink); }
`;
