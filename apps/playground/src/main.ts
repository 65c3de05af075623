import type { PlaygroundHandle } from './internal/PlaygroundHandle.js';
import type { Snapshot } from './internal/session/Snapshot.js';
import { formatState } from './internal/state/formatState.js';
import { DEFAULT_STATE, type PlaygroundState } from './internal/state/PlaygroundState.js';
import { parseState } from './internal/state/parseState.js';
import { drawBoundary } from './internal/views/drawBoundary.js';
import { drawLayerHistograms } from './internal/views/drawLayerHistograms.js';
import { palette } from './internal/views/palette.js';
import { type LossPoint, lossPlot, variancePlot, weightPlot } from './internal/views/plots.js';
import type { FromWorker, InitializerEntry, ToWorker } from './internal/worker/messages.js';
// Inlined, so that the built page needs no separate worker file (and works where one cannot be
// fetched, as from file://).
import TrainingWorker from './internal/worker/trainingWorker.ts?worker&inline';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Frame statistics, read by the frame-rate harness and the browser tests. */
const stats = { frames: 0, rendered: 0, snapshots: 0, busy: 0, plotRenders: 0, fastMs: 0, plotMs: 0 };

let state: PlaygroundState = DEFAULT_STATE;
let latest: Snapshot | undefined;
let points: Snapshot['points'];
let fresh = false;
let playing = false;
let lossPoints: LossPoint[] = [];
let registry: readonly InitializerEntry[] = [];
const scratch: { canvas?: HTMLCanvasElement } = {};

try {
  state = parseState(location.search);
} catch (error) {
  showError((error as Error).message);
}

const worker = new TrainingWorker();
const send = (message: ToWorker): void => worker.postMessage(message);

function showError(message: string): void {
  $('error').textContent = message;
}

function writeUrl(): void {
  history.replaceState(null, '', `?${formatState(state)}`);
}

function configure(next: PlaygroundState): void {
  state = next;
  latest = undefined;
  points = undefined;
  lossPoints = [];
  playing = false;
  updatePlayButton();
  showError('');
  writeUrl();
  send({ type: 'configure', state });
}

// ---- controls ------------------------------------------------------------------------------

const input = (id: string) => $<HTMLInputElement>(id);
const select = (id: string) => $<HTMLSelectElement>(id);

function initOrder(entries: readonly InitializerEntry[]): InitializerEntry[] {
  const first = ['zeros', 'random', 'he_normal'];
  return [
    ...first.flatMap((n) => entries.filter((e) => e.name === n)),
    ...entries.filter((e) => !first.includes(e.name)),
  ];
}

function fillInitializers(): void {
  const s = select('init');
  s.replaceChildren(
    ...initOrder(registry).map((e) => {
      const o = document.createElement('option');
      o.value = e.name;
      o.textContent =
        e.name === 'he_normal' ? 'he_normal (He)' : e.name === 'random' ? 'random (N(0,1) × scale)' : e.name;
      return o;
    }),
  );
  if (!registry.some((e) => e.name === state.init)) {
    const o = document.createElement('option');
    o.value = state.init;
    o.textContent = state.init;
    s.append(o);
  }
}

function showInitParams(): void {
  const entry = registry.find((e) => e.name === state.init);
  const container = $('initParams');
  container.replaceChildren();
  const isRandom = state.init === 'random';
  $('scaleRow').hidden = !isRandom;
  if (isRandom) {
    const scale = typeof state.initParams.scale === 'number' ? state.initParams.scale : 1;
    input('scale').value = String(Math.log10(scale));
    $('scaleOut').textContent = `× ${scale}`;
  }
  $('initReference').textContent = entry ? entry.reference : '';
  for (const name of entry?.parameters ?? []) {
    if (isRandom && name === 'scale') continue;
    const label = document.createElement('label');
    label.textContent = `${name} `;
    const field = document.createElement('input');
    field.type = 'text';
    field.name = name;
    field.placeholder = 'default';
    const v = state.initParams[name];
    field.value = v === undefined ? '' : String(v);
    field.addEventListener('change', () => {
      const params = { ...state.initParams };
      const text = field.value.trim();
      if (text === '') delete params[name];
      else params[name] = Number.isFinite(Number(text)) ? Number(text) : text;
      configure({ ...state, initParams: params, at: 0 });
    });
    label.append(field);
    container.append(label);
  }
}

