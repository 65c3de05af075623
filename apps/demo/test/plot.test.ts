import { normal } from '@nninit/verify';
import { describe, expect, it } from 'vitest';
import { decisionBoundaryPlot } from '../src/plot/decisionBoundaryPlot.js';
import { escapeXml } from '../src/plot/escapeXml.js';
import { extent } from '../src/plot/extent.js';
import { formatTick } from '../src/plot/formatTick.js';
import { histogram } from '../src/plot/histogram.js';
import { histogramPlot } from '../src/plot/histogramPlot.js';
import { legendWidth } from '../src/plot/legendWidth.js';
import { linearScale } from '../src/plot/linearScale.js';
import { linePlot } from '../src/plot/linePlot.js';
import { logScale } from '../src/plot/logScale.js';
import { niceTicks } from '../src/plot/niceTicks.js';
import { palette } from '../src/plot/palette.js';
import { plotFrame } from '../src/plot/plotFrame.js';
import { renderAxes } from '../src/plot/renderAxes.js';
import { renderLegend } from '../src/plot/renderLegend.js';
import { svgRoot } from '../src/plot/svgRoot.js';
import { tint } from '../src/plot/tint.js';
import { byClass, findAll, parseXml } from './helpers/parseXml.js';

/** The vertices of an SVG path made of M and L commands. */
const vertices = (d: string): [number, number][] =>
  [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('scales, ticks and small helpers', () => {
  it('niceTicks: steps of 1, 2 or 5 × 10ⁿ inside the interval (the @example)', () => {
    expect(niceTicks(0, 15000, 4)).toEqual([0, 5000, 10000, 15000]);
    expect(niceTicks(-1.2, 1.3, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(niceTicks(0.1, 0.3, 5)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(niceTicks(3, 3, 5)).toEqual([3]);
  });

  it('linearScale maps, widens an empty domain, and keeps only integer ticks on request (the @example)', () => {
    const x = linearScale([0, 10], [50, 450]);
    expect(x.map(5)).toBe(250);
    expect(x.ticks()).toEqual([0, 2, 4, 6, 8, 10]);
    expect(linearScale([0, 0], [0, 1]).domain).toEqual([-1, 1]);
    expect(linearScale([1, 3], [0, 100], true).ticks()).toEqual([1, 2, 3]);
  });

  it('logScale covers whole decades with ticks at powers of ten (the @example)', () => {
    const y = logScale([0.05, 1800], [300, 20]);
    expect(y.domain).toEqual([0.01, 10000]);
    expect(y.ticks()).toEqual([0.01, 0.1, 1, 10, 100, 1000, 10000]);
    expect(y.map(0.01)).toBe(300);
    expect(y.map(10000)).toBe(20);
    expect(y.format(1e-5)).toBe('10⁻⁵');
    expect(logScale([1e-36, 1e24], [0, 1]).ticks().length).toBeLessThanOrEqual(9);
  });

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

  it('escapeXml, tint, palette, legendWidth, plotFrame (the @examples)', () => {
    expect(escapeXml('random "×10" <scale>')).toBe('random &quot;×10&quot; &lt;scale&gt;');
    expect(escapeXml("a&b'")).toBe('a&amp;b&#39;');
    expect(tint('#0072B2', 0.25)).toBe('#bfdcec');
    expect(tint('#0072B2', 1)).toBe('#0072b2');
    expect(tint('#0072B2', 0)).toBe('#ffffff');
    expect(palette[0]).toBe('#0072B2');
    expect(new Set(palette).size).toBe(palette.length);
    expect(legendWidth(['zeros', 'he'])).toBe(63);
    const f = plotFrame(480, 300);
    expect(f).toEqual({ width: 480, height: 300, left: 58, right: 466, top: 30, bottom: 256 });
    expect([f.left, f.right, f.top, f.bottom]).toEqual([58, 466, 30, 256]);
  });

  it('renderAxes draws a labelled tick per scale tick (the @example); renderLegend a row per label', () => {
    const f = plotFrame(480, 300);
    const axes = renderAxes(
      f,
      linearScale([0, 10], [f.left, f.right]),
      linearScale([0, 1], [f.bottom, f.top]),
      'iteration',
      'cost',
    );
    expect(axes.match(/class="tick"/g)?.length).toBe(12);
    expect(renderLegend(f, ['zeros', 'he']).match(/class="legend-label"/g)?.length).toBe(2);
    expect(renderLegend(f, [])).toBe('');
  });

  it('svgRoot: a standalone, titled, well-formed SVG (the @example)', () => {
    const svg = svgRoot(plotFrame(200, 100), 'line', 'Cost <&>', '<g/>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const root = parseXml(svg);
    expect(root.attributes['data-plot']).toBe('line');
    expect(findAll(root, (e) => e.name === 'title')[0]?.text).toBe('Cost <&>');
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
    const f = plotFrame(360 + legendWidth(['a', 'b']) + 14, 300);
    for (const path of paths) {
      const v = vertices(path.attributes.d as string);
      expect(v).toHaveLength(150);
      expect(path.attributes['data-points']).toBe('150');
      for (let i = 1; i < v.length; i++) expect(v[i]![0]).toBeGreaterThan(v[i - 1]![0]); // x increases with the iteration
      for (const [x, y] of v) {
        expect(x).toBeGreaterThanOrEqual(f.left);
        expect(x).toBeLessThanOrEqual(f.right - legendWidth(['a', 'b']) - 14 + 0.05);
        expect(y).toBeGreaterThanOrEqual(f.top);
        expect(y).toBeLessThanOrEqual(f.bottom);
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
    expect(byClass(root, 'tick').map((t) => t.text)).toContain('10²');
    const counts = byClass(root, 'series').map((p) => p.attributes['data-points']);
    expect(counts).toEqual(['2', '3', '0']);
    expect(byClass(root, 'legend-label').map((t) => t.text)).toEqual([
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
    expect(byClass(root, 'legend-label')[0]!.text).toBe('a (1 values > 2 hidden)');
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
    expect(byClass(short, 'legend-label')[0]!.text).toBe('a (diverged at 3)');
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
    expect(byClass(root, 'legend-label').map((t) => t.text)).toEqual(['20000 samples', 'declared: normal(0, 0.5)']);
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
