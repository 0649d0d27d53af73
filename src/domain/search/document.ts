/**
 * What the search index holds for a page: a document of weighted fields written from the record
 * itself, never the page's chrome. Table labels ("Overdue 0"), counts, dates, print notes and the
 * portal's own sentences never reach the index, so they never match. The same documents feed the
 * online index (Pagefind, through documentHtml) and the offline archive's index, and the ranking
 * rules live here: which field weighs what.
 */
import { escapeXml } from '../xml.ts';

/** A field's weight, as Pagefind's data-pagefind-weight (0–10; its impact grows with the square). */
export const FIELD_WEIGHTS = {
  /** The record's name: a task's title, a body's name, a source's title. */
  title: 10,
  /** Record numbers and identifiers: "Nghị quyết 57-NQ/TW", "s57-2025-10-15-08". */
  number: 8,
  /** The body that leads a task, or issued a source. */
  body: 6,
  /** A task's derived status ("Quá hạn"), so "overdue" finds the overdue task. */
  status: 9,
  /** Descriptions, summaries, targets: the record's own text. */
  text: 1,
} as const;

export type FieldName = keyof typeof FIELD_WEIGHTS;

export interface SearchField {
  name: FieldName;
  text: string;
}

export interface SearchDocument {
  /** The page's address, e.g. "/vi/tasks/s57-2025-10-15-08/". */
  url: string;
  /** The title shown in results (Pagefind's meta title, the first field). */
  title: string;
  fields: SearchField[];
}

/**
 * Forms of a text's words with đ written as d ("Đảng" → "Dảng"), each once: đ is a letter of its
 * own, not a d with a mark, so neither Unicode nor Pagefind folds it, yet readers typing without
 * tone marks type d. Only words holding đ get one; tone marks stay, so Pagefind still ranks exact
 * spellings first.
 * @example dForms('Đảng ủy; đổi mới, Đảng') // ['Dảng', 'dổi']
 */
export function dForms(text: string): string[] {
  const forms = new Set<string>();
  for (const [word] of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (/[đĐ]/.test(word)) forms.add(word.replace(/đ/g, 'd').replace(/Đ/g, 'D'));
  }
  return [...forms];
}

/** Where a document's text ends and its d-forms begin, in the content Pagefind stores. */
export const D_FORMS_MARK = '⁂';

/**
 * The HTML Pagefind indexes for a document: each field in its own element with its weight, then
 * each field's d-forms with the same weight after a mark, so a snippet can stop before them.
 * `extra` carries the filter and sort attributes.
 */
export function documentHtml(document: SearchDocument, lang: string, extra = ''): string {
  const weighted = (tag: string, name: FieldName, text: string) =>
    `<${tag} data-pagefind-weight="${FIELD_WEIGHTS[name]}">${escapeXml(text)}</${tag}>`;
  const [first, ...rest] = document.fields;
  const fields = [first ? weighted('h1', first.name, first.text) : '', ...rest.map((field) => weighted('p', field.name, field.text))];
  const forms = document.fields.map((field) => ({ field, forms: dForms(field.text) })).filter(({ forms }) => forms.length > 0);
  const dBlock =
    forms.length === 0
      ? ''
      : `<p>${D_FORMS_MARK}</p>${forms.map(({ field, forms }) => weighted('p', field.name, forms.join(' '))).join('')}`;
  // The record number is also metadata, which Pagefind ranks like the title (metaWeights): a query
  // naming the number ("nghị quyết 57") finds the record itself before those that cite it.
  // The same for a task's status: "quá hạn" finds the overdue task before one that says "hạn".
  const meta = (['number', 'status'] as const)
    .map((name) => document.fields.find((field) => field.name === name))
    .map((field) => (field ? `<span data-pagefind-meta="${field.name}:${escapeXml(field.text)}"></span>` : ''))
    .join('');
  return `<html lang="${escapeXml(lang)}"><body><main data-pagefind-body>${fields.join('')}${dBlock}${meta}${extra}</main></body></html>`;
}