function showState(): void {
  select('dataset').value = state.dataset;
  input('noise').value = String(state.noise);
  input('nTrain').value = String(state.nTrain);
  input('nTest').value = String(state.nTest);
  input('depth').value = String(state.hidden.length);
  $('depthOut').textContent = String(state.hidden.length);
  input('width').value = String(state.hidden[0]);
  $('widthOut').textContent = String(state.hidden[0]);
  input('hidden').value = state.hidden.join(',');
  select('activation').value = state.activation;
  select('init').value = state.init;
  select('optimizer').value = state.optimizer;
  input('lr').value = String(state.learningRate);
  input('batch').value = String(state.batchSize);
  input('seed').value = String(state.seed);
  showInitParams();
}

/** Reads a control into a candidate state; a bad value is shown, not run. */
function onControl(change: (s: PlaygroundState) => PlaygroundState): () => void {
  return () => {
    try {
      const next = parseState(formatState({ ...change(state), at: 0 }));
      configure(next);
      showState();
    } catch (error) {
      showError((error as Error).message);
    }
  };
}

const num = (id: string) => Number(input(id).value);
select('dataset').addEventListener(
  'change',
  onControl((s) => ({ ...s, dataset: select('dataset').value as PlaygroundState['dataset'] })),
);
input('noise').addEventListener(
  'change',
  onControl((s) => ({ ...s, noise: num('noise') })),
);
input('nTrain').addEventListener(
  'change',
  onControl((s) => ({ ...s, nTrain: num('nTrain') })),
);
input('nTest').addEventListener(
  'change',
  onControl((s) => ({ ...s, nTest: num('nTest') })),
);
input('depth').addEventListener('input', () => {
  $('depthOut').textContent = input('depth').value;
});
input('width').addEventListener('input', () => {
  $('widthOut').textContent = input('width').value;
});
const uniform = () => Array.from({ length: num('depth') }, () => num('width'));
input('depth').addEventListener(
  'change',
  onControl((s) => ({ ...s, hidden: uniform() })),
);
input('width').addEventListener(
  'change',
  onControl((s) => ({ ...s, hidden: uniform() })),
);
input('hidden').addEventListener(
  'change',
  onControl((s) => ({
    ...s,
    hidden: input('hidden')
      .value.split(',')
      .map((t) => Number(t.trim())),
  })),
);
select('activation').addEventListener(
  'change',
  onControl((s) => ({ ...s, activation: select('activation').value as PlaygroundState['activation'] })),
);
select('init').addEventListener(
  'change',
  onControl((s) => {
    const init = select('init').value;
    return { ...s, init, initParams: init === 'random' ? { scale: 1 } : {} };
  }),
);
input('scale').addEventListener('input', () => {
  $('scaleOut').textContent = `× ${Number((10 ** num('scale')).toPrecision(3))}`;
});
input('scale').addEventListener(
  'change',
  onControl((s) => ({ ...s, initParams: { ...s.initParams, scale: Number((10 ** num('scale')).toPrecision(3)) } })),
);
select('optimizer').addEventListener(
  'change',
  onControl((s) => ({ ...s, optimizer: select('optimizer').value as PlaygroundState['optimizer'] })),
);
input('lr').addEventListener(
  'change',
  onControl((s) => ({ ...s, learningRate: num('lr') })),
);
input('batch').addEventListener(
  'change',
  onControl((s) => ({ ...s, batchSize: num('batch') })),
);
input('seed').addEventListener(
  'change',
  onControl((s) => ({ ...s, seed: num('seed') })),
);

function updatePlayButton(): void {
  const b = $('play');
  b.textContent = playing ? 'Pause' : 'Play';
  b.setAttribute('aria-pressed', String(playing));
}

function togglePlay(): void {
  playing = !playing;
  updatePlayButton();
  send({ type: playing ? 'play' : 'pause' });
}
$('play').addEventListener('click', togglePlay);
$('step').addEventListener('click', () => {
  playing = false;
  updatePlayButton();
  send({ type: 'step' });
});
$('reset').addEventListener('click', () => configure({ ...state, at: 0 }));
document.addEventListener('keydown', (event) => {
  // Space plays and pauses from anywhere but a control that takes typing or its own Space.
  const target = event.target as HTMLElement;
  if (event.key === ' ' && !['INPUT', 'SELECT', 'BUTTON', 'TEXTAREA'].includes(target.tagName)) {
    event.preventDefault();
    togglePlay();
  }
});

// ---- worker reports --------------------------------------------------------------------------

