/**
 * The ranking rules on word lists: what the index holds for a record (weighted fields, never the
 * page's chrome), đ written as d, the record number as readers write it, the ranking options a
 * query gets, and the snippet shown for a result. Answers worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { D_FORMS_MARK, dForms, documentHtml, FIELD_WEIGHTS } from '../../src/domain/search/document.ts';
import { prepareForIndex } from '../../src/domain/search/index-content.ts';
import { hasMarks, rankingFor } from '../../src/domain/search/ranking.ts';
import { snippet } from '../../src/domain/search/snippet.ts';
import { numberText, pageDocument } from '../../src/integrations/search-documents.ts';

const doc = {
  url: '/vi/sources/resolution-57-nq-tw/',
  title: 'Nghị quyết số 57-NQ/TW',
  fields: [
    { name: 'title' as const, text: 'Nghị quyết số 57-NQ/TW về chuyển đổi số' },
    { name: 'number' as const, text: 'Nghị quyết 57-NQ/TW · Nghị quyết 57' },
    { name: 'body' as const, text: 'Bộ Chính trị' },
    { name: 'text' as const, text: 'Đột phá & đổi mới' },
  ],
};

describe('dForms: đ written as d, for readers who type without marks', () => {
  it('gives each word holding đ once, with its tone marks kept', () => {
    expect(dForms('Đảng ủy; đổi mới, Đảng và Đề án')).toEqual(['Dảng', 'dổi', 'Dề']);
  });
  it('gives nothing for a text without đ', () => {
    expect(dForms('Bộ Khoa học và Công nghệ 57-NQ/TW')).toEqual([]);
  });
});

describe('documentHtml: what Pagefind indexes', () => {
  it('puts each field in its own element with its weight, the title first as the heading', () => {
    const html = documentHtml(doc, 'vi');
    expect(html).toContain(`<h1 data-pagefind-weight="${FIELD_WEIGHTS.title}">Nghị quyết số 57-NQ/TW về chuyển đổi số</h1>`);
    expect(html).toContain(`<p data-pagefind-weight="${FIELD_WEIGHTS.number}">Nghị quyết 57-NQ/TW · Nghị quyết 57</p>`);
    expect(html).toContain(`<p data-pagefind-weight="${FIELD_WEIGHTS.text}">Đột phá &amp; đổi mới</p>`);
    expect(html.startsWith('<html lang="vi"><body><main data-pagefind-body>')).toBe(true);
  });
  it('adds the d-forms after a mark, each with its field weight, and the number as metadata', () => {
    const html = documentHtml(doc, 'vi');
    expect(html).toContain(
      `<p>${D_FORMS_MARK}</p><p data-pagefind-weight="${FIELD_WEIGHTS.title}">dổi</p><p data-pagefind-weight="${FIELD_WEIGHTS.text}">Dột dổi</p>`,
    );
    expect(html).toContain('<span data-pagefind-meta="number:Nghị quyết 57-NQ/TW · Nghị quyết 57"></span>');
  });
  it('weighs titles, numbers and bodies above text, and a status above text', () => {
    expect(FIELD_WEIGHTS.title).toBeGreaterThan(FIELD_WEIGHTS.body);
    expect(FIELD_WEIGHTS.number).toBeGreaterThan(FIELD_WEIGHTS.body);
    expect(FIELD_WEIGHTS.body).toBeGreaterThan(FIELD_WEIGHTS.text);
    expect(FIELD_WEIGHTS.status).toBeGreaterThan(FIELD_WEIGHTS.text);
  });
});

describe('prepareForIndex', () => {
  it('adds the facets, the deadline and, on a site of several parts, the part number', () => {
    const html = prepareForIndex(doc, 'vi', { kind: 'Nhiệm vụ', status: 'Quá hạn', deadline: '2026-03-31', part: '2' });
    expect(html).toContain('<span data-pagefind-filter="kind:Nhiệm vụ"></span><span data-pagefind-filter="status:Quá hạn"></span>');
    expect(html).toContain('<span data-pagefind-filter="part:2"></span><span data-pagefind-sort="deadline:2026-03-31"></span>');
  });
});

describe('pageDocument: a page that shows no single record', () => {
  it('keeps the heading and the prose, and leaves out tables, field labels, buttons and ignored blocks', () => {
    const html =
      '<html lang="en"><body><header>Top</header><main data-pagefind-body><h1>Progress &amp; results</h1><p>Tasks by status.</p>' +
      '<table><tr><th>Overdue</th><td>0</td></tr></table><dl><dt>Deadline</dt><dd>March</dd></dl><button>Print</button>' +
      '<p data-pagefind-ignore>Report a problem</p></main><footer>Bottom</footer></body></html>';
    expect(pageDocument('/en/progress/', html)).toEqual({
      url: '/en/progress/',
      title: 'Progress & results',
      fields: [
        { name: 'title', text: 'Progress & results' },
        { name: 'text', text: 'Tasks by status. March' },
      ],
    });
  });
  it('refuses an ignored element that holds another of its kind, whose tail would be indexed', () => {
    const html = '<html lang="vi"><body><main data-pagefind-body><div data-pagefind-ignore><div>Nhãn</div> đuôi</div></main></body></html>';
    expect(() => pageDocument('/vi/x/', html)).toThrow('An element marked data-pagefind-ignore holds another <div>');
  });
});

describe('numberText: a document number as readers write it', () => {
  it.each([
    ['Nghị quyết', '57-NQ/TW', 'Nghị quyết 57-NQ/TW · Nghị quyết 57'],
    ['Quyết định', '1131/QĐ-TTg', 'Quyết định 1131/QĐ-TTg · Quyết định 1131'],
    ['Law', '71/2025/QH15', 'Law 71/2025/QH15 · Law 71'],
    ['Plan', 'KH-02', 'Plan KH-02'],
  ])('%s %s', (kind, number, expected) => {
    expect(numberText(kind, number)).toBe(expected);
  });
});

describe('rankingFor: the ranking options a query gets', () => {
  it('tells a query typed with marks from one typed without', () => {
    expect(hasMarks('chuyển đổi số')).toBe(true);
    expect(hasMarks('đang')).toBe(true);
    expect(hasMarks('chuyen doi so')).toBe(false);
    expect(hasMarks('Digital Transformation 57-NQ/TW')).toBe(false);
  });
  it('prefers exact spellings for a query with marks, and treats all spellings alike without', () => {
    expect(rankingFor('quá hạn').diacriticSimilarity).toBeGreaterThan(0);
    expect(rankingFor('qua han').diacriticSimilarity).toBe(0);
    expect(rankingFor('qua han').metaWeights).toEqual(rankingFor('quá hạn').metaWeights);
  });
});

describe('snippet: the text shown under a result', () => {
  const join = (parts: ReturnType<typeof snippet>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

  it('shows the original words with their marks, the matched ones marked, whichever way the query was typed', () => {
    const content = 'Nghị quyết số 57-NQ/TW về chuyển đổi số quốc gia.';
    expect(join(snippet(content, 'chuyen doi so', 24))).toBe('Nghị quyết [số] 57-NQ/TW về [chuyển đổi số] quốc gia.');
    expect(join(snippet(content, 'nghị quyết 57', 24))).toBe('[Nghị quyết] số [57-NQ/TW] về chuyển đổi số quốc gia.');
  });
  it('shows the words with the most matches, from a word boundary, with an ellipsis for what was left out', () => {
    // Eight words: from "mười" the window holds Quá, hạn and hạn (3); from "chín", only 2.
    const content = 'một hai ba bốn năm sáu bảy tám chín mười Quá hạn 12 ngày theo thời hạn đã giao';
    expect(join(snippet(content, 'quá hạn', 8))).toBe('… mười [Quá hạn] 12 ngày theo thời [hạn] …');
  });
  it('never shows the d-forms the index adds after its mark', () => {
    const content = `Đảng ủy Chính phủ. ${D_FORMS_MARK} Dảng`;
    expect(join(snippet(content, 'dang uy', 24))).toBe('[Đảng ủy] Chính phủ.');
  });
  it('marks a word matched with punctuation around it', () => {
    expect(join(snippet('Tiến độ (quá hạn), chưa rõ.', 'quá hạn', 24))).toBe('Tiến độ [(quá hạn),] chưa rõ.');
  });
});
