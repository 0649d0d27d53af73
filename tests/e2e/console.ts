/** Collect everything a page writes to the console or throws, so tests can assert it stays empty. */
import type { Page, Request } from '@playwright/test';

/**
 * A request that failed for a reason worth reporting, as "url error", or null. A missing file fails
 * as net::ERR_FILE_NOT_FOUND, a missing page as its status; net::ERR_ABORTED is a load the next
 * navigation cancelled (seen in CI: a page's icon, when a test moved on at once), not a fault.
 */
export function realFailure(request: Request): string | null {
  const error = request.failure()?.errorText;
  return error === 'net::ERR_ABORTED' ? null : `${request.url()} ${error}`;
}

export function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = realFailure(request);
    if (failure) messages.push(`requestfailed: ${failure}`);
  });
  return messages;
}
