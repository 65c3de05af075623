import { byId } from '../page/byId.js';
import type { Page } from '../page/Page.js';
import { showInitParams } from './showInitParams.js';

/** Sets every control to the page's state (after a URL is read, or a control was normalized). */
export function showState(page: Page): void {
  const { state } = page;
  const value = (id: string, v: string) => {
    byId<HTMLInputElement | HTMLSelectElement>(id).value = v;
  };
  value('dataset', state.dataset);
  value('noise', String(state.noise));
  value('nTrain', String(state.nTrain));
  value('nTest', String(state.nTest));
  value('depth', String(state.hidden.length));
  byId('depthOut').textContent = String(state.hidden.length);
  value('width', String(state.hidden[0]));
  byId('widthOut').textContent = String(state.hidden[0]);
  value('hidden', state.hidden.join(','));
  value('activation', state.activation);
  value('init', state.init);
  value('optimizer', state.optimizer);
  value('lr', String(state.learningRate));
  value('batch', String(state.batchSize));
  value('seed', String(state.seed));
  showInitParams(page);
}
