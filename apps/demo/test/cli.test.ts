import { initializerNames } from '@nninit/init';
import { nearest } from '@nninit/internal';
import { describe, expect, it } from 'vitest';
import { defaults } from '../src/cli/defaults.js';
import { optionSpecs } from '../src/cli/optionSpecs.js';
import { parseCommandLine } from '../src/cli/parseCommandLine.js';
import { parseFlags } from '../src/cli/parseFlags.js';
import { parseInitializations } from '../src/cli/parseInitializations.js';
import { parseInteger } from '../src/cli/parseInteger.js';
import { parseNumber } from '../src/cli/parseNumber.js';
import { parseWidths } from '../src/cli/parseWidths.js';
import { readDataset } from '../src/cli/readDataset.js';
import { readReport } from '../src/cli/readReport.js';
import { toCompareOptions } from '../src/cli/toCompareOptions.js';
import { toDeepOptions } from '../src/cli/toDeepOptions.js';
import { toVerifyOptions } from '../src/cli/toVerifyOptions.js';
import { UsageError } from '../src/cli/UsageError.js';
import { usage } from '../src/cli/usage.js';

/** Runs `f`, expects a UsageError, returns it. */
function usageError(f: () => unknown): UsageError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('parseCommandLine', () => {
  it('runs compare with the notebook settings when given nothing (what `pnpm demo` does)', () => {
    const line = parseCommandLine([]);
    expect(line.command).toBe('compare');
    if (line.command !== 'compare') return;
    expect(line.options).toEqual({
      initializations: [
        { label: 'zeros', initialization: 'zeros' },
        { label: 'random:scale=10', initialization: { name: 'random', scale: 10 } },
        { label: 'he', initialization: 'he' },
      ],
      hidden: [10, 5],
      iterations: 15000,
      learningRate: 0.01,
      dataset: 'circles',
      seed: undefined,
      json: false,
      report: 'nninit-report.html',
    });
  });

  it("takes compare's options without the command name, and with it", () => {
    expect(parseCommandLine(['--iterations', '100'])).toEqual(parseCommandLine(['compare', '--iterations=100']));
  });

  it("parses each command's options (the @examples)", () => {
    expect(parseCommandLine(['deep', '--layers', '10']).command).toBe('deep');
    const d = parseCommandLine(['deep', '--layers', '10']);
    expect(d.command === 'deep' && d.options.layers).toBe(10);
    const v = parseCommandLine(['verify', '--init', 'he,orthogonal']);
    expect(v.command === 'verify' && v.options.only).toEqual(['he_normal', 'orthogonal']);
    expect(parseCommandLine(['mup', '--json', '--no-report'])).toEqual({
      command: 'mup',
      options: { json: true, report: undefined },
    });
  });

  it('lsuv and zero have fixed settings: only where the output goes', () => {
    expect(parseCommandLine(['lsuv'])).toEqual({
      command: 'lsuv',
      options: { json: false, report: 'nninit-report.html' },
    });
    expect(parseCommandLine(['zero', '--json', '--no-report'])).toEqual({
      command: 'zero',
      options: { json: true, report: undefined },
    });
  });

  it('answers --help, -h and help [command]', () => {
    expect(parseCommandLine(['verify', '-h'])).toEqual({ command: 'help', topic: 'verify' });
    expect(parseCommandLine(['--help'])).toEqual({ command: 'help', topic: 'compare' });
    expect(parseCommandLine(['help'])).toEqual({ command: 'help', topic: undefined });
    expect(parseCommandLine(['help', 'deep'])).toEqual({ command: 'help', topic: 'deep' });
    expect(usageError(() => parseCommandLine(['help', 'train'])).message).toBe(
      'help takes one command name (compare, deep, verify, theory, audit-tfjs, lsuv, zero, mup), got "train"',
    );
  });

  it.each([
    [['train'], 'unknown command "train" (commands: compare, deep, verify, theory, audit-tfjs, lsuv, zero, mup)'],
    [
      ['verfy'],
      'unknown command "verfy" (commands: compare, deep, verify, theory, audit-tfjs, lsuv, zero, mup); did you mean "verify"?',
    ],
    [['--init', 'hee'], '--init: unknown initializer "hee" (did you mean "he"?); `--help` lists them'],
    [['--init', 'random:scale=-1'], '--init random:scale=-1: scale must be non-negative, got -1 (weights [10, 2])'],
    [
      ['--init', 'dirac'],
      '--init dirac: shape must have 3 to 5 dimensions (a conv kernel [out, in, ...kernel] with 1 to 3 spatial dimensions), got [10,2] (weights [10, 2])',
    ],
    [['--init', 'he:mode'], '--init he:mode: parameters must be written key=value, got "mode"'],
    [['--init', 'he,,zeros'], '--init must list initializer names separated by commas, got "he,,zeros"'],
    [['--layers', '0'], '--layers must be positive integers (at most 4096) separated by commas, got "0"'],
    [['--layers', '10,x'], '--layers must be positive integers (at most 4096) separated by commas, got "10,x"'],
    [['--layers', '2.5'], '--layers must be positive integers (at most 4096) separated by commas, got "2.5"'],
    [['--iterations', '1e3'], '--iterations must be an integer from 1 to 10000000, got "1e3"'],
    [['--iterations', '-5'], '--iterations needs a value (for a negative number write --iterations=-N)'],
    [['--iterations=-5'], '--iterations must be an integer from 1 to 10000000, got "-5"'],
    [['--iterations'], '--iterations needs a value'],
    [['--lr', '0'], '--lr must be a number in (0, ∞), got "0"'],
    [['--lr', 'fast'], '--lr must be a number in (0, ∞), got "fast"'],
    [
      ['--dataset', 'circle'],
      '--dataset must be one of circles, moons, spirals, xor, blobs, got "circle" (did you mean "circles"?)',
    ],
    [['--dataset', 'mnist'], '--dataset must be one of circles, moons, spirals, xor, blobs, got "mnist"'],
    [['--seed', '1.5'], '--seed must be an integer from -9007199254740991 to 9007199254740991, got "1.5"'],
    [['--foo'], 'unknown option --foo'],
    [['--iteratons', '5'], 'unknown option --iteratons (did you mean "--iterations"?)'],
    [['--no-reprot'], 'unknown option --no-reprot (did you mean "--no-report"?)'],
    [['--report', 'a.html', '--report', 'b.html'], '--report given twice; give it once'],
    [['--lr=0.1', '--lr', '0.2'], '--lr given twice; give it once'],
    [['--json', '--json'], '--json given twice; give it once'],
    [['verify', '--canary', '--canary'], '--canary given twice; give it once'],
    [['deep', '--batchsize', '8'], 'unknown option --batchsize (did you mean "--batch-size"?)'],
    [['deep', '--activation', 'sigmoid'], '--activation must be one of relu, tanh, got "sigmoid"'],
    [['deep', '--activation', 'tan'], '--activation must be one of relu, tanh, got "tan" (did you mean "tanh"?)'],
    [['deep', '--activation'], '--activation needs a value'],
    [['compare', '--activation', 'tanh'], 'unknown option --activation'],
    [['lsuv', '--layers', '30'], 'unknown option --layers'],
    [['zero', '--report', 'a.html', '--no-report'], '--report and --no-report contradict each other'],
    [['--json=yes'], '--json takes no value'],
    [['compare', 'extra'], 'unexpected argument "extra"'],
    [['--report', 'a.html', '--no-report'], '--report and --no-report contradict each other'],
    [['deep', '--layers', '0'], '--layers must be an integer from 1 to 1000, got "0"'],
    [['--layers', '4096,4096'], '--layers: the network would have 16,789,504 weights; at most 10,000,000'],
    [
      ['deep', '--layers', '1000', '--width', '4096'],
      '--layers and --width: the network would have 16,760,451,072 weights; at most 10,000,000',
    ],
    [['--iterations=NaN'], '--iterations must be an integer from 1 to 10000000, got "NaN"'],
    [
      ['--iterations', '99999999999999999999'],
      '--iterations must be an integer from 1 to 10000000, got "99999999999999999999"',
    ],
    [['--lr', 'NaN'], '--lr must be a number in (0, ∞), got "NaN"'],
    [['--lr', '1e999'], '--lr must be a number in (0, ∞), got "1e999"'],
    [['--lr=-0.1'], '--lr must be a number in (0, ∞), got "-0.1"'],
    [['verify', '--alpha=-0'], '--alpha must be a number in (0, 1), got "-0"'],
    [['verify', '--seed', '-1'], '--seed needs a value (for a negative number write --seed=-N)'],
    [['verify', '--seed=4294967296'], '--seed must be an integer from 0 to 2147483647, got "4294967296"'],
    [['deep', '--batch-size', '301'], '--batch-size must be an integer from 1 to 300, got "301"'],
    [['deep', '--width', 'wide'], '--width must be an integer from 1 to 4096, got "wide"'],
    [['verify', '--alpha', '1'], '--alpha must be a number in (0, 1), got "1"'],
    [['verify', '--runs', '0'], '--runs must be an integer from 1 to 10000, got "0"'],
    [
      ['verify', '--init', 'orthogonl'],
      '--init: unknown initializer "orthogonl" (did you mean "orthogonal"?); `--help` lists them',
    ],
    [['verify', '--junit', ''], '--junit needs a file name'],
    [['verify', '--layers', '3'], 'unknown option --layers'],
  ])('%j is a one-line usage error: %s', (argv, message) => {
    const error = usageError(() => parseCommandLine(argv));
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('\n');
  });

  it('names the command whose usage to print with the error', () => {
    expect(usageError(() => parseCommandLine(['deep', '--width', '0'])).command).toBe('deep');
    expect(usageError(() => parseCommandLine(['--lr', '0'])).command).toBe('compare');
    expect(usageError(() => parseCommandLine(['nope'])).command).toBeUndefined();
  });

  it("checks initializations against the network's real shapes (3 classes: a [3, 5] output layer)", () => {
    // orthogonal fits every dense shape; identity too; the output layer of spirals is [3, 5].
    const line = parseCommandLine(['--dataset', 'spirals', '--init', 'orthogonal,identity:gain=2']);
    expect(line.command === 'compare' && line.options.initializations.map((i) => i.initialization)).toEqual([
      'orthogonal',
      { name: 'identity', gain: 2 },
    ]);
    expect(usageError(() => parseCommandLine(['deep', '--init', 'sparse'])).message).toBe(
      '--init sparse: sparsity must be a number, got undefined (weights [100, 2])',
    );
  });
});

