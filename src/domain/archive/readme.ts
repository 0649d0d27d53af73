/** The archive's README, in Vietnamese and English: how to open it and how to check it. */
import { VERIFY_COMMAND } from '../integrity/signature.ts';

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
    '4. Kiểm tra chữ ký: lưu khóa công khai đăng ở trang Phương pháp thành tệp allowed_signers trong thư mục release, rồi trong thư mục đó chạy',
    `      ${VERIFY_COMMAND}`,
    '   OpenSSH phải trả lời "Good "cong-khai-57" signature". Đừng dùng khóa lấy từ chính bản lưu này.',
    '',
    'ENGLISH',
    '1. Unzip the whole file into a folder.',
    '2. Open index.html in a browser (double-click). No server or internet connection is needed.',
    '   Every page, chart and the search (including Vietnamese typed without tone marks) works from disk.',
    '3. Check it: in the unzipped folder, run',
    '      sha256sum -c SHA256SUMS',
    '   Every line must say "OK". The file ' + zipName + '.sha256 published next to the download gives the hash of the zip itself.',
    '4. Check the signature: save the public key shown on the Methodology page as a file named allowed_signers in the release folder, then run there',
    `      ${VERIFY_COMMAND}`,
    '   OpenSSH must answer "Good "cong-khai-57" signature". Never take the key from the archive itself.',
    '',
  ].join('\n');
}
