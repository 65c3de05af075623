import type { PlaygroundState } from './PlaygroundState.js';

/**
 * The URL query of a state, every key written (so a link keeps meaning the same run even if the
 * defaults change); {@link parseState} reads it back to an equal state. Numbers are written with
 * JavaScript's shortest round-trip form, so a learning rate or a scale survives exactly.
 */
export function formatState(state: PlaygroundState): string {
  const params = new URLSearchParams();
  params.set('dataset', state.dataset);
  params.set('noise', String(state.noise));
  params.set('train', String(state.nTrain));
  params.set('test', String(state.nTest));
  params.set('hidden', state.hidden.join(','));
  params.set('activation', state.activation);
  params.set('init', state.init);
  for (const [k, v] of Object.entries(state.initParams)) params.set(`p.${k}`, String(v));
  params.set('optimizer', state.optimizer);
  params.set('lr', String(state.learningRate));
  params.set('batch', String(state.batchSize));
  params.set('seed', String(state.seed));
  params.set('at', String(state.at));
  return params.toString();
}
