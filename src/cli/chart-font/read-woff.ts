/**
 * Reads what the chart layout needs from the chart font's files: each character's advance width
 * and the font's ascent and descent, in font units. WOFF 1 files (zlib tables, which node:zlib
 * reads) of the same fonts as the WOFF 2 files the site serves: @fontsource ships both from one
 * source, with the same glyphs and metrics.
 */
import { inflateSync } from 'node:zlib';

/** One @font-face of src/styles/chart-font.css: its weight, file and unicode-range. */
export interface FontFace {
  weight: number;
  /** The src url as written, e.g. "../../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2". */
  url: string;
  ranges: [number, number][];
}

/** The @font-face rules of a stylesheet (only the descriptors the table needs). */
export function parseFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body], i) => {
    const weight = /font-weight:\s*(\d+)/.exec(body!)?.[1];
    const url = /src:\s*url\('([^']+)'\)/.exec(body!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
    if (!weight || !url || !range)
      throw new Error(`@font-face ${i + 1}: expected font-weight, src: url('…') and unicode-range; found ${body!.trim()}`);
    const ranges = range.split(',').map((part): [number, number] => {
      const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(lo!, 16), parseInt(hi!, 16)];
    });
    return { weight: Number(weight), url, ranges };
  });
}

/** The sfnt tables of a WOFF 1 file, decompressed. */
export function woffTables(bytes: Buffer, name: string): Map<string, Buffer> {
  if (bytes.toString('latin1', 0, 4) !== 'wOFF')
    throw new Error(`${name}: expected a WOFF file (wOFF); found ${bytes.toString('latin1', 0, 4)}`);
  const tables = new Map<string, Buffer>();
  const count = bytes.readUInt16BE(12);
  for (let i = 0; i < count; i += 1) {
    const entry = 44 + i * 20;
    const tag = bytes.toString('latin1', entry, entry + 4);
    const offset = bytes.readUInt32BE(entry + 4);
    const compressed = bytes.readUInt32BE(entry + 8);
    const original = bytes.readUInt32BE(entry + 12);
    const data = bytes.subarray(offset, offset + compressed);
    tables.set(tag, compressed < original ? inflateSync(data) : Buffer.from(data));
  }
  return tables;
}

/** Code point → glyph id, from the cmap's Unicode subtable (format 12 if there is one, else 4). */
function characterMap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  }));
  const full = subtables.find((s) => s.platform === 3 && s.encoding === 10 && cmap.readUInt16BE(s.offset) === 12);
  const bmp = subtables.find((s) => s.platform === 3 && s.encoding === 1 && cmap.readUInt16BE(s.offset) === 4);
  if (full) {
    const groups = cmap.readUInt32BE(full.offset + 12);
    for (let g = 0; g < groups; g += 1) {
      const at = full.offset + 16 + g * 12;
      const [start, end, glyph] = [cmap.readUInt32BE(at), cmap.readUInt32BE(at + 4), cmap.readUInt32BE(at + 8)];
      for (let c = start; c <= end; c += 1) map.set(c, glyph + c - start);
    }
    return map;
  }
  if (!bmp) throw new Error('cmap: expected a Unicode subtable (3,10 format 12 or 3,1 format 4); found none');
  const at = bmp.offset;
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const [end, start] = [cmap.readUInt16BE(ends + s * 2), cmap.readUInt16BE(starts + s * 2)];
    const [delta, rangeOffset] = [cmap.readInt16BE(deltas + s * 2), cmap.readUInt16BE(rangeOffsets + s * 2)];
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      const glyph = rangeOffset === 0 ? (c + delta) & 0xffff : cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2) || 0;
      const id = rangeOffset === 0 || glyph === 0 ? glyph : (glyph + delta) & 0xffff;
      if (id !== 0) map.set(c, id);
    }
  }
  return map;
}

/** A character's advance, and how far its ink reaches past the advance on the left and on the right (0 when it does not). */
export interface Advance {
  width: number;
  left: number;
  right: number;
}

/** A font's metrics in font units: advance width per code point, and the line box above and below the baseline. */
export interface FontMetrics {
  unitsPerEm: number;
  /**
   * The line box's ascent as browsers take it for text boxes (SVG getBBox): the hhea or OS/2
   * typographic figure, the larger (Noto Sans sets USE_TYPO_METRICS, so Windows takes the
   * typographic one too, not its clipping bounds).
   */
  ascent: number;
  /** The line box's descent, likewise, as a positive number. */
  descent: number;
  advances: Map<number, Advance>;
}

