/**
 * The build's context (src/data/build-context.ts) crosses from the integration to the pages as JSON
 * (src/integrations/build-context-plugin.ts): made again on the pages' side it must be the same data.
 */
import { describe, expect, it } from 'vitest';
import { contextFromSnapshot, contextSnapshot, createBuildContext } from '../../src/data/build-context.ts';
import type { BuildSettings } from '../../src/data/build-settings.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { problemsPage } from '../../src/integrations/build-context-plugin.ts';
import { FIXTURE_CONTENT, FIXTURE_RELEASES } from '../support/fixture.ts';

const settings: BuildSettings = {
  root: process.cwd(),
  contentDir: FIXTURE_CONTENT,
  releasesDir: FIXTURE_RELEASES,
  shard: null,
  searchPartPages: null,
  distDir: 'dist',
  signingKey: '/nowhere/release-signing-key',
};
const context = createBuildContext(settings, loadDataset(settings.root, FIXTURE_CONTENT));

describe('the build context', () => {
  it('made again from its JSON, as the pages receive it, hashes to the same data and derives the same statuses', () => {
    const snapshot = JSON.parse(JSON.stringify(contextSnapshot(context))) as ReturnType<typeof contextSnapshot>;
    // Without the carried hashes, so they are computed again from the records that crossed.
    const again = contextFromSnapshot({ ...snapshot, dataPart: null })!;
    expect(again.dataPart).toEqual(context.dataPart);
    const statuses = (c: typeof context) => c.dataset.taskViews.map((v) => `${v.task.id} ${v.status.code}`);
    expect(statuses(again)).toEqual(statuses(context));
    expect(again.dataset.tasks).toHaveLength(30);
  });

  it('is not made from data with problems: the pages get the problems instead', () => {
    expect(contextFromSnapshot({ settings, problems: ['The data has 1 problem'], published: null, dataPart: null })).toBeNull();
  });

  it('works each listing and the release standing out once, then keeps it', () => {
    expect(context.changes).toBe(context.changes);
    expect(context.progressPages).toBe(context.progressPages);
    expect(context.basedOn).toBe(context.basedOn);
    expect(context.basedOn.release?.date).toBe('2026-03-13');
  });
});

describe('the problems page of astro dev', () => {
  it('lists each problem on its own line, as text, under the heading line', () => {
    const page = problemsPage([
      'The data in content/ has 1 problem; nothing was published:',
      '  content/tasks/a.json › history[0].progress: expected a number from 0 to 100; found "<b>150</b>"',
    ]);
    expect(page).toContain('<p data-problems-heading>The data in content/ has 1 problem; nothing was published:</p>');
    expect(page).toContain(
      '<li><code>content/tasks/a.json › history[0].progress: expected a number from 0 to 100; found "&lt;b&gt;150&lt;/b&gt;"</code></li>',
    );
  });
});
