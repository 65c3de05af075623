import { parseXml, type XmlElement } from './parseXml.js';

/** Every inline `<svg>…</svg>` of an HTML page, parsed (which also proves each is well-formed). */
export function svgsOf(html: string): XmlElement[] {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => parseXml(m[0]));
}
