/**
 * Vietnamese typed without tone marks: "nghi quyet" must find "Nghị quyết", "dang uy" must find
 * "Đảng ủy". Folding removes every combining mark (after NFD decomposition) and maps đ/Đ, which
 * does not decompose, to d. Index and query are folded the same way, in every language.
 * @example foldDiacritics('Đảng ủy Chính phủ') // 'dang uy chinh phu'
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
