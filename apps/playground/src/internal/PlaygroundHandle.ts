import type { Snapshot } from './session/Snapshot.js';
import type { PlaygroundState } from './state/PlaygroundState.js';

/**
 * What the page exposes as `globalThis.__playground`, read-only, for the frame-rate harness and
 * the browser tests: frame counters, the state and the latest snapshot.
 */
export interface PlaygroundHandle {
  readonly stats: {
    /** requestAnimationFrame callbacks. */
    frames: number;
    /** Frames that drew a new snapshot. */
    rendered: number;
    snapshots: number;
    /** Main-thread milliseconds spent in frame callbacks. */
    busy: number;
    plotRenders: number;
    /** Milliseconds in the canvas and text views, and in Observable Plot renders. */
    fastMs: number;
    plotMs: number;
  };
  readonly state: () => PlaygroundState;
  readonly latest: () => Snapshot | undefined;
  readonly playing: () => boolean;
}
