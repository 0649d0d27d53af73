import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../src/domain/search/fold.ts';
import { foldedWords, prepareForIndex } from '../../src/domain/search/index-content.ts';

describe('foldDiacritics', () => {
  it.each([
    ['Nghị quyết', 'nghi quyet'],
    ['Bộ Khoa học và Công nghệ', 'bo khoa hoc va cong nghe'],
    ['chuyển đổi số', 'chuyen doi so'],
    ['đổi mới', 'doi moi'],
    ['Đảng ủy', 'dang uy'],
    ['dữ liệu', 'du lieu'],
    ['transformation numérique', 'transformation numerique'],
    ['Постановление', 'постановление'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  it('leaves unaccented text as it is, apart from case', () => {
    expect(foldDiacritics('nghi quyet 57')).toBe('nghi quyet 57');
  });
});

describe('foldedWords: what the index gets besides the page text', () => {
  it('adds each word that folding changes, once, and nothing else', () => {
    expect(foldedWords('Bộ Khoa học và Công nghệ; Bộ Tài chính, 2026')).toBe('bo hoc va cong nghe tai chinh');
  });

  it('adds nothing to a text without tone marks', () => {
    expect(foldedWords('Ministry of Science and Technology 57-NQ/TW')).toBe('');
  });
});

describe('prepareForIndex', () => {
  it('gives Pagefind the language and the indexed part, with facets, the deadline and the folded words', () => {
    const html = '<!DOCTYPE html><html lang="vi"><head><title>T</title></head><body><header>Đầu</header><main id="main" data-pagefind-body><h1>Đổi mới &amp; dữ liệu</h1><dl><dt>Thời hạn</dt><dd>2026</dd></dl><p data-pagefind-ignore>Báo lỗi</p></main><footer>Cuối</footer></body></html>';
    expect(prepareForIndex(html, { kind: 'Nhiệm vụ', status: 'Quá hạn', deadline: '2026-03-31' })).toBe(
      '<html lang="vi"><body><main id="main" data-pagefind-body><h1>Đổi mới &amp; dữ liệu</h1><dl><dd>2026</dd></dl>' +
        '<span data-pagefind-filter="kind:Nhiệm vụ"></span><span data-pagefind-filter="status:Quá hạn"></span>' +
        '<span data-pagefind-sort="deadline:2026-03-31"></span><div>doi moi du lieu</div></main></body></html>',
    );
  });

  it('refuses an ignored element that holds another of its kind, whose tail would be indexed', () => {
    const html = '<html lang="vi"><body><main data-pagefind-body><div data-pagefind-ignore><div>Nhãn</div> đuôi</div></main></body></html>';
    expect(() => prepareForIndex(html, { kind: 'Trang' })).toThrow('An element marked data-pagefind-ignore holds another <div>');
  });

  it('adds the part number as a filter when the index has several parts', () => {
    const html = '<html lang="vi"><body><main data-pagefind-body><h1>Trang</h1></main></body></html>';
    expect(prepareForIndex(html, { kind: 'Trang', part: '2' })).toContain('<span data-pagefind-filter="part:2"></span>');
  });
});
