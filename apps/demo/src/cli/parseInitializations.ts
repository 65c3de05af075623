import { describeDistribution, dialects, type Initialization, initializerNames } from '@nninit/init';
import { nearest } from '@nninit/internal';
import type { CommandName } from './CommandName.js';
import type { NamedInitialization } from './NamedInitialization.js';
import { UsageError } from './UsageError.js';

/**
 * The `--init` values: initializations separated by commas (or the option repeated), each a
 * name of @nninit/init's registry or a PyTorch, Keras or TensorFlow.js spelling of one
 * (`kaiming_normal_`, `HeNormal`, `heNormal`: see init's `dialects`) followed by `:key=value` parameters, e.g.
 * `zeros,random:scale=10,he` or `variance_scaling:scale=2:mode=fan_out`. Numeric values become
 * numbers. Each one is checked with `describeDistribution` against every weight shape it will
 * fill (`shapes`), so a bad name or parameter is a {@link UsageError} here, before training.
 *
 * @example
 * ```ts
 * parseInitializations('compare', ['zeros,random:scale=10', 'he'], [[10, 2]]).map((i) => i.initialization);
 * // ['zeros', { name: 'random', scale: 10 }, 'he']
 * ```
 */
/** Every `--init` name: init's own names and aliases, then the dialect spellings. */
const NAMES: readonly string[] = [...initializerNames, ...Object.keys(dialects)];

export function parseInitializations(
  command: CommandName,
  values: readonly string[],
  shapes: readonly (readonly number[])[],
): NamedInitialization[] {
  const items = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  if (items.length === 0 || items.includes(''))
    throw new UsageError(`--init must list initializer names separated by commas, got "${values.join(',')}"`, command);
  return items.map((label) => {
    const [name = '', ...pairs] = label.split(':');
    if (!NAMES.includes(name)) {
      const hint = nearest(name, NAMES);
      throw new UsageError(
        `--init: unknown initializer "${name}"${hint === undefined ? '' : ` (did you mean "${hint}"?)`}; \`--help\` lists them`,
        command,
      );
    }
    const parameters: Record<string, number | string> = {};
    for (const pair of pairs) {
      const match = /^([a-z_]+)=(.+)$/i.exec(pair);
      if (match === null)
        throw new UsageError(`--init ${label}: parameters must be written key=value, got "${pair}"`, command);
      const [, key = '', text = ''] = match;
      parameters[key] = Number.isNaN(Number(text)) ? text : Number(text);
    }
    const initialization = (pairs.length === 0 ? name : { name, ...parameters }) as Initialization;
    for (const shape of shapes) {
      try {
        describeDistribution(shape, initialization);
      } catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^describeDistribution: /, '') : String(error);
        throw new UsageError(`--init ${label}: ${reason} (weights [${shape.join(', ')}])`, command);
      }
    }
    return { label, initialization };
  });
}
