import { UsageError } from '../UsageError.js';
import type { Expectation } from './Expectation.js';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses `--expect`: `NAME` or `NAME:key=value,key=value`. A value that is a decimal number
 * (`2.236`, `-1e-3`) becomes a number, anything else stays a string (`mode=fan_out`,
 * `nonlinearity=relu`); which keys and values are valid is `initialize`'s business, so its
 * errors, with the framework's parameter names, reach the user unchanged. An empty name, a
 * part without `=`, an empty key and a key given twice are {@link UsageError}s.
 *
 * @example
 * ```ts
 * parseExpectation('kaiming_uniform_:a=2.236,mode=fan_out');
 * // { name: 'kaiming_uniform_', parameters: { a: 2.236, mode: 'fan_out' }, text: 'kaiming_uniform_:a=2.236,mode=fan_out' }
 * ```
 */
export function parseExpectation(text: string): Expectation {
  const fail = (why: string): UsageError =>
    new UsageError(
      `nninit verify: --expect must be NAME or NAME:key=value,… (e.g. "he_normal" or "kaiming_uniform_:a=2.236"), got ${JSON.stringify(text)}: ${why}`,
    );
  const colon = text.indexOf(':');
  const name = (colon < 0 ? text : text.slice(0, colon)).trim();
  if (name === '') throw fail('the name is empty');
  // A Map, then fromEntries: an assignment to parameters['__proto__'] would set the prototype.
  const parameters = new Map<string, number | string>();
  if (colon >= 0) {
    const rest = text.slice(colon + 1);
    if (rest.trim() === '') throw fail('nothing follows the colon');
    for (const part of rest.split(',')) {
      const equals = part.indexOf('=');
      if (equals < 0) throw fail(`${JSON.stringify(part)} has no "="`);
      const key = part.slice(0, equals).trim();
      const value = part.slice(equals + 1).trim();
      if (key === '') throw fail(`${JSON.stringify(part)} has no key`);
      if (value === '') throw fail(`${key} has no value`);
      if (parameters.has(key)) throw fail(`${key} is given twice`);
      parameters.set(key, NUMBER.test(value) ? Number(value) : value);
    }
  }
  return { name, parameters: Object.fromEntries(parameters), text };
}
