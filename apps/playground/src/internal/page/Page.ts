import type { Snapshot } from '../session/Snapshot.js';
import { formatState } from '../state/formatState.js';
import type { PlaygroundState } from '../state/PlaygroundState.js';
import type { LossPoint } from '../views/plots.js';
import type { InitializerEntry, ToWorker } from '../worker/messages.js';
import { byId } from './byId.js';

/**
 * What the page knows between frames: the state it shows (mirrored in the URL), the latest
 * snapshot from the training worker and the loss history, whether it is playing, and the
 * initializer registry the worker sent. The controls change it through {@link Page.configure}
 * and {@link Page.setPlaying}; the worker's reports and the frame loop read it.
 */
export class Page {
  latest: Snapshot | undefined;
  /** The data points, sent with the first snapshot of a configuration only. */
  points: Snapshot['points'];
  /** Whether `latest` arrived after the last frame drew. */
  fresh = false;
  playing = false;
  lossPoints: LossPoint[] = [];
  registry: readonly InitializerEntry[] = [];
  /** Frame statistics, read by the frame-rate harness and the browser tests. */
  readonly stats = { frames: 0, rendered: 0, snapshots: 0, busy: 0, plotRenders: 0, fastMs: 0, plotMs: 0 };

  constructor(
    public state: PlaygroundState,
    private readonly send: (message: ToWorker) => void,
  ) {}

  /** Starts over from `next`: a new run in the worker, paused, with an empty history. */
  configure(next: PlaygroundState): void {
    this.state = next;
    this.latest = undefined;
    this.points = undefined;
    this.lossPoints = [];
    this.setPlaying(false, false);
    this.showError('');
    this.writeUrl();
    this.send({ type: 'configure', state: next });
  }

  /** Plays or pauses: the button's label and pressed state, and (with `tell`) the worker. */
  setPlaying(playing: boolean, tell = true): void {
    this.playing = playing;
    const button = byId('play');
    button.textContent = playing ? 'Pause' : 'Play';
    button.setAttribute('aria-pressed', String(playing));
    if (tell) this.send({ type: playing ? 'play' : 'pause' });
  }

  step(): void {
    this.setPlaying(false, false);
    this.send({ type: 'step' });
  }

  showError(message: string): void {
    byId('error').textContent = message;
  }

  writeUrl(): void {
    history.replaceState(null, '', `?${formatState(this.state)}`);
  }
}
