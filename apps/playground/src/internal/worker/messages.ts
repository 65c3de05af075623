import type { Snapshot } from '../session/Snapshot.js';
import type { PlaygroundState } from '../state/PlaygroundState.js';

/** The page's commands to the training worker. */
export type ToWorker =
  | { readonly type: 'configure'; readonly state: PlaygroundState }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'step' };

/** An initializer as the page lists it (from @nninit/init's registry, read in the worker). */
export interface InitializerEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly parameters: readonly string[];
  readonly random: boolean;
  readonly reference: string;
}

/** The worker's reports. */
export type FromWorker =
  | { readonly type: 'registry'; readonly initializers: readonly InitializerEntry[] }
  | { readonly type: 'snapshot'; readonly snapshot: Snapshot; readonly playing: boolean }
  | { readonly type: 'error'; readonly message: string };
