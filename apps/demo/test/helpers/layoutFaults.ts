/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** One layout fault of a rendered plot: which text, and what is wrong with it. */
export interface LayoutFault {
  readonly plot: string;
  readonly kind: 'outside its svg' | 'overlap' | 'covered by a legend';
  readonly text: string;
  readonly other?: string;
}

/**
 * Runs in the page (playwright's `page.evaluate`, so it uses nothing from outside its body):
 * the layout faults of every `svg[data-plot]`, read from the rendered DOM's bounding boxes.
 * The items are the SVG's non-empty `<text>` elements and its legend boxes (`.legend-box`):
 *
 * - each must lie inside its SVG (a title or a legend clipped at an edge);
 * - no two texts may intersect (a legend label over a tick label, crowded ticks);
 * - a legend box may cover no text but its own legend's (a legend hiding the "8" of "800").
 *
 * Boxes are shrunk by half a pixel first, so texts that merely touch are not faults.
 */
export function layoutFaults(): { plots: number; faults: LayoutFault[] } {
  const tolerance = 0.5;
  const faults: LayoutFault[] = [];
  const svgs = [...document.querySelectorAll('svg[data-plot]')];
  for (const svg of svgs) {
    const frame = svg.getBoundingClientRect();
    const plot = svg.querySelector('title')?.textContent ?? svg.getAttribute('data-plot') ?? '';
    const items = [
      ...[...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({
          element: t as Element,
          text: t.textContent ?? '',
          box: t.getBoundingClientRect(),
          legend: false,
        })),
      ...[...svg.querySelectorAll('.legend-box')].map((b) => ({
        element: b as Element,
        text: 'legend box',
        box: b.getBoundingClientRect(),
        legend: true,
      })),
    ];
    const intersect = (a: DOMRect, b: DOMRect): boolean =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 * tolerance &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2 * tolerance;
    for (const item of items) {
      const b = item.box;
      if (
        b.left < frame.left - tolerance ||
        b.right > frame.right + tolerance ||
        b.top < frame.top - tolerance ||
        b.bottom > frame.bottom + tolerance
      )
        faults.push({ plot, kind: 'outside its svg', text: item.text });
    }
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const [a, b] = [items[i]!, items[j]!];
        if (!intersect(a.box, b.box)) continue;
        if (!a.legend && !b.legend) {
          faults.push({ plot, kind: 'overlap', text: a.text, other: b.text });
          continue;
        }
        if (a.legend && b.legend) continue;
        const [box, text] = a.legend ? [a, b] : [b, a];
        if (
          box.element.closest('.legend') !== text.element.closest('.legend') ||
          text.element.closest('.legend') === null
        )
          faults.push({ plot, kind: 'covered by a legend', text: text.text });
      }
    }
  }
  return { plots: svgs.length, faults };
}