describe('option builders', () => {
  it('toCompareOptions: hidden widths from --layers (the @example)', () => {
    expect(toCompareOptions({ layers: '8', dataset: 'spirals' }).hidden).toEqual([8]);
    expect(toCompareOptions({ seed: '-3' }).seed).toBe(-3);
    expect(toCompareOptions({ seed: '0' }).seed).toBe(0);
  });

  it('toDeepOptions: the defaults (the @example), Adam on batches of 64 from Philox seed 0', () => {
    expect(toDeepOptions({ layers: '10' }).layers).toBe(10);
    const o = toDeepOptions({});
    expect(o.activation).toBe('relu');
    expect(toDeepOptions({ activation: 'tanh' }).activation).toBe('tanh');
    expect([o.layers, o.width, o.iterations, o.learningRate, o.batchSize, o.seed, o.report]).toEqual([
      30,
      100,
      300,
      0.001,
      64,
      0,
      'nninit-report.html',
    ]);
    expect(o.initializations.map((i) => i.label)).toEqual([
      'zeros',
      'random:scale=0.01',
      'random:scale=1',
      'xavier',
      'he',
    ]);
  });

  it('toVerifyOptions: canonical names for aliases, no report unless asked (the @example)', () => {
    expect(toVerifyOptions({ init: ['xavier,he'] }).only).toEqual(['glorot_normal', 'he_normal']);
    const o = toVerifyOptions({});
    expect([o.only, o.runs, o.alpha, o.seed, o.canary, o.junit, o.report]).toEqual([
      undefined,
      20,
      1e-6,
      42,
      false,
      undefined,
      undefined,
    ]);
    expect(toVerifyOptions({ init: ['he', 'kaiming_normal'] }).only).toEqual(['he_normal']);
  });

  it('readReport and readDataset (the @examples)', () => {
    expect(readReport('compare', { 'no-report': true }, 'nninit-report.html')).toBeUndefined();
    expect(readReport('compare', { report: 'out.html' }, 'nninit-report.html')).toBe('out.html');
    expect(readReport('verify', {}, undefined)).toBeUndefined();
    expect(usageError(() => readReport('compare', { report: '' }, 'x')).message).toBe('--report needs a file name');
    expect(readDataset('compare', 'moons')).toBe('moons');
    expect(usageError(() => readDataset('compare', 'circle')).message).toContain('(did you mean "circles"?)');
  });
});

