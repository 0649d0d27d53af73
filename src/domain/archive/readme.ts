/** The archive's README, in Vietnamese and English: how to open it and how to check it. */
export function archiveReadme(asOf: string, zipName: string): string {
  return [
    `Công khai 57 — bản lưu ngoại tuyến / offline archive — số liệu đến ngày / data as of ${asOf}`,
    '',
    'TIẾNG VIỆT',
    '1. Giải nén toàn bộ tệp này vào một thư mục.',
    '2. Mở tệp index.html bằng trình duyệt (nhấp đúp). Không cần máy chủ hay kết nối Internet.',
    '   Mọi trang, biểu đồ và tìm kiếm (kể cả gõ không dấu) đều dùng được ngay trên máy.',
    '3. Kiểm tra tính toàn vẹn: trong thư mục đã giải nén, chạy',
    '      sha256sum -c SHA256SUMS',
    '   Mọi dòng phải báo "OK". Tệp ' + zipName + '.sha256 đi kèm bản tải về cho biết mã băm của chính tệp zip.',
    '',
    'ENGLISH',
    '1. Unzip the whole file into a folder.',
    '2. Open index.html in a browser (double-click). No server or internet connection is needed.',
    '   Every page, chart and the search (including Vietnamese typed without tone marks) works from disk.',
    '3. Check it: in the unzipped folder, run',
    '      sha256sum -c SHA256SUMS',
    '   Every line must say "OK". The file ' + zipName + '.sha256 published next to the download gives the hash of the zip itself.',
    '',
  ].join('\n');
}
