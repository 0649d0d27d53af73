/**
 * Accessibility: axe (WCAG 2.2 A/AA rules) on one page of every page type in all seven locales,
 * in the light and the dark scheme; focus stays visible; reduced motion and 200 % text hold.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypeSamples } from '../support/built-site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const samples = pageTypeSamples();

// One test per locale and scheme, so the two workers share them; each one's time limit grows with
// its number of pages, so a loaded machine takes longer but never fails for it.
for (const scheme of ['light', 'dark'] as const) {
  for (const locale of [...new Set(samples.map((s) => s.locale))]) {
    const pages = samples.filter((s) => s.locale === locale);
    test(`no axe violation on any page type in ${locale} (${scheme} scheme)`, async ({ page }) => {
      test.setTimeout(30_000 + pages.length * 15_000);
      await page.emulateMedia({ colorScheme: scheme });
      const violations: string[] = [];
      for (const sample of pages) {
        await page.goto(sample.url);
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of result.violations)
          violations.push(
            `${sample.url} ${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
      }
      expect(violations).toEqual([]);
    });
  }
}

test('every control on the progress page is reached by Tab and shows a visible focus', async ({ page }) => {
  await page.goto('/en/progress/');
  const seen = new Set<string>();
  // Past the header, the past-deadline list and the filters, to the table's sort buttons.
  for (let i = 0; i < 150; i += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        name: `${el.tagName}:${el.textContent?.trim().slice(0, 30) ?? ''}:${el.getAttribute('name') ?? ''}`,
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    if (!focus) continue;
    expect(focus.outline, focus.name).not.toBe('none');
    expect(focus.width, focus.name).toBeGreaterThanOrEqual(2);
    seen.add(focus.name);
  }
  const names = [...seen].join('\n');
  expect(names).toContain('Skip to content');
  expect(names).toContain(':status');
  expect(names).toContain('BUTTON:Deadline');
});

test('with reduced motion requested nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/');
  const animated = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        return parseFloat(s.animationDuration) > 0.01 || parseFloat(s.transitionDuration) > 0.01;
      }).length,
  );
  expect(animated).toBe(0);
});

test('at 200 % text size nothing is cut off: only tables scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  for (const url of ['/vi/', '/vi/progress/', '/vi/tasks/x-2025-06-19-11-phase-1/', '/vi/results/']) {
    await page.goto(url);
    // Through the CSSOM: the page's CSP (rightly) refuses an injected <style>.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(1);
  }
});
