/**
 * The built pages are valid HTML (html-validate's recommended rules). Rules turned off in
 * .htmlvalidate.json are matters of style in Astro's minified output (void and boolean attribute
 * style, doctype case, trailing spaces, long titles of long task names), not validity.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distDir, htmlPages } from '../support/built-site.ts';

test('every built page validates', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const failures: string[] = [];
  for (const page of htmlPages()) {
    const report = await validator.validateFile(join(distDir, page));
    for (const result of report.results) {
      for (const m of result.messages) failures.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(failures.slice(0, 50)).toEqual([]);
});
