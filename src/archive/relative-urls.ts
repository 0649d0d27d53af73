/**
 * The archive opens from disk (file://), where "/vi/" means the root of the drive. Every
 * site-absolute URL in HTML and CSS is rewritten relative to the file that holds it, with an
 * explicit index.html for directory URLs, since no server is there to add it.
 */
import { posix } from 'node:path';
import { pageFile } from '../domain/routes.ts';

/**
 * @param fromFile the referring file as a site path, e.g. "/vi/tasks/x/index.html"
 * @example relativeUrl('/vi/tasks/x/index.html', '/vi/') // '../../index.html'
 */
export function relativeUrl(fromFile: string, target: string): string {
  const cut = target.search(/[?#]/);
  const path = cut < 0 ? target : target.slice(0, cut);
  const suffix = cut < 0 ? '' : target.slice(cut);
  const file = pageFile(path);
  const relative = posix.relative(posix.dirname(fromFile), file);
  return `${relative === '' ? posix.basename(file) : relative}${suffix}`;
}

const ATTRIBUTE = /(\s(?:href|src|action|data-offline-src)=")(\/(?!\/)[^"]*)"/g;
const CSS_URL = /url\((['"]?)(\/(?!\/)[^)'"]*)\1\)/g;

export function rewriteHtml(html: string, fromFile: string): string {
  return html.replace(ATTRIBUTE, (_, prefix: string, url: string) => `${prefix}${relativeUrl(fromFile, url)}"`);
}

export function rewriteCss(css: string, fromFile: string): string {
  return css.replace(CSS_URL, (_, quote: string, url: string) => `url(${quote}${relativeUrl(fromFile, url)}${quote})`);
}

/**
 * Browsers never run module scripts from file://, so the archive leaves them out rather than have
 * every page fail to load them. They only enhance (filtering, sorting): every page reads without.
 */
export function dropModuleScripts(html: string): string {
  return html.replace(/<script type="module" src="[^"]*"><\/script>/g, '');
}
