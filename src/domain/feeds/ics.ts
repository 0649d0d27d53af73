/**
 * iCalendar (RFC 5545) of deadlines: all-day events, CRLF line ends, lines folded at 75 octets,
 * text escaped; DTSTAMP is the data date, so the same data gives the same calendar.
 */
import { addDays } from '../dates.ts';
import { compareStrings } from '../compare.ts';
export interface CalendarEvent {
  uid: string;
  /** ISO date of the deadline. */
  date: string;
  summary: string;
  description: string;
  url: string;
}

/** Control characters other than tab (RFC 5545 CONTROL), and the line breaks a URI or UID must not hold. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;
const singleLine = (value: string) => value.replace(CONTROL, '');

/**
 * RFC 5545 TEXT (3.3.11): backslash, semicolon and comma escaped; every line break — CRLF, LF and
 * a bare CR, which some readers also take as a line end — written as \n, so no text can end its
 * line and start a forged property or event. Other control characters are not allowed in TEXT.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '\uFFFD');
}

const compact = (isoDate: string) => isoDate.replace(/-/g, '');

/** Split a content line into 75-octet pieces without cutting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function icsCalendar(name: string, dataDate: string, events: CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cong khai 57//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const e of [...events].sort((a, b) => (a.date === b.date ? compareStrings(a.uid, b.uid) : a.date < b.date ? -1 : 1))) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${singleLine(e.uid)}`,
      `DTSTAMP:${compact(dataDate)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      // URL takes an absolute address; a build without SITE_URL has only relative ones, so none is written.
      ...(/^https?:/.test(e.url) ? [`URL:${singleLine(e.url)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
