import { byId } from '../page/byId.js';
import type { Page } from '../page/Page.js';
import type { InitializerEntry } from '../worker/messages.js';

/** The notebook's three first (zeros, random with a scale, He), then the registry's order. */
const FIRST = ['zeros', 'random', 'he_normal'];

/** Fills the initializer menu from the registry the worker sent, keeping the state's choice. */
export function fillInitializers(page: Page): void {
  const order: InitializerEntry[] = [
    ...FIRST.flatMap((n) => page.registry.filter((e) => e.name === n)),
    ...page.registry.filter((e) => !FIRST.includes(e.name)),
  ];
  const menu = byId<HTMLSelectElement>('init');
  menu.replaceChildren(
    ...order.map((e) => {
      const o = document.createElement('option');
      o.value = e.name;
      o.textContent =
        e.name === 'he_normal' ? 'he_normal (He)' : e.name === 'random' ? 'random (N(0,1) × scale)' : e.name;
      return o;
    }),
  );
  if (!page.registry.some((e) => e.name === page.state.init)) {
    const o = document.createElement('option');
    o.value = page.state.init;
    o.textContent = page.state.init;
    menu.append(o);
  }
}
