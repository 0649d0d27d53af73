/** A record's BibTeX citation, against entries written by hand. */
import { describe, expect, it } from 'vitest';
import { bibtex } from '../../src/domain/citation.ts';

const hash = 'a'.repeat(64);

describe('bibtex', () => {
  it('cites a task as released, dated by the data, with its address, id and hash', () => {
    expect(
      bibtex({
        kind: 'tasks',
        id: 'x-2025-06-19-11-phase-1',
        title: 'Đề án 02: tháo gỡ điểm nghẽn thể chế',
        url: 'https://congkhai57.example/vi/tasks/x-2025-06-19-11-phase-1/',
        asOf: '2026-03-13',
        hash,
        release: { date: '2026-03-13', standing: 'as-released' },
        language: 'vi',
      }),
    ).toBe(
      [
        '@misc{ck57-tasks-x-2025-06-19-11-phase-1,',
        '  title = {{Đề án 02: tháo gỡ điểm nghẽn thể chế}},',
        '  author = {{Công khai 57}},',
        '  year = {2026},',
        '  month = {3},',
        '  date = {2026-03-13},',
        '  url = {https://congkhai57.example/vi/tasks/x-2025-06-19-11-phase-1/},',
        '  langid = {vi},',
        `  note = {task x-2025-06-19-11-phase-1; data as of 2026-03-13; as in the signed release of 2026-03-13; SHA-256 ${hash}}`,
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes BibTeX’s special characters in a title and says when a record changed since the release', () => {
    const entry = bibtex({
      kind: 'indicators',
      id: 'rd_share',
      title: 'R&D spending: 2% of GDP {target} #1',
      url: '/en/indicators/rd_share/',
      asOf: '2026-12-01',
      hash,
      release: { date: '2026-03-13', standing: 'changed' },
      language: 'en',
    });
    expect(entry).toContain('title = {{R\\&D spending: 2\\% of GDP \\{target\\} \\#1}}');
    expect(entry).toContain('note = {indicator rd\\_share; data as of 2026-12-01; changed since the signed release of 2026-03-13;');
    expect(entry.startsWith('@misc{ck57-indicators-rd_share,')).toBe(true);
  });

  it('says when no release has been signed', () => {
    const entry = bibtex({
      kind: 'agencies',
      id: 'mst',
      title: 'Bộ KH&CN',
      url: '/vi/bodies/mst/',
      asOf: '2026-03-13',
      hash,
      release: null,
      language: 'vi',
    });
    expect(entry).toContain('note = {responsible body mst; data as of 2026-03-13; no signed release yet; SHA-256');
  });
});