worker.onmessage = (event: MessageEvent<FromWorker>) => {
  const m = event.data;
  if (m.type === 'registry') {
    registry = m.initializers;
    fillInitializers();
    showState();
    return;
  }
  if (m.type === 'error') {
    playing = false;
    updatePlayButton();
    showError(m.message);
    return;
  }
  latest = m.snapshot;
  if (m.snapshot.points) points = m.snapshot.points;
  fresh = true;
  stats.snapshots++;
  const last = lossPoints[lossPoints.length - 1];
  if (last === undefined || last.iteration !== m.snapshot.iteration) {
    lossPoints.push(
      { iteration: m.snapshot.iteration, loss: m.snapshot.trainLoss, set: 'train' },
      { iteration: m.snapshot.iteration, loss: m.snapshot.testLoss, set: 'test' },
    );
    if (lossPoints.length > 2000) lossPoints = lossPoints.filter((_, i) => i % 4 < 2);
  }
  dirty.loss = dirty.variance = true;
  dirty.weights = m.snapshot.layers.map(() => true);
  if (!m.playing || performance.now() - lastUrlWrite > 1000) {
    state = { ...state, at: m.snapshot.iteration };
    writeUrl();
    lastUrlWrite = performance.now();
  }
};
let lastUrlWrite = 0;

// ---- frames ----------------------------------------------------------------------------------

const dirty = { loss: false, variance: false, weights: [] as boolean[] };
const lastRender = { loss: 0, variance: 0, weights: 0 };
let weightCursor = 0;

/** The cheap views: numbers, the decision surface and the per-layer histograms (canvas). */
function renderFast(s: Snapshot): void {
  $('iteration').textContent = String(s.iteration);
  const tl = $('trainLoss');
  tl.textContent = s.trainLoss.toPrecision(6);
  tl.dataset.value = String(s.trainLoss);
  $('testLoss').textContent = s.testLoss.toPrecision(6);
  $('testLoss').dataset.value = String(s.testLoss);
  $('accuracy').textContent = `${(s.trainAccuracy * 100).toFixed(1)} % / ${(s.testAccuracy * 100).toFixed(1)} %`;
  $('accuracy').dataset.test = String(s.testAccuracy);
  $('rate').textContent = s.iterationsPerSecond > 0 ? Math.round(s.iterationsPerSecond).toLocaleString('en') : '–';
  drawBoundary($<HTMLCanvasElement>('boundary'), s.grid, points, scratch);
  drawLayerHistograms($<HTMLCanvasElement>('activations'), s.layers, 'activation', palette[0] as string);
  drawLayerHistograms($<HTMLCanvasElement>('gradients'), s.layers, 'gradient', palette[1] as string);
  const same = s.layers.filter((l) => l.identicalUnits);
  const box = $('identical');
  box.dataset.layers = same.map((l) => l.layer).join(',');
  const text =
    same.length === 0
      ? ''
      : `Identical units: in ${same.map((l) => `layer ${l.layer} (${l.units} units)`).join(', ')} every hidden unit has the same weights and bias, so they compute the same thing and get the same gradient: training cannot tell them apart (the symmetry zeros never breaks).`;
  if (box.textContent !== text) box.textContent = text;
}

/**
 * One Observable Plot view per frame at most, each at a bounded rate: re-rendering every SVG
 * on every frame is what kept an earlier version of this page at 14 frames per second.
 */
function renderOnePlot(s: Snapshot, now: number): void {
  const width = Math.min(560, $('results').clientWidth - 20);
  if (dirty.loss && now - lastRender.loss > 400) {
    $('loss').replaceChildren(lossPlot(lossPoints, Math.max(320, width)));
    dirty.loss = false;
    lastRender.loss = now;
  } else if (dirty.variance && now - lastRender.variance > 1000) {
    $('variance').replaceChildren(variancePlot(s.layers, Math.max(320, width)));
    dirty.variance = false;
    lastRender.variance = now;
  } else if (dirty.weights.some(Boolean) && now - lastRender.weights > 250) {
    const container = $('weights');
    while (container.children.length > s.layers.length) container.lastElementChild?.remove();
    for (let k = 0; k < s.layers.length; k++) {
      const i = (weightCursor + k) % s.layers.length;
      if (!dirty.weights[i]) continue;
      const plot = weightPlot(s.layers[i]!, 270);
      const slot = container.children[i];
      if (slot) slot.replaceWith(plot);
      else container.append(plot);
      dirty.weights[i] = false;
      weightCursor = i + 1;
      break;
    }
    lastRender.weights = now;
  } else return;
  stats.plotRenders++;
}

function frame(): void {
  const t0 = performance.now();
  stats.frames++;
  if (latest !== undefined) {
    if (fresh) {
      renderFast(latest);
      fresh = false;
      stats.rendered++;
    }
    const t1 = performance.now();
    stats.fastMs += t1 - t0;
    renderOnePlot(latest, t1);
    stats.plotMs += performance.now() - t1;
  }
  stats.busy += performance.now() - t0;
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);

const handle: PlaygroundHandle = Object.freeze({
  stats,
  state: () => state,
  latest: () => latest,
  playing: () => playing,
});
Object.defineProperty(globalThis, '__playground', { value: handle });

showState();
configure(state);
