import type { Initialization } from '@nninit/init';

/**
 * An initialization as the user wrote it on the command line (`random:scale=10`) and as
 * @nninit/init takes it (`{ name: 'random', scale: 10 }`).
 *
 * @example
 * ```ts
 * const init: NamedInitialization = { label: 'random:scale=10', initialization: { name: 'random', scale: 10 } };
 * ```
 */
export interface NamedInitialization {
  readonly label: string;
  readonly initialization: Initialization;
}
