import { initializers } from '@nninit/init';
import { datasets } from '../experiments/datasets.js';
import { deepActivations } from '../experiments/deepActivations.js';
import type { CommandName } from './CommandName.js';
import { defaults } from './defaults.js';

const c = defaults.compare,
  d = defaults.deep,
  v = defaults.verify,
  a = defaults['audit-tfjs'];
const sets = Object.keys(datasets).join(', ');
const training = (x: typeof c | typeof d): string[] => [
  `  --init LIST        initializations, comma-separated, each name[:key=value...] (default ${x.init})`,
  `  --iterations N     training steps (default ${x.iterations})`,
  `  --dataset NAME     ${sets} (default ${x.dataset})`,
];
const report = (fallback: string): string[] => [
  `  --json             print a JSON result on stdout instead of the table`,
  `  --report FILE      write the HTML report to FILE (${fallback})`,
];

const SECTIONS: Readonly<Record<CommandName, string[]>> = {
  compare: [
    'compare (the default): the deeplearning.ai "Initialization" notebook, reproduced exactly -',
    "  zeros, random×10 and He on the circles data, seeds 1, 2 and 3 through numpy's RandomState.",
    ...training(c),
    `  --layers LIST      hidden layer widths, comma-separated (default ${c.layers})`,
    `  --lr X             gradient-descent learning rate (default ${c.lr})`,
    `  --seed N           a Philox seed for data and weights (default: the notebook's numpy seeds)`,
    ...report(`default ${defaults.report}`),
    '  --no-report        do not write the report',
  ],
  deep: [
    'deep: a deep ReLU or tanh network at initialization and in training - activation and gradient',
    '  std per layer (He et al. 2015), measured against predicted variance, and the loss curves.',
    ...training(d),
    `  --activation NAME  hidden activation: ${deepActivations.join(', ')} (default ${d.activation})`,
    `  --layers N         number of hidden layers (default ${d.layers})`,
    `  --width N          units per hidden layer (default ${d.width})`,
    `  --lr X             Adam learning rate (default ${d.lr})`,
    `  --batch-size N     examples per step, at most 300 (default ${d['batch-size']})`,
    `  --seed N           Philox seed of the data, weights and batches (default ${d.seed})`,
    ...report(`default ${defaults.report}`),
    '  --no-report        do not write the report',
  ],
  verify: [
    'verify: the statistical conformance suite over every built-in initializer (shapes, fans,',
    '  dtypes); exit status 1 if any check fails.',
    '  --init LIST        only these initializers (names or aliases, comma-separated)',
    `  --runs N           generated (shape, seed) cases per initializer (default ${v.runs})`,
    `  --alpha X          family-wise false-alarm rate of the whole suite (default ${v.alpha})`,
    `  --seed N           fast-check seed of the generated cases (default ${v.seed})`,
    '  --canary           add a deliberately wrong sampler (He with σ 5 % too large): the run must fail',
    '  --junit FILE       also write a JUnit XML report for CI',
    ...report('none by default'),
  ],
  theory: [
    'theory: mean-field signal propagation (@nninit/theory) - the critical σ_w of tanh and relu,',
    '  depth scales, predicted against measured per-layer variance, and Jacobian spectra.',
    ...report(`default ${defaults.report}`),
    '  --no-report        do not write the report',
  ],
  mup: [
    'mup: µP (Tensor Programs V) - the coordinate check at widths 64 to 4096, µP against the standard',
    '  parametrization, and the learning-rate transfer from width 64 to 1024.',
    ...report(`default ${defaults.report}`),
    '  --no-report        do not write the report',
  ],
  'audit-tfjs': [
    "audit-tfjs: verify's conformance harness pointed at TensorFlow.js: every built-in tfjs initializer",
    '  against the distribution tfjs documents for it; exit status 1 if tfjs fails any (4.22 does).',
    `  --alpha X          family-wise false-alarm rate of the audit's statistical checks (default ${a.alpha})`,
    `  --samples N        fewest samples per configuration, 1000 to 1000000 (default ${a.samples})`,
    `  --seed N           first sampler seed, 1 to 1073741824 (default ${a.seed})`,
    ...report('none by default'),
  ],
  lsuv: [
    'lsuv: LSUV (Mishkin & Matas 2016) - a 20-layer tanh network that does not train from N(0, 1) or',
    '  N(0, 0.01²) and trains once LSUV has rescaled the same small draw to unit variance per layer.',
    ...report(`default ${defaults.report}`),
    '  --no-report        do not write the report',
  ],
  zero: [
    'zero: ZerO (Zhao et al. 2022) - a deterministic start that breaks symmetry in a [2, 8, 1] network',
    '  where zeros cannot: distinct hidden units after training, with partial identity and He.',
    ...report(`default ${defaults.report}`),
    '  --no-report        do not write the report',
  ],
};

/** Breaks a long line at spaces into lines of at most `width` characters, indenting the continuations. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `  ${word}`;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

/**
 * The help text: every command (or just `command`), the options with their defaults, the
 * initializer names, and where relative paths go. Printed by `--help`, and after every
 * usage error.
 *
 * @example
 * ```ts
 * usage('deep').split('\n')[0]; // 'usage: pnpm demo deep [options]'
 * ```
 */
export function usage(command?: CommandName): string {
  const names = Object.values(initializers).map((i) =>
    i.aliases.length > 0 ? `${i.name} (${i.aliases.join(', ')})` : i.name,
  );
  const commands: CommandName[] =
    command === undefined ? ['compare', 'deep', 'verify', 'theory', 'audit-tfjs', 'lsuv', 'zero', 'mup'] : [command];
  return [
    command === undefined
      ? 'usage: pnpm demo [compare | deep | verify | theory | audit-tfjs | lsuv | zero | mup] [options]'
      : `usage: pnpm demo ${command} [options]`,
    '',
    ...commands.flatMap((name) => [...SECTIONS[name], '']),
    ...wrap(`initializers: ${names.join(', ')}`, 96),
    'Relative paths are resolved against the directory pnpm was started from (INIT_CWD), else the current one.',
    'Exit status: 0 success, 1 a failed conformance check, 2 a usage or I/O error.',
    '',
  ].join('\n');
}
