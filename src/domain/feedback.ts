/**
 * Where a reader's "report a problem" goes: a prefilled mailto: and/or the configured form, each
 * carrying the record, the page address and the data date. Pure: the texts come in translated.
 */
import type { DatasetMeta } from './schema/index.ts';

export const RECORD_KINDS = ['task', 'body', 'indicator', 'source', 'results'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface FeedbackRequest {
  kind: RecordKind;
  id?: string | undefined;
  subject: string;
  body: string;
  url: string;
  dataDate: string;
}

export interface FeedbackLinks {
  mailto?: string;
  form?: string;
}

export function feedbackLinks(feedback: DatasetMeta['feedback'], request: FeedbackRequest): FeedbackLinks {
  const links: FeedbackLinks = {};
  if (feedback.email)
    links.mailto = `mailto:${feedback.email}?subject=${encodeURIComponent(request.subject)}&body=${encodeURIComponent(request.body)}`;
  if (feedback.formUrl) {
    const form = new URL(feedback.formUrl);
    form.searchParams.set('record', request.id === undefined ? request.kind : `${request.kind}:${request.id}`);
    form.searchParams.set('url', request.url);
    form.searchParams.set('date', request.dataDate);
    links.form = form.href;
  }
  return links;
}

/** Whether readers have anywhere to send a report; the build warns when they have not. */
export const hasFeedbackChannel = (feedback: DatasetMeta['feedback']) => Boolean(feedback.email || feedback.formUrl);
