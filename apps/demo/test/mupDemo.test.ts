import { describe, expect, it } from 'vitest';
import { mup } from '../src/commands/mup.js';
import type { MupRun } from '../src/experiments/MupRun.js';
import { mupReport } from '../src/report/mupReport.js';
import { captureIo } from './helpers/captureIo.js';

// `pnpm demo mup` in-process, at widths 64 to 256 for the coordinate check (the command's
// 64…4096 takes minutes on a loaded 2-core machine; train's test covers 64…1024). The
// requirements: under µP the coordinate check is flat in width (|slope| < 0.1), under the
// standard parametrization the logits grow (slope > 0.3); and the best learning rate at width 64
// is still near-best at width 1024 under µP (regret < 20 %) and not under the standard
// parametrization (regret > 20 %). Deterministic: fixed seeds, nothing resampled.
const { io, out, err } = captureIo(process.cwd());
const status = mup({ json: true, report: undefined }, io, {}, [64, 128, 256]);
const run = JSON.parse(out()) as MupRun;

describe('pnpm demo mup', () => {
  it('exits 0 with JSON only on stdout', () => {
    expect(status).toBe(0);
    expect(err()).toBe('');
  });

  it('coordinate check: µP flat in width, the standard parametrization’s logits growing', () => {
    for (const s of run.coordinateCheck.slopes.mup) expect(Math.abs(s)).toBeLessThan(0.1);
    expect(run.coordinateCheck.slopes.standard[2]).toBeGreaterThan(0.3);
  });

  it('learning-rate transfer: width 64’s best η is near-best at 1024 under µP only', () => {
    const { regret, learningRates, mup: mu, standard } = run.transfer;
    console.log(
      `mupDemo: regret µP ${(100 * regret.mup).toFixed(1)} %, standard ${(100 * regret.standard).toFixed(1)} %`,
    );
    expect(regret.mup).toBeLessThan(0.2);
    expect(regret.standard).toBeGreaterThan(0.2);
    // The best η is inside the grid at width 64 (a sweep that ends at its edge proves nothing).
    for (const losses of [mu[0], standard[0]] as number[][]) {
      const best = losses.indexOf(Math.min(...losses));
      expect(best).toBeGreaterThan(0);
      expect(best).toBeLessThan(learningRates.length - 1);
    }
  });

  it('the report draws both experiments', () => {
    const html = mupReport(run);
    expect(html).toContain('id="coordinate-check"');
    expect(html).toContain('id="transfer"');
    expect(html.match(/<svg/g)?.length).toBe(4);
  });
});
