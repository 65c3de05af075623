/// <reference lib="webworker" />
import { initializers } from '@nninit/init';
import { Session } from '../session/Session.js';
import type { Snapshot } from '../session/Snapshot.js';
import type { FromWorker, InitializerEntry, ToWorker } from './messages.js';

/**
 * The training loop, off the main thread: it trains for about TRAIN_MS, posts a snapshot (its
 * typed arrays transferred), and yields to the event loop so that pause and configure messages
 * arrive. One snapshot every ~TRAIN_MS + the snapshot's cost keeps the page above 30 new frames
 * per second for the notebook's network.
 */
const TRAIN_MS = 10;
const scope = self as unknown as DedicatedWorkerGlobalScope;
let session: Session | undefined;
let playing = false;
let sentPoints = false;
let epochsPerChunk = 1;

// Between chunks the loop yields to the event loop, so that pause and configure messages arrive.
// Not with setTimeout(loop, 0): browsers clamp a timer set from a timer callback to at least
// 4 ms once timers nest five deep (HTML Living Standard, timer initialization steps), which left
// the worker idle for a fifth of every cycle. A message to itself queues the next chunk with no
// delay; `pending` keeps one chain of them at most.
const next = new MessageChannel();
let pending = false;
next.port1.onmessage = () => {
  pending = false;
  loop();
};
function schedule(): void {
  if (pending) return;
  pending = true;
  next.port2.postMessage(null);
}

function post(message: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function transferables(s: Snapshot): Transferable[] {
  const list: Transferable[] = [s.grid.classes.buffer, s.grid.confidence.buffer];
  for (const l of s.layers) {
    list.push(l.activation.counts.buffer, l.gradient.counts.buffer, l.weights.counts.buffer);
    if (l.declared.kind === 'density') list.push(l.declared.x.buffer, l.declared.y.buffer);
  }
  if (s.points)
    list.push(s.points.train.buffer, s.points.labels.buffer, s.points.test.buffer, s.points.testLabels.buffer);
  return list as Transferable[];
}

function report(): void {
  if (session === undefined) return;
  const snapshot = session.snapshot(!sentPoints);
  sentPoints = true;
  post({ type: 'snapshot', snapshot, playing }, transferables(snapshot));
}

function fail(error: unknown): void {
  playing = false;
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}

function loop(): void {
  if (!playing || session === undefined) return;
  try {
    const start = performance.now();
    while (performance.now() - start < TRAIN_MS) {
      const t0 = performance.now();
      session.advanceEpochs(epochsPerChunk);
      const dt = performance.now() - t0;
      // Chunks of about 2 ms: long enough to amortize train()'s set-up, short enough to stop on time.
      epochsPerChunk = Math.max(1, Math.min(10_000, Math.round(epochsPerChunk * (2 / Math.max(dt, 0.05)))));
    }
    report();
    schedule();
  } catch (error) {
    fail(error);
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'configure') {
      playing = false;
      session = undefined;
      sentPoints = false;
      epochsPerChunk = 1;
      session = new Session(message.state);
      session.advanceTo(message.state.at);
      report();
    } else if (message.type === 'play') {
      if (session === undefined || playing) return;
      playing = true;
      schedule();
    } else if (message.type === 'pause') {
      playing = false;
      report();
    } else if (message.type === 'step') {
      playing = false;
      session?.advanceEpochs(1);
      report();
    }
  } catch (error) {
    fail(error);
  }
};

const entries: InitializerEntry[] = Object.values(initializers).map((i) => ({
  name: i.name,
  aliases: [...i.aliases],
  parameters: [...i.parameters],
  random: i.random,
  reference: i.reference,
}));
post({ type: 'registry', initializers: entries });
