import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../src/domain/search/fold.ts';

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
