import { openChromium, skipBrowserTests } from '@nninit/internal/testing/chromium';
import { PHILOX_KERNEL, philox, RandomState } from '@nninit/rng';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageResult, type ServedPackage, servePackage } from './helpers/servePackage.js';

/**
 * @nninit/rng as a browser gets it: compiled by tsc, served from localhost, imported by a page in
 * headless Chromium. Its main entry must load without Node built-ins (FillPool lives in
 * @nninit/rng/parallel), run the WebAssembly SIMD kernel, and give the same bits as Node.
 */
const skip = skipBrowserTests();
const page = `<!doctype html><meta charset="utf-8"><script type="module">
  import { philox, PHILOX_KERNEL, RandomState } from './index.js';
  const normals = new Float64Array(3000); philox(42).fillNormal(normals);
  const uniforms = new Float32Array(100); philox(-7).fillUniform(uniforms);
  const truncated = new Float64Array(100); philox(5).fork('layer1').fillTruncatedNormal(truncated, -2, 2);
  globalThis.result = { kernel: PHILOX_KERNEL, normals: [...normals], uniforms: [...uniforms], truncated: [...truncated], randn: [...new RandomState(3).randn(1001)] };
</script>`;
let served: ServedPackage | undefined;

/** The same draws in Node, from the workspace sources. */
function nodeResult(): Record<string, unknown> {
  const normals = new Float64Array(3000);
  philox(42).fillNormal(normals);
  const uniforms = new Float32Array(100);
  philox(-7).fillUniform(uniforms);
  const truncated = new Float64Array(100);
  philox(5).fork('layer1').fillTruncatedNormal(truncated, -2, 2);
  return {
    kernel: PHILOX_KERNEL,
    normals: [...normals],
    uniforms: [...uniforms],
    truncated: [...truncated],
    randn: [...new RandomState(3).randn(1001)],
  };
}

describe.skipIf(skip)('@nninit/rng in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof openChromium>> | undefined;
  beforeAll(async () => {
    served = await servePackage('rng', page);
    browser = await openChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('loads the main entry and draws the same bits as Node, with the WebAssembly SIMD kernel', async () => {
    const { result, errors } = await pageResult(browser!, served!.url);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(result).toEqual(nodeResult());
    expect((result as { kernel: string }).kernel).toBe('wasm-simd');
  });
});
