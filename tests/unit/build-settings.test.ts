import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSettings } from '../../src/data/build-settings.ts';

describe('the build settings', () => {
  it('are the real data and its releases, all locales, default search parts, when nothing is set', () => {
    expect(buildSettings('/srv/portal', {})).toEqual({
      root: '/srv/portal',
      contentDir: 'content',
      releasesDir: 'releases',
      shard: null,
      searchPartPages: null,
      distDir: 'dist',
      signingKey: join(homedir(), '.config', 'cong-khai-57', 'release-signing-key'),
    });
  });

  it('read where the site goes and the signing key from the environment when set', () => {
    const settings = buildSettings('/r', { CK57_DIST: '.build/test-dist', CK57_SIGNING_KEY: '/keys/ck57' });
    expect([settings.distDir, settings.signingKey]).toEqual(['.build/test-dist', '/keys/ck57']);
    expect(buildSettings('/r', { CK57_DIST: '' }).distDir).toBe('dist');
  });

  it('keep other data apart from the real releases unless its own are named', () => {
    expect(buildSettings('/r', { CK57_CONTENT: 'bench-output/content-1300' }).releasesDir).toBeNull();
    expect(buildSettings('/r', { CK57_CONTENT: 'fixture/content', CK57_RELEASES: 'fixture/releases' }).releasesDir).toBe(
      'fixture/releases',
    );
  });

  it('read a shard and the pages per search part', () => {
    const settings = buildSettings('/r', { CK57_SHARD: '2/3', CK57_SEARCH_PART_PAGES: '40' });
    expect([settings.shard, settings.searchPartPages]).toEqual([{ index: 2, count: 3 }, 40]);
  });

  it('refuse a number of pages per part that is not a whole number, saying what they found', () => {
    expect(() => buildSettings('/r', { CK57_SEARCH_PART_PAGES: 'many' })).toThrow(
      'CK57_SEARCH_PART_PAGES: expected a whole number, 1 or more; found "many"',
    );
  });
});
