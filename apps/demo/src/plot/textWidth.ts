/**
 * Advance widths of DejaVu Sans Book, in em, for printable ASCII (code points 32–126). DejaVu is
 * what `system-ui`/`sans-serif` resolve to on Debian, where the report is tested, and it is wider
 * than the macOS and Windows system fonts, so a layout that fits it fits them.
 */
const ASCII = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337, 0.636, 0.636,
  0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1, 0.684, 0.686,
  0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635,
  0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615,
  0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592,
  0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
];

/** Superscript digits and signs (log-axis ticks), and Greek letters: narrower than the fallback. */
const NARROW = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]/u;
const GREEK = /[\u0370-\u03ff]/u;

/**
 * An upper estimate of the width in pixels of one line of text, from DejaVu Sans's advance
 * widths (bold: DejaVu Sans Bold, about 12 % wider); characters outside ASCII count 0.42 em
 * (superscripts), 0.66 em (Greek) or 0.84 em (symbols such as ×, √, ≤, →). The plots are SVG
 * strings made without a browser, so there is nothing to measure; the report's layout test
 * measures the real text in Chromium and checks that these estimates leave enough room.
 *
 * @example
 * ```ts
 * textWidth('he', 10); // 12.49
 * ```
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) {
    const code = c.codePointAt(0) as number;
    em +=
      code >= 32 && code <= 126 ? (ASCII[code - 32] as number) : NARROW.test(c) ? 0.42 : GREEK.test(c) ? 0.66 : 0.84;
  }
  return Math.round(em * fontSize * (bold ? 1.12 : 1) * 100) / 100;
}
