/**
 * The built pages are valid HTML (html-validate's recommended rules). Rules turned off in
 * .htmlvalidate.json are matters of style in Astro's minified output (void and boolean attribute
 * style, doctype case, trailing spaces, long titles of long task names), not validity.
 *
 * The pages are checked in batches, one test each, so the two workers share them, and each batch's
 * time limit grows with its size: a slow machine takes longer but never fails for it.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distDir, htmlPages } from '../support/built-site.ts';

const BATCH = 100;
/** Generous per page: html-validate takes ~20 ms a page here, 50 times that on a loaded machine. */
const PER_PAGE_MS = 1_000;

const pages = htmlPages();
const validator = new HtmlValidate(new FileSystemConfigLoader());

for (let start = 0; start < pages.length; start += BATCH) {
  const batch = pages.slice(start, start + BATCH);
  test(`built pages ${start + 1}–${start + batch.length} of ${pages.length} validate`, async () => {
    test.setTimeout(30_000 + batch.length * PER_PAGE_MS);
    const failures: string[] = [];
    for (const page of batch) {
      const report = await validator.validateFile(join(distDir, page));
      for (const result of report.results) {
        for (const m of result.messages) failures.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(failures.slice(0, 50)).toEqual([]);
  });
}
