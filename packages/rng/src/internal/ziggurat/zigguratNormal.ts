import { glibcLog } from '../glibcLog/glibcLog.js';
import type { ElementDraws } from '../philox/ElementDraws.js';
import { ZIGGURAT_F } from './zigguratF.js';
import { ZIGGURAT_R, ZIGGURAT_X } from './zigguratX.js';

const TWO_POW_32 = 2 ** 32;
const TWO_POW_MINUS_53 = 2 ** -53;

/**
 * A standard normal by the 1024-layer ziggurat (Marsaglia & Tsang, J. Stat. Softw. 5(8), 2000),
 * starting from the 64 bits (a, b) of the element's first draw and pulling further draws from
 * `draws` only when the first is rejected (0.43 % of the time).
 *
 * Bits of a draw: layer i = a & 0x3ff, sign = bit 10 of a, and a 53-bit uniform u from the top 21
 * bits of a and all of b, independent of the layer bits (Doornik 2005's fix for the original
 * ziggurat's correlated index and value). x = u·X[i] is accepted at once when x < X[i+1]; the
 * wedges are tested against the density in log space (log y < −x²/2) and the tail beyond R uses
 * Marsaglia's (1964) method, with glibc's logarithm so every engine gets the same bits.
 */
export function zigguratNormal(a: number, b: number, draws: ElementDraws): number {
  for (;;) {
    const layer = a & 0x3ff;
    const u = ((a >>> 11) * TWO_POW_32 + b) * TWO_POW_MINUS_53;
    const x = u * (ZIGGURAT_X[layer] as number);
    const negative = (a & 0x400) !== 0;
    if (x < (ZIGGURAT_X[layer + 1] as number)) return negative ? -x : x;
    if (layer === 0) {
      const t = normalTail(draws);
      return negative ? -t : t;
    }
    const f0 = ZIGGURAT_F[layer] as number;
    const y = f0 + draws.nextOpenUniform() * ((ZIGGURAT_F[layer + 1] as number) - f0);
    if (glibcLog(y) < -0.5 * x * x) return negative ? -x : x;
    draws.next();
    a = draws.a;
    b = draws.b;
  }
}

/** Marsaglia (1964): x = −log(u₁)/R, y = −log(u₂), accept when 2y > x²; returns R + x > R. */
function normalTail(draws: ElementDraws): number {
  for (;;) {
    const x = -glibcLog(draws.nextOpenUniform()) / ZIGGURAT_R;
    const y = -glibcLog(draws.nextOpenUniform());
    if (2 * y > x * x) return ZIGGURAT_R + x;
  }
}
