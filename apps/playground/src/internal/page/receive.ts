import { fillInitializers } from '../controls/fillInitializers.js';
import { showState } from '../controls/showState.js';
import type { PlotScheduler } from '../views/PlotScheduler.js';
import type { FromWorker } from '../worker/messages.js';
import type { Page } from './Page.js';

/** Keeps at most this many loss points (train and test), thinning older ones by half. */
const MAX_LOSS_POINTS = 2000;

/**
 * Takes one report of the training worker into the page: the initializer registry (which fills
 * the menu), an error (which pauses and is shown), or a snapshot, which the next frame draws.
 * The URL follows the iteration: at once when paused, at most once a second while playing.
 */
export function receive(page: Page, m: FromWorker, plots: PlotScheduler, urlWritten: { at: number }): void {
  if (m.type === 'registry') {
    page.registry = m.initializers;
    fillInitializers(page);
    showState(page);
    return;
  }
  if (m.type === 'error') {
    page.setPlaying(false, false);
    page.showError(m.message);
    return;
  }
  const s = m.snapshot;
  page.latest = s;
  if (s.points) page.points = s.points;
  page.fresh = true;
  page.stats.snapshots++;
  const last = page.lossPoints[page.lossPoints.length - 1];
  if (last === undefined || last.iteration !== s.iteration) {
    page.lossPoints.push(
      { iteration: s.iteration, loss: s.trainLoss, set: 'train' },
      { iteration: s.iteration, loss: s.testLoss, set: 'test' },
    );
    if (page.lossPoints.length > MAX_LOSS_POINTS) page.lossPoints = page.lossPoints.filter((_, i) => i % 4 < 2);
  }
  plots.invalidate(s.layers.length);
  if (!m.playing || performance.now() - urlWritten.at > 1000) {
    page.state = { ...page.state, at: s.iteration };
    page.writeUrl();
    urlWritten.at = performance.now();
  }
}