describe('value parsers', () => {
  it('parseInteger accepts plain decimal integers in range only (the @example)', () => {
    expect(parseInteger('compare', '--iterations', '15000', 1, 1e7)).toBe(15000);
    expect(parseInteger('compare', '--seed', '-7', -10, 10)).toBe(-7);
    for (const bad of ['1.5', '1e3', '0x10', '', ' ', '11', '9007199254740993']) {
      expect(() => parseInteger('compare', '--n', bad, 1, 10), bad).toThrow(UsageError);
    }
    expect(usageError(() => parseInteger('compare', '--iterations', '1.5', 1, 1e7)).message).toBe(
      '--iterations must be an integer from 1 to 10000000, got "1.5"',
    );
  });

  it('parseNumber accepts finite decimals and exponents strictly inside the interval (the @example)', () => {
    expect(parseNumber('verify', '--alpha', '1e-6', 0, 1)).toBe(0.000001);
    expect(parseNumber('compare', '--lr', '.5', 0, Infinity)).toBe(0.5);
    for (const bad of ['0', '-1', 'Infinity', 'NaN', '1/2', ''])
      expect(() => parseNumber('compare', '--lr', bad, 0, Infinity), bad).toThrow(UsageError);
  });

  it('parseWidths (the @example)', () => {
    expect(parseWidths('compare', '--layers', '10,5', 4096)).toEqual([10, 5]);
    expect(parseWidths('compare', '--layers', ' 3 , 4 ', 4096)).toEqual([3, 4]);
    expect(usageError(() => parseWidths('compare', '--layers', '10,-5', 4096)).message).toBe(
      '--layers must be positive integers (at most 4096) separated by commas, got "10,-5"',
    );
    expect(() => parseWidths('compare', '--layers', '4097', 4096)).toThrow(UsageError);
    expect(() => parseWidths('compare', '--layers', '', 4096)).toThrow(UsageError);
  });

  it("suggestions come from @nninit/internal's nearest, the workspace's one did-you-mean rule", () => {
    expect(nearest('hee', ['zeros', 'random', 'he'])).toBe('he');
    expect(nearest('qqqqqq', ['zeros', 'random', 'he'])).toBeUndefined();
    expect(nearest('Glorot_Normal', initializerNames)).toBe('glorot_normal');
  });

  it('parseInitializations: commas, repeats, parameters as numbers or words (the @example)', () => {
    expect(
      parseInitializations('compare', ['zeros,random:scale=10', 'he'], [[10, 2]]).map((i) => i.initialization),
    ).toEqual(['zeros', { name: 'random', scale: 10 }, 'he']);
    expect(
      parseInitializations('compare', ['variance_scaling:scale=2:mode=fan_out:distribution=uniform'], [[4, 4]])[0],
    ).toEqual({
      label: 'variance_scaling:scale=2:mode=fan_out:distribution=uniform',
      initialization: { name: 'variance_scaling', scale: 2, mode: 'fan_out', distribution: 'uniform' },
    });
  });

  it('parseInitializations: PyTorch, Keras and TensorFlow.js spellings, with their own parameter names', () => {
    expect(
      parseInitializations('compare', ['kaiming_normal_:a=0.1,HeNormal', 'random_normal:stddev=0.5'], [[10, 2]]).map(
        (i) => i.initialization,
      ),
    ).toEqual([{ name: 'kaiming_normal_', a: 0.1 }, 'HeNormal', { name: 'random_normal', stddev: 0.5 }]);
    expect(usageError(() => parseInitializations('compare', ['random_normal:std=0.5'], [[10, 2]])).message).toMatch(
      /^--init random_normal:std=0\.5: .*"std".*stddev/,
    );
    expect(usageError(() => parseInitializations('compare', ['random_norml'], [[10, 2]])).message).toBe(
      '--init: unknown initializer "random_norml" (did you mean "RandomNormal"?); `--help` lists them',
    );
  });

  it('parseFlags (the @example) and the option table (its @example)', () => {
    expect(parseFlags('compare', ['--iterations', '100', '--json'])).toEqual({ iterations: '100', json: true });
    expect(usageError(() => parseFlags('compare', ['--foo'])).message).toBe('unknown option --foo');
    expect(Object.keys(optionSpecs.verify)).toEqual([
      'help',
      'json',
      'report',
      'init',
      'runs',
      'alpha',
      'seed',
      'canary',
      'junit',
    ]);
    expect(parseFlags('compare', ['--init', 'he', '--init', 'zeros']).init).toEqual(['he', 'zeros']);
  });
});

