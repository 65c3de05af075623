/**
 * The raw values `util.parseArgs` read for one command: strings (or lists, for `--init`) and
 * booleans, before validation.
 *
 * @example
 * ```ts
 * const flags: Flags = { iterations: '100', json: true, init: ['he'] };
 * ```
 */
export type Flags = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
