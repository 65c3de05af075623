import { datasets } from '../experiments/datasets.js';
import type { CompareOptions } from './CompareOptions.js';
import { defaults } from './defaults.js';
import type { Flags } from './Flags.js';
import { parseInitializations } from './parseInitializations.js';
import { parseInteger } from './parseInteger.js';
import { parseNumber } from './parseNumber.js';
import { parseWidths } from './parseWidths.js';
import { readDataset } from './readDataset.js';
import { readReport } from './readReport.js';
import { validateNetworkSize } from './validateNetworkSize.js';

/**
 * `compare`'s validated options from its raw flags, defaults applied. Each initialization is
 * checked against every weight shape of the network it will fill.
 *
 * @example
 * ```ts
 * toCompareOptions({ layers: '8', dataset: 'spirals' }).hidden; // [8]
 * ```
 */
export function toCompareOptions(flags: Flags): CompareOptions {
  const d = defaults.compare;
  const text = (key: keyof typeof d): string => (flags[key] as string | undefined) ?? d[key];
  const dataset = readDataset('compare', text('dataset'));
  const hidden = parseWidths('compare', '--layers', text('layers'), 4096);
  const sizes = [2, ...hidden, datasets[dataset].classes === 2 ? 1 : datasets[dataset].classes];
  const shapes = sizes.slice(1).map((n, l) => [n, sizes[l] as number]);
  validateNetworkSize('compare', '--layers', shapes);
  return {
    initializations: parseInitializations('compare', (flags.init as string[] | undefined) ?? [d.init], shapes),
    hidden,
    iterations: parseInteger('compare', '--iterations', text('iterations'), 1, 10_000_000),
    learningRate: parseNumber('compare', '--lr', text('lr'), 0, Infinity),
    dataset,
    seed:
      flags.seed === undefined
        ? undefined
        : parseInteger('compare', '--seed', flags.seed as string, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    json: flags.json === true,
    report: readReport('compare', flags, defaults.report),
  };
}