describe('usage', () => {
  it('lists every command and option with its default, every initializer, and where paths go', () => {
    const text = usage();
    expect(text.split('\n')[0]).toBe(
      'usage: pnpm demo [compare | deep | verify | theory | audit-tfjs | lsuv | zero | mup] [options]',
    );
    for (const command of ['compare', 'deep', 'verify', 'theory', 'audit-tfjs', 'lsuv', 'zero', 'mup'] as const) {
      for (const option of Object.keys(optionSpecs[command])) {
        if (option === 'help') continue;
        expect(usage(command), `${command} --${option}`).toContain(`--${option}`);
      }
    }
    for (const name of initializerNames) expect(text).toMatch(new RegExp(`[ (,]${name}[,)\\s]`));
    expect(usage('compare')).toContain(`(default ${defaults.compare.init})`);
    expect(text).toContain('INIT_CWD');
    expect(text).toContain('Exit status: 0 success, 1 a failed conformance check, 2 a usage or I/O error.');
  });

  it('shows one command when asked (the @example)', () => {
    expect(usage('deep').split('\n')[0]).toBe('usage: pnpm demo deep [options]');
    expect(usage('deep')).not.toContain('--canary');
  });

  it('UsageError carries its command (the @example)', () => {
    const e = new UsageError('--layers must be positive integers, got "0"', 'compare');
    expect([e.name, e.command]).toEqual(['UsageError', 'compare']);
  });

  it('defaults (the @example)', () => {
    expect(defaults.compare.iterations).toBe('15000');
    expect(defaults.report).toBe('nninit-report.html');
  });
});
