import { byId } from '../page/byId.js';
import type { Page } from '../page/Page.js';

/**
 * The chosen initializer's parameters as text fields (empty: its default), its reference, and
 * for `random` the scale slider instead of a field. A changed field starts a new run.
 */
export function showInitParams(page: Page): void {
  const { state } = page;
  const entry = page.registry.find((e) => e.name === state.init);
  const container = byId('initParams');
  container.replaceChildren();
  const isRandom = state.init === 'random';
  byId('scaleRow').hidden = !isRandom;
  if (isRandom) {
    const scale = typeof state.initParams.scale === 'number' ? state.initParams.scale : 1;
    byId<HTMLInputElement>('scale').value = String(Math.log10(scale));
    byId('scaleOut').textContent = `× ${scale}`;
  }
  byId('initReference').textContent = entry ? entry.reference : '';
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
      const params = { ...page.state.initParams };
      const text = field.value.trim();
      if (text === '') delete params[name];
      else params[name] = Number.isFinite(Number(text)) ? Number(text) : text;
      page.configure({ ...page.state, initParams: params, at: 0 });
    });
    label.append(field);
    container.append(label);
  }
}
