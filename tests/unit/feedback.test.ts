/** Where "report a problem" sends a reader, worked out by hand for each way the portal may be set up. */
import { describe, expect, it } from 'vitest';
import { feedbackLinks, hasFeedbackChannel } from '../../src/domain/feedback.ts';

const request = {
  kind: 'task' as const,
  id: 'late-task',
  subject: 'Problem: Task: late-task',
  body: 'Task: late-task\nField:',
  url: 'https://example.org/en/tasks/late-task/',
  dataDate: '2026-04-10',
};

describe('feedbackLinks', () => {
  it('prefills an e-mail with the subject and the text, encoded', () => {
    expect(feedbackLinks({ email: 'monitors@example.org' }, request)).toEqual({
      mailto: 'mailto:monitors@example.org?subject=Problem%3A%20Task%3A%20late-task&body=Task%3A%20late-task%0AField%3A',
    });
  });

  it('adds the record, the page and the data date to a form address, keeping its own query', () => {
    expect(feedbackLinks({ formUrl: 'https://forms.example.org/report?lang=en' }, request).form).toBe(
      'https://forms.example.org/report?lang=en&record=task%3Alate-task&url=https%3A%2F%2Fexample.org%2Fen%2Ftasks%2Flate-task%2F&date=2026-04-10',
    );
  });

  it('offers nothing to follow, and says so, when no channel is set', () => {
    expect(feedbackLinks({}, request)).toEqual({});
    expect(hasFeedbackChannel({})).toBe(false);
    expect(hasFeedbackChannel({ formUrl: 'https://forms.example.org/' })).toBe(true);
  });
});
