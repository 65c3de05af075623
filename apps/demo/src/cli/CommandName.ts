/**
 * The demo's commands: `compare` (the default), `deep` and `verify`.
 *
 * @example
 * ```ts
 * const name: CommandName = 'verify';
 * ```
 */
export type CommandName = 'compare' | 'deep' | 'verify';
