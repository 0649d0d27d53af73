/**
 * The archive's README, in Vietnamese and English: how to open it and how to check it, with the
 * commands exactly as the Open data page gives them (run verbatim by tests/e2e/verify-steps.spec.ts).
 * @param signed the data date of the newest signed release the archive carries in release/<date>/, or null
 */
import { folderVerifyCommand } from '../integrity/signature.ts';

export function archiveReadme(asOf: string, zipName: string, signed: string | null): string {
  const signature = (vi: boolean) =>
    signed === null
      ? [vi ? '4. Chưa có bản phát hành nào được ký.' : '4. No release has been signed yet.']
      : vi
        ? [
            `4. Kiểm tra chữ ký của bản phát hành ${signed}: trong thư mục đã giải nén, chạy`,
            `      ${folderVerifyCommand(signed)}`,
            '   OpenSSH phải trả lời "Good "cong-khai-57" signature". Trước khi tin, hãy so dòng khóa trong',
            '   release/allowed_signers với khóa đăng ở trang Dữ liệu mở hoặc Phương pháp của cổng thông tin:',
            '   người đã sửa bản lưu này cũng có thể thay cả khóa.',
          ]
        : [
            `4. Check the signature of the release of ${signed}: in the unzipped folder, run`,
            `      ${folderVerifyCommand(signed)}`,
            '   OpenSSH must answer "Good "cong-khai-57" signature". Before trusting it, compare the key line in',
            "   release/allowed_signers with the key on the portal's Open data or Methodology page: whoever",
            '   rewrote this archive could replace the key as well.',
          ];
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
    ...signature(true),
    '',
    'ENGLISH',
    '1. Unzip the whole file into a folder.',
    '2. Open index.html in a browser (double-click). No server or internet connection is needed.',
    '   Every page, chart and the search (including Vietnamese typed without tone marks) works from disk.',
    '3. Check it: in the unzipped folder, run',
    '      sha256sum -c SHA256SUMS',
    '   Every line must say "OK". The file ' + zipName + '.sha256 published next to the download gives the hash of the zip itself.',
    ...signature(false),
    '',
  ].join('\n');
}
