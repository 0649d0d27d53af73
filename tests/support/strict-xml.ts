/** XML read by saxes, which refuses anything that is not well-formed XML 1.0 (forbidden characters too). */
import { SaxesParser } from 'saxes';

/** The text of each element, by local name, in document order; throws on the first well-formedness error. */
export function strictXmlTexts(xml: string): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  let current = '';
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', () => (current = ''));
  parser.on('text', (t) => (current += t));
  parser.on('closetag', (tag) => {
    texts.set(tag.local, [...(texts.get(tag.local) ?? []), current]);
    current = '';
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return texts;
}
