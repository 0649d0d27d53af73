/**
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE and U+FFFF): one of them
 * anywhere makes a whole feed unreadable, so each becomes U+FFFD, the replacement character.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text made safe for XML content and attribute values (&, <, >, quotes, forbidden characters). */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
