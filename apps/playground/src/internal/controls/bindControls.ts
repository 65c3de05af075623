import { byId } from '../page/byId.js';
import type { Page } from '../page/Page.js';
import { formatState } from '../state/formatState.js';
import type { PlaygroundState } from '../state/PlaygroundState.js';
import { parseState } from '../state/parseState.js';
import { showState } from './showState.js';

/**
 * Wires every control to the page: a changed control becomes a candidate state, checked by the
 * same parser as a URL (a bad value is shown, not run), and starts a new run; Play, Step and
 * Reset drive the worker, and Space plays and pauses from anywhere but a control of its own.
 */
export function bindControls(page: Page): void {
  const input = (id: string) => byId<HTMLInputElement>(id);
  const select = (id: string) => byId<HTMLSelectElement>(id);
  const num = (id: string) => Number(input(id).value);
  const onChange = (id: string, change: (s: PlaygroundState) => PlaygroundState): void => {
    byId(id).addEventListener('change', () => {
      try {
        page.configure(parseState(formatState({ ...change(page.state), at: 0 })));
        showState(page);
      } catch (error) {
        page.showError((error as Error).message);
      }
    });
  };
  const echo = (id: string, show: () => string): void => {
    input(id).addEventListener('input', () => {
      byId(`${id}Out`).textContent = show();
    });
  };
  const uniform = () => Array.from({ length: num('depth') }, () => num('width'));
  const scale = () => Number((10 ** num('scale')).toPrecision(3));

  onChange('dataset', (s) => ({ ...s, dataset: select('dataset').value as PlaygroundState['dataset'] }));
  onChange('noise', (s) => ({ ...s, noise: num('noise') }));
  onChange('nTrain', (s) => ({ ...s, nTrain: num('nTrain') }));
  onChange('nTest', (s) => ({ ...s, nTest: num('nTest') }));
  echo('depth', () => input('depth').value);
  echo('width', () => input('width').value);
  onChange('depth', (s) => ({ ...s, hidden: uniform() }));
  onChange('width', (s) => ({ ...s, hidden: uniform() }));
  onChange('hidden', (s) => ({
    ...s,
    hidden: input('hidden')
      .value.split(',')
      .map((t) => Number(t.trim())),
  }));
  onChange('activation', (s) => ({ ...s, activation: select('activation').value as PlaygroundState['activation'] }));
  onChange('init', (s) => {
    const init = select('init').value;
    return { ...s, init, initParams: init === 'random' ? { scale: 1 } : {} };
  });
  echo('scale', () => `× ${scale()}`);
  onChange('scale', (s) => ({ ...s, initParams: { ...s.initParams, scale: scale() } }));
  onChange('optimizer', (s) => ({ ...s, optimizer: select('optimizer').value as PlaygroundState['optimizer'] }));
  onChange('lr', (s) => ({ ...s, learningRate: num('lr') }));
  onChange('batch', (s) => ({ ...s, batchSize: num('batch') }));
  onChange('seed', (s) => ({ ...s, seed: num('seed') }));

  byId('play').addEventListener('click', () => page.setPlaying(!page.playing));
  byId('step').addEventListener('click', () => page.step());
  byId('reset').addEventListener('click', () => page.configure({ ...page.state, at: 0 }));
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === ' ' && !['INPUT', 'SELECT', 'BUTTON', 'TEXTAREA'].includes(target.tagName)) {
      event.preventDefault();
      page.setPlaying(!page.playing);
    }
  });
}
