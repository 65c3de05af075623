import { openChromium, skipBrowserTests } from '@nninit/internal/testing/chromium';
import { matmul, matmulKernel, Tensor } from '@nninit/tensor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageResult, type ServedPackage, servePackage } from './helpers/servePackage.js';

/**
 * @nninit/tensor as a browser gets it (compiled by tsc, served from localhost, imported by a page
 * in headless Chromium): matmul must give Node's bits on the page's main thread and in a module
 * worker, whichever kernels each runs, and the worker (where synchronous compilation has no
 * size limit) must run the WebAssembly SIMD ones.
 */
const skip = skipBrowserTests();

/**
 * Products covering both dtypes and both accumulations of float32, every transpose, panel
 * remainders and the blocked paths (m·n·k ≥ 80³; k > 256), on data from a 32-bit LCG: not Math.sin, whose results differ between Chromium's V8 and
 * Node 20's in about 3 % of inputs (measured), which would test the engines' libm, not matmul.
 */
const script = `
  const cases = [[300, 10, 5, false, false], [300, 2, 10, false, true], [37, 13, 11, true, false], [130, 300, 70, true, true]];
  const results = [];
  let s = 12345;
  const draw = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 31 - 1);
  for (const [dtype, accumulation] of [['float32', 'float32'], ['float32', 'float64'], ['float64', 'float64']]) for (const [m, k, n, tA, tB] of cases) {
    const T = dtype === 'float32' ? Float32Array : Float64Array;
    const a = new Tensor(T.from({ length: m * k }, draw), tA ? [k, m] : [m, k]);
    const b = new Tensor(T.from({ length: k * n }, draw), tB ? [n, k] : [k, n]);
    results.push([...matmul(a, b, { transposeA: tA, transposeB: tB, accumulation }).data]);
  }
  const result = { kernel: matmulKernel(), results };
`;
const page = `<!doctype html><meta charset="utf-8"><script type="module">
  import { matmul, matmulKernel, Tensor } from './index.js';
  ${script}
  const worker = new Worker('./worker.js', { type: 'module' });
  worker.onmessage = (e) => { globalThis.result = { main: result, worker: e.data }; };
  worker.onerror = (e) => { globalThis.result = { error: String(e.message) }; };
</script>`;
const worker = `import { matmul, matmulKernel, Tensor } from './index.js';
${script}
postMessage(result);`;

/** The same products in Node, from the workspace sources. */
function nodeResult(): { kernel: string; results: number[][] } {
  const results: number[][] = [];
  const cases = [
    [300, 10, 5, false, false],
    [300, 2, 10, false, true],
    [37, 13, 11, true, false],
    [130, 300, 70, true, true],
  ] as const;
  let s = 12345;
  const draw = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
  const runs = [
    ['float32', 'float32'],
    ['float32', 'float64'],
    ['float64', 'float64'],
  ] as const;
  for (const [dtype, accumulation] of runs)
    for (const [m, k, n, tA, tB] of cases) {
      const data = (length: number): Float32Array | Float64Array => {
        const x = dtype === 'float32' ? new Float32Array(length) : new Float64Array(length);
        for (let i = 0; i < length; i++) x[i] = draw(); // the page's T.from({ length }, draw), in the same order
        return x;
      };
      const a = new Tensor(data(m * k), tA ? [k, m] : [m, k]);
      const b = new Tensor(data(k * n), tB ? [n, k] : [k, n]);
      results.push([...matmul(a, b, { transposeA: tA, transposeB: tB, accumulation }).data]);
    }
  return { kernel: matmulKernel(), results };
}

describe.skipIf(skip)('@nninit/tensor in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof openChromium>> | undefined;
  let served: ServedPackage | undefined;
  beforeAll(async () => {
    served = await servePackage('tensor', page, { 'worker.js': worker });
    browser = await openChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("gives Node's matmul bits on the main thread and in a worker, the worker on WebAssembly SIMD", async () => {
    const { result, errors } = await pageResult(browser!, served!.url);
    const got = result as {
      main: { kernel: string; results: number[][] };
      worker: { kernel: string; results: number[][] };
      error?: string;
    };
    expect(errors, errors.join('\n')).toEqual([]);
    expect(got.error).toBeUndefined();
    const node = nodeResult();
    expect(node.kernel).toBe('wasm-simd');
    // JSON turns −0 into 0 and NaN into null; the data here has neither, so equality is bit equality.
    expect(got.main.results).toEqual(node.results);
    expect(got.worker.results).toEqual(node.results);
    expect(got.worker.kernel).toBe('wasm-simd');
    expect(got.main.kernel).toMatch(/^(wasm-simd|javascript)$/); // browsers may refuse synchronous compiles on the main thread
  });
});
