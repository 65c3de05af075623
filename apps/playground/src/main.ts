import { bindControls } from './internal/controls/bindControls.js';
import { showState } from './internal/controls/showState.js';
import type { PlaygroundHandle } from './internal/PlaygroundHandle.js';
import { Page } from './internal/page/Page.js';
import { receive } from './internal/page/receive.js';
import { DEFAULT_STATE, type PlaygroundState } from './internal/state/PlaygroundState.js';
import { parseState } from './internal/state/parseState.js';
import { PlotScheduler } from './internal/views/PlotScheduler.js';
import { renderFastViews } from './internal/views/renderFastViews.js';
import type { FromWorker, ToWorker } from './internal/worker/messages.js';
// Inlined, so that the built page needs no separate worker file (and works where one cannot be
// fetched, as from file://).
import TrainingWorker from './internal/worker/trainingWorker.ts?worker&inline';

// The page: the state from the URL, the training worker, the controls, and a frame loop that
// draws the latest snapshot (the cheap views every frame, one Observable Plot view at most).
let initial: PlaygroundState = DEFAULT_STATE;
let urlError = '';
try {
  initial = parseState(location.search);
} catch (error) {
  urlError = (error as Error).message;
}

const worker = new TrainingWorker();
const page = new Page(initial, (message: ToWorker) => worker.postMessage(message));
const plots = new PlotScheduler();
const urlWritten = { at: 0 };
const scratch: { canvas?: HTMLCanvasElement } = {};
worker.onmessage = (event: MessageEvent<FromWorker>) => receive(page, event.data, plots, urlWritten);
bindControls(page);

function frame(): void {
  const { stats, latest } = page;
  const t0 = performance.now();
  stats.frames++;
  if (latest !== undefined) {
    if (page.fresh) {
      renderFastViews(latest, page.points, scratch);
      page.fresh = false;
      stats.rendered++;
    }
    const t1 = performance.now();
    stats.fastMs += t1 - t0;
    if (plots.renderOne(latest, page.lossPoints, t1)) stats.plotRenders++;
    stats.plotMs += performance.now() - t1;
  }
  stats.busy += performance.now() - t0;
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);

const handle: PlaygroundHandle = Object.freeze({
  stats: page.stats,
  state: () => page.state,
  latest: () => page.latest,
  playing: () => page.playing,
});
Object.defineProperty(globalThis, '__playground', { value: handle });

showState(page);
page.configure(initial);
if (urlError !== '') page.showError(urlError);
