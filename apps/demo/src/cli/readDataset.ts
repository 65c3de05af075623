import { nearest } from '@nninit/internal';
import type { DatasetName } from '../experiments/DatasetName.js';
import { datasets } from '../experiments/datasets.js';
import type { CommandName } from './CommandName.js';
import { UsageError } from './UsageError.js';

/**
 * The `--dataset` value: one of the names in {@link datasets}, or a {@link UsageError}
 * listing them (with a "did you mean" hint for a near miss).
 *
 * @example
 * ```ts
 * readDataset('compare', 'moons');  // 'moons'
 * readDataset('compare', 'circle'); // throws UsageError: --dataset must be one of circles, moons, spirals, xor, blobs, got "circle" (did you mean "circles"?)
 * ```
 */
export function readDataset(command: CommandName, text: string): DatasetName {
  const names = Object.keys(datasets);
  if (names.includes(text)) return text as DatasetName;
  const hint = nearest(text, names);
  throw new UsageError(
    `--dataset must be one of ${names.join(', ')}, got "${text}"${hint === undefined ? '' : ` (did you mean "${hint}"?)`}`,
    command,
  );
}