/** Each glyph's horizontal ink extent (xMin, xMax) from the glyf table's headers; [0, 0] for an empty glyph. */
function inkExtents(head: Buffer, loca: Buffer, glyf: Buffer): (glyph: number) => [number, number] {
  const long = head.readInt16BE(50) === 1;
  const offset = (glyph: number) => (long ? loca.readUInt32BE(glyph * 4) : loca.readUInt16BE(glyph * 2) * 2);
  return (glyph) => {
    const start = offset(glyph);
    if (offset(glyph + 1) === start) return [0, 0];
    return [glyf.readInt16BE(start + 2), glyf.readInt16BE(start + 6)];
  };
}

/** Metrics of one font file, for the code points of `ranges` only (those the browser takes from it). */
export function fontMetrics(bytes: Buffer, name: string, ranges: readonly [number, number][]): FontMetrics {
  const tables = woffTables(bytes, name);
  const table = (tag: string) => {
    const found = tables.get(tag);
    if (!found) throw new Error(`${name}: expected a ${tag} table; found none`);
    return found;
  };
  const [head, hhea, hmtx, os2] = [table('head'), table('hhea'), table('hmtx'), table('OS/2')];
  const metricsCount = hhea.readUInt16BE(34);
  const advanceOf = (glyph: number) => hmtx.readUInt16BE(Math.min(glyph, metricsCount - 1) * 4);
  const ink = inkExtents(head, table('loca'), table('glyf'));
  const advances = new Map<number, Advance>();
  for (const [code, glyph] of characterMap(table('cmap'))) {
    if (!ranges.some(([lo, hi]) => code >= lo && code <= hi)) continue;
    const width = advanceOf(glyph);
    const [xMin, xMax] = ink(glyph);
    advances.set(code, { width, left: Math.max(0, -xMin), right: Math.max(0, xMax - width) });
  }
  return {
    unitsPerEm: head.readUInt16BE(18),
    ascent: Math.max(hhea.readInt16BE(4), os2.readInt16BE(68)),
    descent: Math.max(-hhea.readInt16BE(6), -os2.readInt16BE(70)),
    advances,
  };
}

/**
 * One weight's metrics over all its files. Where two files' ranges share a code point, the wider
 * advance is kept: the table must never undercount what a browser draws.
 */
export function mergeMetrics(parts: readonly FontMetrics[]): FontMetrics {
  const advances = new Map<number, Advance>();
  for (const part of parts)
    for (const [code, advance] of part.advances) {
      const known = advances.get(code) ?? { width: 0, left: 0, right: 0 };
      advances.set(code, {
        width: Math.max(advance.width, known.width),
        left: Math.max(advance.left, known.left),
        right: Math.max(advance.right, known.right),
      });
    }
  const units = new Set(parts.map((part) => part.unitsPerEm));
  if (units.size !== 1) throw new Error(`chart font: expected one unitsPerEm in every file; found ${[...units].join(', ')}`);
  return {
    unitsPerEm: parts[0]!.unitsPerEm,
    ascent: Math.max(...parts.map((part) => part.ascent)),
    descent: Math.max(...parts.map((part) => part.descent)),
    advances,
  };
}

/** The TypeScript module holding the table, formatted as prettier formats it. */
export function metricsModule(family: string, byWeight: ReadonlyMap<number, FontMetrics>): string {
  const all = [...byWeight.values()];
  const entries = (metrics: FontMetrics) =>
    [...metrics.advances]
      .sort(([a], [b]) => a - b)
      .map(([code, { width, left, right }]) => `${code.toString(16)}:${width}${left || right ? `:${left}:${right}` : ''}`)
      .reduce<string[]>((lines, entry) => {
        const last = lines.at(-1);
        if (last !== undefined && last.length + entry.length < 120) lines[lines.length - 1] = `${last} ${entry}`;
        else lines.push(entry);
        return lines;
      }, []);
  const weights = [...byWeight]
    .sort(([a], [b]) => a - b)
    .map(
      ([weight, metrics]) =>
        `  ${weight}: [\n${entries(metrics)
          .map((line) => `    '${line}',\n`)
          .join('')}  ].join(' '),\n`,
    )
    .join('');
  return `/**
 * Written by src/cli/chart-font-metrics.ts from the chart font's files (src/styles/chart-font.css);
 * do not edit. Each weight's characters as "code point in hex:advance width", followed by
 * ":left:right" when its ink reaches past the advance (by that much on either side), in font units.
 */
export const CHART_FONT_FAMILY = '${family}';
export const UNITS_PER_EM = ${all[0]!.unitsPerEm};
export const ASCENT = ${Math.max(...all.map((m) => m.ascent))};
export const DESCENT = ${Math.max(...all.map((m) => m.descent))};
export const ADVANCES: Record<number, string> = {
${weights}};
`;
}
