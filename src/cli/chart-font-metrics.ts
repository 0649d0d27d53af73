/**
 * Writes src/charts/chart-font-metrics.ts: the advance width of every character of the chart font
 * the site ships (the @font-face rules of src/styles/chart-font.css, read here), and its ascent and
 * descent, from the font files themselves. The charts lay their labels out with these figures at
 * build time, so where a label goes does not depend on the fonts of the machine that builds or
 * reads the site.
 *
 *   node src/cli/chart-font-metrics.ts          write the table
 *   node src/cli/chart-font-metrics.ts --check  fail if the table differs from the font files
 *
 * Run it after changing chart-font.css or updating @fontsource/noto-sans;
 * tests/unit/chart-font-metrics.test.ts fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chartFontModule } from './chart-font/table.ts';

const target = fileURLToPath(new URL('../charts/chart-font-metrics.ts', import.meta.url));
const source = chartFontModule();
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== source) {
    console.error(`${target} does not match the font files: run node src/cli/chart-font-metrics.ts`);
    process.exit(1);
  }
  console.log(`${target} matches the font files`);
} else {
  writeFileSync(target, source);
  console.log(`wrote ${target}`);
}
