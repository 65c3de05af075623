/**
 * The measurements behind the demo's choice of charting library (README, "Plots"): for
 * Observable Plot (with linkedom as its DOM in Node), Vega-Lite (compiled to Vega, rendered
 * headlessly by vega's View.toSVG) and bare d3 modules (d3-scale, d3-shape, d3-array,
 * d3-format: scales and paths, with the axes, ticks and legend left to us), it prints
 *
 * - the size of a minified browser bundle (esbuild, ESM, tree-shaken) of an entry that draws one
 *   line chart, raw and gzipped (what a page that embeds the library ships), and
 * - the median CPU time (user + system, so that other jobs on a shared machine distort it less
 *   than wall time) to render the same chart in Node (3 series × 150 points, a log y axis) to an
 *   SVG string, over 200 renders after 50 warm-up renders, all three in the same process.
 *
 * The libraries are not dependencies of the demo (only Plot and linkedom are), so the script
 * runs in a scratch directory where they are installed:
 *
 *   mkdir /tmp/charts && cd /tmp/charts && npm init -y
 *   npm i @observablehq/plot@0.6.17 linkedom@0.18.12 vega@6.2.0 vega-lite@6.4.0 \
 *     d3-scale@4.0.3 d3-shape@3.2.1 d3-array@3.2.5 d3-format@3.1.3 esbuild@0.28.2
 *   node /path/to/nninit/apps/demo/scripts/compareChartLibraries.mjs /tmp/charts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const dir = resolve(process.argv[2] ?? '.');
const require = createRequire(join(dir, 'package.json'));
const load = (name) => import(pathToFileURL(require.resolve(name)).href);

const series = ['zeros', 'random:scale=10', 'he'].map((label, s) => ({
  label,
  points: Array.from({ length: 150 }, (_, i) => [i * 100, (s + 1) * (0.9 * Math.exp(-i / 40) + 0.05) * 10 ** (s - 1)]),
}));
const rows = series.flatMap((s) => s.points.map(([x, y]) => ({ series: s.label, x, y })));

// Each entry draws the same chart; the bundles are of these entries, the timings of these functions.
const entries = {
  'Observable Plot + linkedom': `
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
export function render(rows) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return Plot.plot({ document, width: 400, height: 260, y: { type: 'log', grid: true, label: 'cost' },
    marks: [Plot.line(rows, { x: 'x', y: 'y', stroke: 'series' })] }).outerHTML;
}`,
  'Observable Plot (browser: no DOM shim)': `
import * as Plot from '@observablehq/plot';
export function render(rows) {
  return Plot.plot({ width: 400, height: 260, y: { type: 'log', grid: true, label: 'cost' },
    marks: [Plot.line(rows, { x: 'x', y: 'y', stroke: 'series' })] }).outerHTML;
}`,
  'Vega-Lite + Vega': `
import * as vega from 'vega';
import { compile } from 'vega-lite';
export async function render(rows) {
  const spec = compile({ width: 400, height: 260, data: { values: rows }, mark: 'line',
    encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative', scale: { type: 'log' }, title: 'cost' },
      color: { field: 'series', type: 'nominal' } } }).spec;
  return await new vega.View(vega.parse(spec), { renderer: 'none' }).toSVG();
}`,
  'd3 modules (scales, shapes; axes and legend by hand)': `
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { extent, group } from 'd3-array';
export function render(rows) {
  const x = scaleLinear(extent(rows, (d) => d.x), [40, 380]);
  const y = scaleLog(extent(rows, (d) => d.y), [230, 20]).nice();
  const path = line((d) => x(d.x), (d) => y(d.y));
  const ticks = y.ticks().map((t) => '<text x="34" y="' + y(t) + '" text-anchor="end">' + y.tickFormat()(t) + '</text>').join('');
  const lines = [...group(rows, (d) => d.series)].map(([k, v]) => '<path fill="none" stroke="#000" d="' + path(v) + '"/>').join('');
  return '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="260">' + ticks + lines + '</svg>';
}`,
};

const esbuild = await load('esbuild');
const work = join(dir, 'entries');
mkdirSync(work, { recursive: true });
const results = [];
for (const [name, source] of Object.entries(entries)) {
  const file = join(work, `${results.length}.mjs`);
  writeFileSync(file, source);
  const browser = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    nodePaths: [join(dir, 'node_modules')],
    logLevel: 'silent',
  });
  const code = browser.outputFiles[0].contents;
  let ms = NaN;
  if (!name.includes('no DOM shim')) {
    const { render } = await import(pathToFileURL(file).href);
    for (let i = 0; i < 50; i++) await render(rows);
    const times = [];
    for (let i = 0; i < 200; i++) {
      const t = process.cpuUsage();
      const svg = await render(rows); // vega's toSVG is asynchronous
      const { user, system } = process.cpuUsage(t);
      times.push((user + system) / 1e3);
      if (!svg.includes('<path')) throw new Error(`${name}: no path in the SVG`);
    }
    ms = times.sort((a, b) => a - b)[100];
  }
  results.push({ name, raw: code.length / 1024, gzip: gzipSync(code, { level: 9 }).length / 1024, ms });
}
const versions = ['@observablehq/plot', 'linkedom', 'vega', 'vega-lite', 'd3-scale', 'd3-shape', 'esbuild']
  .map((p) => `${p} ${JSON.parse(readFileSync(join(dir, 'node_modules', p, 'package.json'), 'utf8')).version}`)
  .join(', ');
console.log(`Node ${process.version}; ${versions}\n`);
console.log('| library | bundle, minified | gzipped | Node render, median CPU time |');
console.log('|---|---|---|---|');
for (const r of results)
  console.log(
    `| ${r.name} | ${r.raw.toFixed(1)} KiB | ${r.gzip.toFixed(1)} KiB | ${Number.isNaN(r.ms) ? '—' : `${r.ms.toFixed(2)} ms`} |`,
  );
