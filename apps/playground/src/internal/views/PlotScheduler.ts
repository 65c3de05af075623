import { byId } from '../page/byId.js';
import type { Snapshot } from '../session/Snapshot.js';
import { type LossPoint, lossPlot, variancePlot, weightPlot } from './plots.js';

/**
 * Renders the Observable Plot views, one per frame at most and each at a bounded rate (loss
 * every 400 ms, variance every second, one layer's weights every 250 ms, in turn): re-rendering
 * every SVG on every frame is what kept an earlier version of this page at 14 frames per second.
 */
export class PlotScheduler {
  private dirty = { loss: false, variance: false, weights: [] as boolean[] };
  private readonly lastRender = { loss: 0, variance: 0, weights: 0 };
  private weightCursor = 0;

  /** A new snapshot arrived: every view is out of date. */
  invalidate(layers: number): void {
    this.dirty = { loss: true, variance: true, weights: Array.from({ length: layers }, () => true) };
  }

  /** Renders the next view that is out of date and due; returns whether one was rendered. */
  renderOne(s: Snapshot, lossPoints: readonly LossPoint[], now: number): boolean {
    const { dirty, lastRender } = this;
    const width = Math.max(320, Math.min(560, byId('results').clientWidth - 20));
    if (dirty.loss && now - lastRender.loss > 400) {
      byId('loss').replaceChildren(lossPlot(lossPoints, width));
      dirty.loss = false;
      lastRender.loss = now;
    } else if (dirty.variance && now - lastRender.variance > 1000) {
      byId('variance').replaceChildren(variancePlot(s.layers, width));
      dirty.variance = false;
      lastRender.variance = now;
    } else if (dirty.weights.some(Boolean) && now - lastRender.weights > 250) {
      const container = byId('weights');
      while (container.children.length > s.layers.length) container.lastElementChild?.remove();
      for (let k = 0; k < s.layers.length; k++) {
        const i = (this.weightCursor + k) % s.layers.length;
        if (!dirty.weights[i]) continue;
        const plot = weightPlot(s.layers[i]!, 270);
        const slot = container.children[i];
        if (slot) slot.replaceWith(plot);
        else container.append(plot);
        dirty.weights[i] = false;
        this.weightCursor = i + 1;
        break;
      }
      lastRender.weights = now;
    } else return false;
    return true;
  }
}
