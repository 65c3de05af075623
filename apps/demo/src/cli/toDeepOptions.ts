import { datasets } from '../experiments/datasets.js';
import type { DeepOptions } from './DeepOptions.js';
import { defaults } from './defaults.js';
import type { Flags } from './Flags.js';
import { parseInitializations } from './parseInitializations.js';
import { parseInteger } from './parseInteger.js';
import { parseNumber } from './parseNumber.js';
import { readActivation } from './readActivation.js';
import { readDataset } from './readDataset.js';
import { readReport } from './readReport.js';
import { validateNetworkSize } from './validateNetworkSize.js';

/**
 * `deep`'s validated options from its raw flags, defaults applied. The batch size may not
 * exceed the 300 training examples.
 *
 * @example
 * ```ts
 * toDeepOptions({ layers: '10' }).layers; // 10
 * toDeepOptions({}).width;                // 100
 * toDeepOptions({}).activation;           // 'relu'
 * ```
 */
export function toDeepOptions(flags: Flags): DeepOptions {
  const d = defaults.deep;
  const text = (key: keyof typeof d): string => (flags[key] as string | undefined) ?? d[key];
  const dataset = readDataset('deep', text('dataset'));
  const layers = parseInteger('deep', '--layers', text('layers'), 1, 1000);
  const width = parseInteger('deep', '--width', text('width'), 1, 4096);
  const outputs = datasets[dataset].classes === 2 ? 1 : datasets[dataset].classes;
  const shapes = [[width, 2], ...(layers > 1 ? [[width, width]] : []), [outputs, width]];
  validateNetworkSize('deep', '--layers and --width', shapes, layers - 1);
  return {
    initializations: parseInitializations('deep', (flags.init as string[] | undefined) ?? [d.init], shapes),
    activation: readActivation('deep', text('activation')),
    layers,
    width,
    iterations: parseInteger('deep', '--iterations', text('iterations'), 1, 10_000_000),
    learningRate: parseNumber('deep', '--lr', text('lr'), 0, Infinity),
    batchSize: parseInteger('deep', '--batch-size', text('batch-size'), 1, 300),
    dataset,
    seed: parseInteger('deep', '--seed', text('seed'), Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    json: flags.json === true,
    report: readReport('deep', flags, defaults.report),
  };
}
