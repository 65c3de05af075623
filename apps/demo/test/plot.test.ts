import { normal } from '@nninit/verify';
import * as Plot from '@observablehq/plot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionBoundaryPlot } from '../src/plot/decisionBoundaryPlot.js';
import { escapeXml } from '../src/plot/escapeXml.js';
import { extent } from '../src/plot/extent.js';
import { formatTick } from '../src/plot/formatTick.js';
import { histogram } from '../src/plot/histogram.js';
import { histogramPlot } from '../src/plot/histogramPlot.js';
import { linePlot } from '../src/plot/linePlot.js';
import { palette } from '../src/plot/palette.js';
import { renderPlot } from '../src/plot/renderPlot.js';
import { textWidth } from '../src/plot/textWidth.js';
import { tint } from '../src/plot/tint.js';
import { wrapText } from '../src/plot/wrapText.js';
import { byClass, findAll, parseXml, type XmlElement } from './helpers/parseXml.js';

/** The vertices of an SVG path made of M, L (and Z) commands, as Plot writes them: "M40,20L71.6,29.2". */
const vertices = (d: string): [number, number][] =>
  [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

/** A text element's words, its <tspan> lines joined by spaces. */
const textOf = (e: XmlElement): string => [e.text, ...e.children.map(textOf)].filter((t) => t.trim() !== '').join(' ');

/** The data area of a Plot chart, from its horizontal grid lines: [left, right, top, bottom]. */
function dataArea(root: XmlElement): [number, number, number, number] {
  const grid = findAll(root, (e) => e.attributes['aria-label'] === 'y-grid')[0]!.children;
  const ys = grid.map((l) => Number(l.attributes.y1));
  return [Number(grid[0]!.attributes.x1), Number(grid[0]!.attributes.x2), Math.min(...ys), Math.max(...ys)];
}

describe('small helpers', () => {
  it('formatTick (the @example)', () => {
    expect(formatTick(0.30000000000000004)).toBe('0.3');
    expect(formatTick(15000)).toBe('15k');
    expect(formatTick(1e-5, true)).toBe('10⁻⁵');
    expect(formatTick(-2)).toBe('−2');
    expect(formatTick(1, true)).toBe('1');
  });

  it('extent skips non-finite values (the @example)', () => {
    expect(extent([3, NaN, -1, Infinity, 2])).toEqual([-1, 3]);
    expect(extent([NaN])).toBeUndefined();
    expect(extent(new Float64Array(200_000).fill(1))).toEqual([1, 1]); // no stack overflow
  });

  it('escapeXml, tint, palette (the @examples)', () => {
    expect(escapeXml('random "×10" <scale>')).toBe('random &quot;×10&quot; &lt;scale&gt;');
    expect(escapeXml("a&b'")).toBe('a&amp;b&#39;');
    expect(tint('#0072B2', 0.25)).toBe('#bfdcec');
    expect(tint('#0072B2', 1)).toBe('#0072b2');
    expect(tint('#0072B2', 0)).toBe('#ffffff');
    expect(palette[0]).toBe('#0072B2');
    expect(new Set(palette).size).toBe(palette.length);
  });

  it("textWidth: DejaVu Sans's advance widths (the @example), wider in bold and for symbols", () => {
    expect(textWidth('he', 10)).toBe(12.49);
    expect(textWidth('', 10)).toBe(0);
    expect(textWidth('he', 10, true)).toBeCloseTo(12.49 * 1.12, 1);
    expect(textWidth('W', 10)).toBeGreaterThan(textWidth('i', 10) * 3);
    expect(textWidth('10⁻³', 10)).toBeLessThan(textWidth('1000', 10));
    expect(textWidth('×', 10)).toBeGreaterThan(textWidth('x', 10));
  });

  it('wrapText breaks at spaces to fit, and gives the text back (the @example, and a property)', () => {
    expect(wrapText('declared: normal(0, 0.5)', 80, 10)).toEqual(['declared:', 'normal(0, 0.5)']);
    expect(wrapText('', 80, 10)).toEqual([]);
    expect(wrapText('supercalifragilistic', 20, 10)).toEqual(['supercalifragilistic']); // one word: its own line
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z(),.:=0-9]{1,12}$/), { maxLength: 12 }),
        fc.integer({ min: 30, max: 400 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width, 10);
          expect(lines.join(' ')).toBe(words.join(' '));
          for (const line of lines) if (line.includes(' ')) expect(textWidth(line, 10)).toBeLessThanOrEqual(width);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('renderPlot', () => {
  const figure = (title: string, legend: string[] = [], width = 300) =>
    renderPlot({
      kind: 'line',
      title,
      width,
      height: 200,
      plot: { marks: [Plot.lineY([3, 1, 2])] },
      legend: legend.map((label) => ({ label, color: '#0072B2', swatch: 'line' as const })),
    });

  it('is a standalone, titled, well-formed SVG without ids, styles or references (the @example)', () => {
    const svg = figure('Cost <&>', ['a']);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" data-plot="line"')).toBe(true);
    const root = parseXml(svg);
    expect(findAll(root, (e) => e.name === 'title')[0]?.text).toBe('Cost <&>');
    expect(textOf(byClass(root, 'plot-title')[0]!)).toBe('Cost <&>');
    expect(svg).not.toMatch(/ id=|<style|<script|url\(|href|<svg[^>]*>[\s\S]*<svg/);
    expect(figure('Cost <&>', ['a'])).toBe(svg); // the same bytes for the same input
  });

  it('wraps a long title onto more lines, each within the width, and grows the SVG to hold them', () => {
    const short = parseXml(figure('Cost'));
    const long = parseXml(figure('variance_scaling (Keras: truncated, fan_in) [float32] of a long name'));
    const lines = byClass(long, 'plot-title')[0]!.children;
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line.text, 13, true)).toBeLessThanOrEqual(300 - 16);
    expect(Number(long.attributes.height)).toBe(Number(short.attributes.height) + 16 * (lines.length - 1));
  });

  it('lays the legend out below the axes: entries flow into rows, long labels wrap, nothing past the right edge', () => {
    const labels = [
      'zeros',
      'random:scale=10 (all values ≤ 0 hidden)',
      'he',
      'declared: truncatedNormal(mean 0, std 0.100484, low -0.200968, high 0.200968)',
    ];
    const root = parseXml(figure('t', labels, 300));
    const texts = byClass(root, 'legend-label');
    expect(texts.map(textOf)).toEqual(labels);
    const axesBottom = 24 + 200; // title line, then Plot's 200 px
    for (const t of texts) {
      for (const line of t.children) {
        expect(Number(line.attributes.y)).toBeGreaterThan(axesBottom);
        expect(Number(line.attributes.x) + textWidth(line.text, 10.5)).toBeLessThanOrEqual(300 - 8);
      }
    }
    expect(texts[3]!.children.length).toBeGreaterThan(1); // the long one wrapped
    expect(Number(root.attributes.height)).toBeGreaterThan(axesBottom + 14 * 3);
  });

  it('widens the left margin to the widest y tick label', () => {
    const left = (values: number[]): number => {
      const root = parseXml(
        renderPlot({
          kind: 'line',
          title: 't',
          width: 300,
          height: 200,
          plot: { marks: [Plot.lineY(values)], grid: true },
        }),
      );
      return dataArea(root)[0];
    };
    expect(left([1e6, 3e6])).toBeGreaterThan(left([1, 3]) + 15);
  });
});

describe('linePlot', () => {
  it('draws one path vertex per point of each series, in order, inside the data area (the @example)', () => {
    const svg = linePlot({
      title: 'Cost',
      xLabel: 'iteration',
      yLabel: 'cost',
      series: [
        {
          label: 'he',
          points: [
            [0, 0.88],
            [1000, 0.69],
            [2000, 0.68],
          ],
        },
      ],
    });
    expect(svg.match(/data-points="(\d+)"/)?.[1]).toBe('3');
    const costs = Array.from({ length: 150 }, (_, i) => [i * 100, 0.9 * Math.exp(-i / 40) + 0.05] as const);
    const root = parseXml(
      linePlot({
        title: 't',
        xLabel: 'x',
        yLabel: 'y',
        series: [
          { label: 'a', points: costs },
          { label: 'b', points: costs.map(([x, y]) => [x, 2 * y] as const) },
        ],
      }),
    );
    const paths = byClass(root, 'series');
    expect(paths.map((p) => p.attributes['data-series'])).toEqual(['a', 'b']);
    const [left, right, top, bottom] = dataArea(root);
    for (const path of paths) {
      const v = vertices(path.attributes.d as string);
      expect(v).toHaveLength(150);
      expect(path.attributes['data-points']).toBe('150');
      for (let i = 1; i < v.length; i++) expect(v[i]![0]).toBeGreaterThan(v[i - 1]![0]); // x increases with the iteration
      for (const [x, y] of v) {
        expect(x).toBeGreaterThanOrEqual(left - 0.01);
        expect(x).toBeLessThanOrEqual(right + 0.01);
        expect(y).toBeGreaterThanOrEqual(top - 0.01);
        expect(y).toBeLessThanOrEqual(bottom + 0.01);
      }
    }
    // Series b is twice a: its points are higher (smaller y) everywhere.
    const [a, b] = paths.map((p) => vertices(p.attributes.d as string));
    a!.forEach(([, y], i) => expect(b![i]![1]).toBeLessThan(y));
  });

  it('switches to a log axis when values span more than two decades, and hides values ≤ 0 there, saying so', () => {
    const root = parseXml(
      linePlot({
        title: 't',
        xLabel: 'layer',
        yLabel: 'std',
        series: [
          {
            label: 'random',
            points: [
              [1, 5],
              [2, 150],
              [3, 0],
            ],
          },
          {
            label: 'he',
            points: [
              [1, 0.5],
              [2, 0.6],
              [3, 0.1],
            ],
          },
          {
            label: 'zeros',
            points: [
              [1, 0],
              [2, 0],
              [3, 0],
            ],
          },
        ],
      }),
    );
    const yTicks = findAll(root, (e) => e.attributes['aria-label'] === 'y-axis tick label')[0]!.children;
    expect(yTicks.map((t) => t.text)).toContain('10²');
    const counts = byClass(root, 'series').map((p) => p.attributes['data-points']);
    expect(counts).toEqual(['2', '3', '0']);
    expect(byClass(root, 'legend-label').map(textOf)).toEqual([
      'random (1 values ≤ 0 hidden)',
      'he',
      'zeros (all values ≤ 0 hidden)',
    ]);
  });

  it('breaks the line at gaps (NaN, or above yMax) instead of joining across them', () => {
    const root = parseXml(
      linePlot({
        title: 't',
        xLabel: 'x',
        yLabel: 'y',
        yScale: 'linear',
        yMax: 2,
        series: [
          {
            label: 'a',
            points: [
              [0, 1],
              [1, NaN],
              [2, 1],
              [3, 5],
              [4, 1],
            ],
          },
        ],
      }),
    );
    const d = byClass(root, 'series')[0]!.attributes.d as string;
    expect(d.match(/M/g)?.length).toBe(3);
    expect(vertices(d)).toHaveLength(3);
    expect(textOf(byClass(root, 'legend-label')[0]!)).toBe('a (1 values > 2 hidden)');
  });

  it('marks points with dots only for short series, and shows a note in the legend', () => {
    const short = parseXml(
      linePlot({
        title: 't',
        xLabel: 'x',
        yLabel: 'y',
        series: [
          {
            label: 'a',
            points: [
              [1, 1],
              [2, 2],
            ],
            note: 'diverged at 3',
          },
        ],
      }),
    );
    expect(findAll(short, (e) => e.name === 'circle')).toHaveLength(2);
    expect(textOf(byClass(short, 'legend-label')[0]!)).toBe('a (diverged at 3)');
    const long = parseXml(
      linePlot({
        title: 't',
        xLabel: 'x',
        yLabel: 'y',
        series: [{ label: 'a', points: Array.from({ length: 50 }, (_, i) => [i, i] as const) }],
      }),
    );
    expect(findAll(long, (e) => e.name === 'circle')).toHaveLength(0);
  });
});

describe('histogram and histogramPlot', () => {
  it('histogram: equal bins whose counts add up to n, the maximum in the last bin (the @example)', () => {
    expect(histogram([0, 1, 1, 2, 4], { bins: 2 })).toEqual({ edges: [0, 2, 4], counts: [3, 2] });
    const values = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 3);
    const { edges, counts } = histogram(values);
    expect(counts).toHaveLength(32); // ⌈√1000⌉
    expect(edges).toHaveLength(33);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(1000);
    expect(histogram([5, 5, 5]).edges[0]).toBe(4.5);
    expect(histogram([5, 5, 5]).counts.reduce((s, c) => s + c, 0)).toBe(3);
  });

  it('histogramPlot: bars whose counts sum to the number of samples, heights proportional to counts (the @example)', () => {
    const svg = histogramPlot({ title: 'zeros', values: [0, 0, 0], pointMass: 0 });
    expect([...svg.matchAll(/data-count="(\d+)"/g)].reduce((s, m) => s + Number(m[1]), 0)).toBe(3);
    const values = Array.from({ length: 5000 }, (_, i) => Math.tan(((i + 0.5) / 5000 - 0.5) * 2.5));
    const root = parseXml(histogramPlot({ title: 'w', values }));
    const bars = byClass(root, 'bar');
    expect(bars.reduce((s, b) => s + Number(b.attributes['data-count']), 0)).toBe(5000);
    const heightPerCount = bars
      .map((b) => Number(b.attributes.height) / Math.max(1, Number(b.attributes['data-count'])))
      .filter((_, i) => Number(bars[i]!.attributes['data-count']) > 50);
    for (const r of heightPerCount) expect(r).toBeCloseTo(heightPerCount[0]!, 1);
  });

  it("draws the declared density scaled to counts, so a correct sample's bars hug it", () => {
    const n = 20000,
      std = 0.5;
    const law = normal(0, std);
    const values = Array.from({ length: n }, (_, i) => law.quantile!((i + 0.5) / n)); // the law's quantiles: a perfect sample
    const pdf = law.pdf!;
    const root = parseXml(histogramPlot({ title: 'he', values, density: pdf, declared: 'normal(0, 0.5)', bins: 40 }));
    const curve = vertices(byClass(root, 'density')[0]!.attributes.d as string);
    expect(curve).toHaveLength(121);
    // The top of the tallest bar sits on the curve's peak (same y scale, n·w·f(x)).
    const bars = byClass(root, 'bar');
    const tallest = Math.min(...bars.map((b) => Number(b.attributes.y)));
    const peak = Math.min(...curve.map(([, y]) => y));
    expect(Math.abs(tallest - peak)).toBeLessThan(2);
    expect(byClass(root, 'legend-label').map(textOf)).toEqual(['20000 samples', 'declared: normal(0, 0.5)']);
  });

  it('draws a declared constant as a spike of height n at its value', () => {
    const root = parseXml(histogramPlot({ title: 'zeros', values: new Float32Array(50), pointMass: 0 }));
    const spike = byClass(root, 'point-mass').find((e) => e.name === 'line')!;
    const bar = byClass(root, 'bar').find((b) => b.attributes['data-count'] === '50')!;
    expect(Number(spike.attributes.y2)).toBeCloseTo(Number(bar.attributes.y), 0);
    expect(Number(spike.attributes.x1)).toBeGreaterThan(Number(bar.attributes.x));
    expect(Number(spike.attributes.x1)).toBeLessThan(Number(bar.attributes.x) + Number(bar.attributes.width));
  });
});

describe('decisionBoundaryPlot', () => {
  it('run-length encodes each row: the cells, expanded, are exactly the predicted classes (the @example)', () => {
    const tiny = decisionBoundaryPlot({
      title: 't',
      bounds: { x0: 0, x1: 1, y0: 0, y1: 1 },
      grid: { nx: 3, ny: 1, classes: [0, 0, 1] },
      points: { x: [], labels: [] },
    });
    expect(tiny.match(/class="cell"/g)?.length).toBe(2);
    const nx = 37,
      ny = 29;
    const classes = Array.from({ length: nx * ny }, (_, k) => ((k % nx) * (k % 7) + Math.floor(k / nx)) % 3);
    const root = parseXml(
      decisionBoundaryPlot({
        title: 'g',
        bounds: { x0: -2, x1: 2, y0: -1, y1: 3 },
        grid: { nx, ny, classes },
        points: { x: [0, 0, 1.5, 2.5], labels: [1, 2] },
      }),
    );
    const drawn = new Array<number>(nx * ny).fill(-1);
    for (const cell of byClass(root, 'cell')) {
      const [row, col, run, cls] = ['data-row', 'data-col', 'data-run', 'data-class'].map((a) =>
        Number(cell.attributes[a]),
      );
      for (let i = col!; i < col! + run!; i++) {
        expect(drawn[row! * nx + i]).toBe(-1); // no cell drawn twice
        drawn[row! * nx + i] = cls!;
      }
      expect(cell.attributes.fill).toBe(tint(palette[cls!]!, 0.28));
    }
    expect(drawn).toEqual(classes);
  });

  it('puts row 0 at the bottom and each point where its coordinates say, coloured by label', () => {
    const root = parseXml(
      decisionBoundaryPlot({
        title: 'g',
        bounds: { x0: 0, x1: 1, y0: 0, y1: 1 },
        grid: { nx: 1, ny: 2, classes: [0, 1] },
        points: { x: [0.25, 0.75, 0.75, 0.25], labels: [0, 1] },
      }),
    );
    const [bottom, top] = byClass(root, 'cell');
    expect(Number(bottom!.attributes.y)).toBeGreaterThan(Number(top!.attributes.y));
    const [p, q] = byClass(root, 'point');
    expect(Number(p!.attributes.cx)).toBeLessThan(Number(q!.attributes.cx));
    expect(Number(p!.attributes.cy)).toBeLessThan(Number(q!.attributes.cy)); // y = 0.75 is higher on screen
    expect([p!.attributes.fill, q!.attributes.fill]).toEqual([palette[0], palette[1]]);
  });
});

describe('degenerate inputs', () => {
  const cases: [string, () => string][] = [
    ['no series', () => linePlot({ title: 't', xLabel: 'x', yLabel: 'y', series: [] })],
    [
      'only non-finite values',
      () =>
        linePlot({
          title: 't',
          xLabel: 'x',
          yLabel: 'y',
          series: [
            {
              label: 'a',
              points: [
                [0, NaN],
                [1, Infinity],
              ],
            },
          ],
        }),
    ],
    [
      'a log axis with only zeros',
      () =>
        linePlot({
          title: 't',
          xLabel: 'x',
          yLabel: 'y',
          yScale: 'log',
          series: [
            {
              label: 'a',
              points: [
                [0, 0],
                [1, 0],
              ],
            },
          ],
        }),
    ],
    [
      '600 decades',
      () =>
        linePlot({
          title: 't',
          xLabel: 'x',
          yLabel: 'y',
          series: [
            {
              label: 'a',
              points: [
                [0, 1e-300],
                [1, 1e300],
              ],
            },
          ],
        }),
    ],
    [
      'one x value',
      () =>
        linePlot({
          title: 't',
          xLabel: 'x',
          yLabel: 'y',
          integerX: true,
          series: [
            {
              label: 'a',
              points: [
                [3, 1],
                [3, 2],
              ],
            },
          ],
        }),
    ],
    ['no samples', () => histogramPlot({ title: 't', values: [] })],
    ['no finite samples', () => histogramPlot({ title: 't', values: [Infinity, NaN] })],
    ['an infinite density', () => histogramPlot({ title: 't', values: [0, 1], density: () => Infinity })],
    [
      'no points',
      () =>
        decisionBoundaryPlot({
          title: 't',
          bounds: { x0: 0, x1: 1, y0: 0, y1: 1 },
          grid: { nx: 1, ny: 1, classes: [0] },
          points: { x: [], labels: [] },
        }),
    ],
  ];
  it.each(cases)('%s: a well-formed SVG with no NaN or Infinity in it', (_, draw) => {
    const svg = draw();
    expect(() => parseXml(svg)).not.toThrow();
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});
