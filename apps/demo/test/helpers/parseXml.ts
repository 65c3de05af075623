/** An element of a parsed XML/SVG document. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The concatenated text directly inside the element, entities decoded. */
  text: string;
}

const decode = (s: string): string =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] as string,
  );

/**
 * A strict little parser for the XML the demo emits (SVG plots, JUnit reports): elements,
 * double-quoted attributes, text and the five predefined entities; a processing instruction at
 * the start is skipped. It throws on anything malformed — an unclosed or mismatched tag, a
 * stray `<` or `&`, two roots — so a test that parses a plot also proves it is well-formed.
 */
export function parseXml(source: string): XmlElement {
  const text = source.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let last = 0;
  // biome-ignore lint/suspicious/noAssignInExpressions: the usual RegExp.exec loop
  while ((m = token.exec(text)) !== null) {
    last = token.lastIndex;
    const [, closing, name, attrs, selfClosing, chars] = m;
    if (chars !== undefined) {
      if (/&(?!(amp|lt|gt|quot|#39);)/.test(chars))
        throw new Error(`parseXml: bare & in ${JSON.stringify(chars.slice(0, 40))}`);
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (chars.trim() !== '') throw new Error('parseXml: text outside the root');
        continue;
      }
      top.text += decode(chars);
      continue;
    }
    if (closing === '/') {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`parseXml: </${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of (attrs ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) attributes[a[1] as string] = decode(a[2] as string);
    const element: XmlElement = { name: name as string, attributes, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      if (root !== undefined) throw new Error('parseXml: two root elements');
      root = element;
    } else parent.children.push(element);
    if (selfClosing !== '/') stack.push(element);
  }
  if (last !== text.length) throw new Error(`parseXml: cannot parse at ${JSON.stringify(text.slice(last, last + 40))}`);
  if (stack.length > 0) throw new Error(`parseXml: <${stack[stack.length - 1]?.name}> is never closed`);
  if (root === undefined) throw new Error('parseXml: no element');
  return root;
}

/** Every element below `root` (itself included) that satisfies `test`, in document order. */
export function findAll(root: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = test(root) ? [root] : [];
  for (const child of root.children) found.push(...findAll(child, test));
  return found;
}

/** Elements with this class (SVG `class` attribute, space-separated). */
export const byClass = (root: XmlElement, cls: string): XmlElement[] =>
  findAll(root, (e) => (e.attributes.class ?? '').split(' ').includes(cls));
