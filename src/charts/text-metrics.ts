/**
 * How much room a chart label takes, from the metrics of the font the charts ship and draw with
 * (src/charts/chart-font-metrics.ts, read from the font files), not from the reader's fonts. Chart
 * text is drawn without kerning and ligatures, with unrounded advances (src/styles/chart-font.css),
 * so its width is the plain sum of its characters' advances, which these functions add up.
 */
import { ADVANCES, ASCENT, DESCENT, UNITS_PER_EM } from './chart-font-metrics.ts';

/** The weights the table holds; a label in another weight is measured with the next heavier. */
export type ChartFontWeight = 400 | 600;

/** A character's advance and its ink past the advance on either side, in font units. */
interface Glyph {
  width: number;
  left: number;
  right: number;
}

const tables = new Map<number, Map<number, Glyph>>(
  Object.entries(ADVANCES).map(([weight, entries]) => [
    Number(weight),
    new Map(
      entries.split(' ').map((entry) => {
        const [code, width, left = 0, right = 0] = entry.split(':');
        return [parseInt(code!, 16), { width: Number(width), left: Number(left), right: Number(right) }];
      }),
    ),
  ]),
);

/** A character the font lacks is drawn in a fallback font: counted a whole em, ink inside. */
const MISSING: Glyph = { width: UNITS_PER_EM, left: 0, right: 0 };

/**
 * What a browser's box may add to the font's own figures: its glyph boxes are whole device pixels,
 * rounded outwards (Chromium's "0" at 12 units is 7 wide, not its 6.86 advance), so up to a pixel
 * on each side, which is 1.25 drawing units on a chart scaled down to 80 % (a 320 px phone); and
 * 1 % for positions rounded along the text.
 */
const PIXEL_ROUNDING = 2.5;
const ROUNDING_SHARE = 0.01;

/**
 * How much wider a slanted label's box is: browsers slant a font without an italic face by a
 * quarter of its height, and the box reaches over the slanted tops of the last glyph.
 */
const SLANT = 0.25;

/**
 * The width of `text` drawn at `size` units in the chart font, as a browser's box measures it: its
 * advances, the ink reaching past them (a "J" reaches left of its start), and what a browser's
 * rounding (and a slant, for italic) may add, so the estimate is never less than what is drawn.
 * @example textWidth('2025', 13) // 4 × 572 / 1000 × 13 × 1.01 + 2.5 = 32.54
 */
export function textWidth(text: string, size: number, weight: ChartFontWeight = 400, italic = false): number {
  const table = tables.get(weight)!;
  let units = 0;
  let left = 0;
  let right = 0;
  for (const char of text.normalize('NFC')) {
    const glyph = table.get(char.codePointAt(0)!) ?? MISSING;
    units += glyph.width;
    // Ink past the advance of any glyph could reach past the text's ends: the widest on each side counts.
    left = Math.max(left, glyph.left);
    right = Math.max(right, glyph.right);
  }
  const slant = italic ? SLANT * ASCENT : 0;
  return ((units * (1 + ROUNDING_SHARE) + left + right + slant) * size) / UNITS_PER_EM + PIXEL_ROUNDING;
}

/** How far the text's box reaches above its baseline (room for Vietnamese stacked marks included). */
export const ascentOf = (size: number) => (ASCENT * size) / UNITS_PER_EM;

/** How far the text's box reaches below its baseline. */
export const descentOf = (size: number) => (DESCENT * size) / UNITS_PER_EM;
