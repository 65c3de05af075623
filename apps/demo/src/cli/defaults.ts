/**
 * The default of every option, in one place: `usage` prints them and the option builders apply
 * them. `compare`'s are the course notebook's experiment; `deep`'s are He et al.'s 30-layer
 * picture at a size that trains in seconds.
 *
 * @example
 * ```ts
 * defaults.compare.iterations; // '15000'
 * defaults.report;             // 'nninit-report.html'
 * ```
 */
export const defaults = Object.freeze({
  report: 'nninit-report.html',
  compare: { init: 'zeros,random:scale=10,he', layers: '10,5', iterations: '15000', lr: '0.01', dataset: 'circles' },
  deep: {
    init: 'zeros,random:scale=0.01,random:scale=1,xavier,he',
    activation: 'relu',
    layers: '30',
    width: '100',
    iterations: '300',
    lr: '0.001',
    'batch-size': '64',
    dataset: 'circles',
    seed: '0',
  },
  verify: { runs: '20', alpha: '1e-6', seed: '42' },
  'audit-tfjs': { alpha: '1e-6', samples: '32768', seed: '1' },
} as const);
