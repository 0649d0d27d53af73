/**
 * No chart label sits over the data: on every indicator page and the Progress deadline chart, in
 * vi and en, at 360 px and 1,280 px, each visible `<text>`'s box is clear of every data line (sampled
 * along its length with getPointAtLength, widened by half its stroke), of every marker (points,
 * target and trend ends, bars) and of every other label; and on a phone no label renders under 11 px.
 * The charts draw in their own font (src/styles/chart-font.css), so this holds whatever fonts the
 * machine has (run it with and without Debian's fonts-noto-core): each label is drawn in that font,
 * no wider than the build's estimate (src/charts/text-metrics.ts) that placed it.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FIXTURE_CONTENT } from '../support/fixture.ts';
import { CHART_FONT_FAMILY } from '../../src/charts/chart-font-metrics.ts';
import { textWidth } from '../../src/charts/text-metrics.ts';

const INDICATORS = readdirSync(`${FIXTURE_CONTENT}/indicators`)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

/** Lines and paths that carry data (not the grid, the baseline or the shaded past band). */
const DATA_LINES = 'path.series, .target line, .trend line, .today line';
/** Markers of the data: reported points, target and trend ends, and the bars' segments. */
const MARKERS = 'circle, .trend rect, rect.seg';

/**
 * The deadline chart, and the one drawing shown (wide or narrow) for each of the 5 indicators with
 * a comparable figure, counted by hand in the fixture: budget-share-sti (4 figures, 1 target),
 * digital-economy-share-gdp (2, 2), egdi-ranking (1, 1), innovation-dx-ranking (1, 1),
 * rnd-spending-share-gdp (2, 1).
 */
const CHARTS = 6;

interface Problem {
  page: string;
  problem: string;
}

/** A label as drawn: its text, size and weight, and its width in drawing units. */
interface Drawn {
  text: string;
  size: number;
  weight: number;
  italic: boolean;
  width: number;
  /** Whether the browser drew it in the chart font (every character the font has). */
  inChartFont: boolean;
}

/** Every overlap and too-small label of the charts visible on the page, once the chart font has loaded. */
async function chartProblems(
  page: import('@playwright/test').Page,
  phone: boolean,
): Promise<{ charts: number; problems: string[]; drawn: Drawn[] }> {
  return page.evaluate(
    async ({ dataLines, markers, phone, family }) => {
      // The font swaps in when it arrives; the reader then sees the layout measured for it.
      await document.fonts.ready;
      type Box = { left: number; top: number; right: number; bottom: number };
      const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const problems: string[] = [];
      const drawn: Drawn[] = [];
      const charts = [...document.querySelectorAll<SVGSVGElement>('svg.ichart, svg.deadline-chart')].filter(
        (svg) => svg.getBoundingClientRect().width > 0,
      );
      for (const svg of charts) {
        const ctm = svg.getScreenCTM()!;
        const toScreen = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(ctm);
        const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((text) => text.textContent!.trim() !== '');
        const boxes = texts.map((text) => {
          const { x, y, width, height } = text.getBBox();
          const a = toScreen(x, y);
          const b = toScreen(x + width, y + height);
          return { left: a.x, top: a.y, right: b.x, bottom: b.y, label: text.textContent!.trim() };
        });
        const name = `${svg.getAttribute('class')} «${boxes
          .map((b) => b.label)
          .join('|')
          .slice(0, 40)}…»`;
        for (const text of texts) {
          const style = getComputedStyle(text);
          const font = `${style.fontWeight} ${style.fontSize} "${family}"`;
          drawn.push({
            text: text.textContent!.trim(),
            size: parseFloat(style.fontSize),
            weight: Number(style.fontWeight),
            italic: style.fontStyle === 'italic',
            width: text.getBBox().width,
            inChartFont: style.fontFamily.startsWith(`"${family}"`) && document.fonts.check(font, text.textContent!),
          });
          const rendered = parseFloat(getComputedStyle(text).fontSize) * ctm.a;
          if (phone && rendered < 11 - 0.05) problems.push(`${name}: "${text.textContent!.trim()}" is ${rendered.toFixed(1)} px`);
        }
        // Points along every data line, each a small square as wide as the stroke.
        const strokes: Box[] = [];
        for (const line of svg.querySelectorAll<SVGGeometryElement>(dataLines)) {
          const half = (parseFloat(getComputedStyle(line).strokeWidth) * ctm.a) / 2;
          const length = line.getTotalLength();
          for (let at = 0; at <= length; at += 1) {
            const p = line.getPointAtLength(at);
            const s = toScreen(p.x, p.y);
            strokes.push({ left: s.x - half, top: s.y - half, right: s.x + half, bottom: s.y + half });
          }
        }
        const marks = [...svg.querySelectorAll<SVGGraphicsElement>(markers)].map((m) => m.getBoundingClientRect());
        boxes.forEach((box, i) => {
          if (strokes.some((s) => overlaps(box, s))) problems.push(`${name}: "${box.label}" is over a data line`);
          if (marks.some((m) => overlaps(box, m))) problems.push(`${name}: "${box.label}" is over a marker`);
          for (const other of boxes.slice(i + 1)) {
            if (overlaps(box, other)) problems.push(`${name}: "${box.label}" overlaps "${other.label}"`);
          }
        });
      }
      return { charts: charts.length, problems, drawn };
    },
    { dataLines: DATA_LINES, markers: MARKERS, phone, family: CHART_FONT_FAMILY },
  );
}

for (const width of [360, 1280]) {
  for (const locale of ['vi', 'en']) {
    test(`chart labels stay clear of the data at ${width} px in ${locale}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      const problems: Problem[] = [];
      let charts = 0;
      for (const path of [`/${locale}/progress/`, ...INDICATORS.map((id) => `/${locale}/indicators/${id}/`)]) {
        await page.goto(path);
        const found = await chartProblems(page, width === 360);
        charts += found.charts;
        for (const problem of found.problems) problems.push({ page: path, problem });
        for (const label of found.drawn) {
          if (!label.inChartFont) problems.push({ page: path, problem: `"${label.text}" is not drawn in ${CHART_FONT_FAMILY}` });
          const estimate = textWidth(label.text, label.size, label.weight >= 600 ? 600 : 400, label.italic);
          if (label.width > estimate + 0.01)
            problems.push({ page: path, problem: `"${label.text}" is ${label.width} wide, more than the ${estimate} the layout measured` });
        }
      }
      expect(problems).toEqual([]);
      expect(charts).toBe(CHARTS);
    });
  }
}
