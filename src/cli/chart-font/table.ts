/** The chart font's metrics module, computed from src/styles/chart-font.css and the files it names. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fontMetrics, mergeMetrics, metricsModule, parseFaces, type FontMetrics } from './read-woff.ts';

const STYLESHEET = new URL('../../styles/chart-font.css', import.meta.url);

/** The source of src/charts/chart-font-metrics.ts as the font files give it today. */
export function chartFontModule(): string {
  const css = readFileSync(STYLESHEET, 'utf8');
  const family = /font-family:\s*'([^']+)'/.exec(css)?.[1];
  if (!family) throw new Error(`${fileURLToPath(STYLESHEET)}: expected a font-family in its @font-face rules; found none`);
  const byWeight = new Map<number, FontMetrics[]>();
  for (const face of parseFaces(css)) {
    // The WOFF 1 twin of the served WOFF 2 file: the same font, in tables node:zlib can read.
    const file = fileURLToPath(new URL(face.url.replace(/\.woff2$/, '.woff'), STYLESHEET));
    const metrics = fontMetrics(readFileSync(file), file, face.ranges);
    byWeight.set(face.weight, [...(byWeight.get(face.weight) ?? []), metrics]);
  }
  return metricsModule(family, new Map([...byWeight].map(([weight, parts]) => [weight, mergeMetrics(parts)])));
}
