import { describe, expect, it } from 'vitest';
import { resolveUserPath } from '../src/internal/resolveUserPath.js';
import { expectedDistribution } from '../src/internal/verify/expectedDistribution.js';
import { parseExpectation } from '../src/internal/verify/parseExpectation.js';

describe('parseExpectation', () => {
  it('reads NAME and NAME:key=value,… with decimal numbers as numbers and the rest as strings', () => {
    expect(parseExpectation('he_normal')).toEqual({ name: 'he_normal', parameters: {}, text: 'he_normal' });
    expect(parseExpectation('kaiming_uniform_:a=2.236,mode=fan_out,nonlinearity=leaky_relu').parameters).toEqual({
      a: 2.236,
      mode: 'fan_out',
      nonlinearity: 'leaky_relu',
    });
    expect(parseExpectation('torch.linear.bias:fanIn=256').name).toBe('torch.linear.bias');
    expect(parseExpectation('normal:mean=-1e-3,std=.5').parameters).toEqual({ mean: -0.001, std: 0.5 });
    // Not decimal numbers: left as strings for initialize to reject with its own message.
    expect(parseExpectation('normal:std=0x10,mean=1..2').parameters).toEqual({ std: '0x10', mean: '1..2' });
  });

  it('keeps "__proto__" an ordinary key, never the prototype', () => {
    const e = parseExpectation('he:__proto__=1');
    expect(Object.keys(e.parameters)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(e.parameters)).toBe(Object.prototype);
  });

  it.each([
    [':a=1', /the name is empty/],
    ['he:', /nothing follows the colon/],
    ['he:a', /"a" has no "="/],
    ['he:=1', /"=1" has no key/],
    ['he:a=', /a has no value/],
    ['he:a=1,a=2', /a is given twice/],
  ])('rejects %j', (text, message) => {
    expect(() => parseExpectation(text)).toThrow(message);
  });
});

describe('resolveUserPath', () => {
  const start = { INIT_CWD: '/home/me', npm_lifecycle_event: 'start', npm_package_name: '@nninit/cli' };
  it("resolves against INIT_CWD under the package's own start script (pnpm --filter runs it in packages/cli)", () => {
    expect(resolveUserPath('w.npy', start)).toBe('/home/me/w.npy');
    expect(resolveUserPath('/abs/w.npy', start)).toBe('/abs/w.npy');
  });
  it("resolves against the working directory otherwise, even when another package's script set INIT_CWD", () => {
    expect(resolveUserPath('w.npy', {})).toBe(`${process.cwd()}/w.npy`);
    expect(resolveUserPath('w.npy', { ...start, npm_package_name: 'my-app' })).toBe(`${process.cwd()}/w.npy`);
    expect(resolveUserPath('w.npy', { ...start, npm_lifecycle_event: 'test' })).toBe(`${process.cwd()}/w.npy`);
  });
});

describe('expectedDistribution', () => {
  it('is describeDistribution for the expectation and the shape (the TSDoc example)', () => {
    expect(expectedDistribution(parseExpectation('torch.linear'), [128, 256], 'torch', 'float32', 'w.npy')).toEqual({
      family: 'uniform',
      low: -0.06249999999999999,
      high: 0.06249999999999999,
    });
  });
  it('reads the shape in the keras layout when asked: [in, out], so fan_in is shape[0]', () => {
    expect(expectedDistribution(parseExpectation('he_normal'), [200, 8], 'keras', 'float64', 'k')).toEqual({
      family: 'normal',
      mean: 0,
      std: 0.1,
    });
  });
});
