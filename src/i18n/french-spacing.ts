/**
 * French typography for record texts, applied when a text is written out rather than stored: a
 * no-break space before ":" and "%", a narrow no-break space before ";", "!", "?" and "»" and after
 * "«", so a colon never starts a line. Kept out of the data so that a spacing rule never needs a
 * public revision of every record, and applies to texts already published.
 * @example frenchSpacing('Échéance : juin') // 'Échéance\u00a0: juin'
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([:%])/g, '\u00a0$1')
    .replace(/ ([;!?»])/g, '\u202f$1')
    .replace(/« /g, '«\u202f');
}
