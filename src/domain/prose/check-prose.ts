/**
 * The editorial pages' own check, run with the data check before every build: each file sits where
 * a page can be published, in a language the portal has, with Vietnamese present; it uses only the
 * components of PROSE_COMPONENTS, with known props; and every record it names exists. Each problem
 * names the file and the line, so an editor finds it at once. Front matter is checked against its
 * schema by the content collection (src/content.config.ts).
 */
import { LOCALE_CODES } from '../schema/primitives.ts';
import type { Problem } from '../validate/problem.ts';
import { PROP_CODES, PROSE_COMPONENTS, type PropTarget } from './components.ts';

export interface ProseFile {
  /** Path from the project root, e.g. content/pages/meetings/meeting-2025-10-15/vi.mdx. */
  path: string;
  /** Path inside the pages folder: meetings/meeting-2025-10-15/vi.mdx. */
  relative: string;
  text: string;
}

/** The ids the pages may name. */
export interface KnownRecords {
  sources: ReadonlySet<string>;
  meetings: ReadonlySet<string>;
  agencies: ReadonlySet<string>;
  tasks: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
  /** Dates of the recorded releases (YYYY-MM-DD). */
  releases: ReadonlySet<string>;
}

/** The single pages that have a place on the site; guides/<name>, meetings/<id> and releases/<date> are the others. */
export const PAGE_FOLDERS = ['methodology', 'about'] as const;

const describeList = (items: Iterable<string>) => [...items].join(', ');

/** Where a page's folder puts it, or a problem. */
function checkPlace(file: ProseFile, known: KnownRecords): Problem[] {
  const parts = file.relative.split('/');
  const name = parts.pop() ?? '';
  const folder = parts.join('/');
  const problems: Problem[] = [];
  const locale = name.replace(/\.mdx$/, '');
  if (!(LOCALE_CODES as readonly string[]).includes(locale)) {
    problems.push({
      file: file.path,
      field: '',
      expected: `a file named after its language (${LOCALE_CODES.map((c) => `${c}.mdx`).join(', ')})`,
      found: JSON.stringify(name),
    });
  }
  const [section, id] = parts;
  if (section === 'meetings' && parts.length === 2) {
    if (!known.meetings.has(id!))
      problems.push({
        file: file.path,
        field: '',
        expected: `a folder named after a meeting in content/sources (${describeList(known.meetings)})`,
        found: JSON.stringify(id),
      });
  } else if (section === 'releases' && parts.length === 2) {
    if (!known.releases.has(id!))
      problems.push({
        file: file.path,
        field: '',
        expected: `a folder named after a recorded release (${describeList(known.releases) || 'none is recorded'})`,
        found: JSON.stringify(id),
      });
  } else if (
    !(section === 'guides' && parts.length === 2 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id!)) &&
    !(PAGE_FOLDERS as readonly string[]).includes(folder)
  ) {
    problems.push({
      file: file.path,
      field: '',
      expected: `a page folder: ${PAGE_FOLDERS.join(', ')}, guides/<name>, meetings/<meeting id> or releases/<release date>`,
      found: JSON.stringify(folder),
    });
  }
  return problems;
}

/**
 * The text an MDX parser reads as markup, line by line: front matter, fenced code and inline code
 * blanked out (their "<Tags>" are text for the reader), line numbers kept.
 */
export function markupLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let inFrontmatter = lines[0] === '---';
  let fence: string | null = null;
  return lines.map((line, i) => {
    if (inFrontmatter) {
      if (i > 0 && line === '---') inFrontmatter = false;
      return '';
    }
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return '';
    }
    if (marker) {
      fence = marker;
      return '';
    }
    return line.replace(/(`+)[^`]*?\1/g, '');
  });
}

function checkValue(target: PropTarget, value: string, known: KnownRecords): string | null {
  switch (target) {
    case 'source':
      return known.sources.has(value) ? null : 'the id of a source in content/sources';
    case 'meeting':
      return known.meetings.has(value) ? null : `the id of a meeting in content/sources (${describeList(known.meetings)})`;
    case 'agency':
      return known.agencies.has(value) ? null : 'the id of a body in content/agencies';
    case 'task':
      return known.tasks.has(value) ? null : 'the id of a task in content/tasks';
    case 'indicator':
      return known.indicators.has(value) ? null : 'the id of an indicator in content/indicators';
    case 'theme':
    case 'status':
    case 'fact':
      return PROP_CODES[target].includes(value) ? null : `one of: ${PROP_CODES[target].join(', ')}`;
  }
}

/** The components, props and references of one page's text. */
function checkMarkup(file: ProseFile, known: KnownRecords): Problem[] {
  const problems: Problem[] = [];
  const lines = markupLines(file.text);
  const at = (line: number) => `line ${line + 1}`;
  lines.forEach((line, i) => {
    if (/^(import|export)\s/.test(line)) {
      problems.push({
        file: file.path,
        field: at(i),
        expected: 'no import or export: the page components are provided to every page',
        found: JSON.stringify(line.trim()),
      });
    }
  });
  // A tag may run over several lines: read from its "<" to the first ">" after it.
  const joined = lines.join('\n');
  const lineOf = (offset: number) => joined.slice(0, offset).split('\n').length - 1;
  for (const match of joined.matchAll(/<([A-Z][\w.]*)([^>]*)>/g)) {
    const [, name, rest] = match as unknown as [string, string, string];
    const line = lineOf(match.index);
    const spec = (PROSE_COMPONENTS as Record<string, { props: Record<string, PropTarget>; required: readonly string[] }>)[name];
    if (!spec) {
      problems.push({
        file: file.path,
        field: at(line),
        expected: `one of the page components: ${Object.keys(PROSE_COMPONENTS).join(', ')}`,
        found: `<${name}>`,
      });
      continue;
    }
    const given = new Set<string>();
    // A value in braces is an expression the check cannot follow: keep only that it was one.
    for (const attr of rest.replace(/\{[^}]*\}/g, '{').matchAll(/([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{)))?/g)) {
      const [, prop, double, single, expression] = attr as unknown as [
        string,
        string,
        string | undefined,
        string | undefined,
        string | undefined,
      ];
      given.add(prop);
      const target = spec.props[prop];
      if (target === undefined) {
        problems.push({
          file: file.path,
          field: `${at(line)} <${name}>`,
          expected: Object.keys(spec.props).length ? `one of the props ${Object.keys(spec.props).join(', ')}` : 'no props',
          found: JSON.stringify(prop),
        });
        continue;
      }
      const value = double ?? single;
      if (expression !== undefined || value === undefined) {
        problems.push({
          file: file.path,
          field: `${at(line)} <${name}> ${prop}`,
          expected: 'a value in quotes, e.g. ' + `${prop}="…"`,
          found: expression ? 'an expression in braces' : 'no value',
        });
        continue;
      }
      const wanted = checkValue(target, value, known);
      if (wanted)
        problems.push({ file: file.path, field: `${at(line)} <${name}> ${prop}`, expected: wanted, found: JSON.stringify(value) });
    }
    for (const prop of spec.required) {
      if (!given.has(prop))
        problems.push({
          file: file.path,
          field: `${at(line)} <${name}> ${prop}`,
          expected: `the ${prop} this component shows`,
          found: 'nothing (the prop is missing)',
        });
    }
  }
  return problems;
}

/** Every problem of the editorial pages, in file order. */
export function checkProse(files: readonly ProseFile[], known: KnownRecords): Problem[] {
  const problems = files.flatMap((file) => [...checkPlace(file, known), ...checkMarkup(file, known)]);
  // Vietnamese is the required language: a page in other languages only has nothing to fall back on.
  const folders = new Map<string, string[]>();
  for (const file of files) {
    const folder = file.relative.slice(0, file.relative.lastIndexOf('/'));
    folders.set(folder, [...(folders.get(folder) ?? []), file.relative.slice(folder.length + 1)]);
  }
  for (const [folder, names] of folders) {
    if (!names.includes('vi.mdx')) {
      const first = files.find((f) => f.relative.startsWith(`${folder}/`))!;
      problems.push({
        file: first.path.slice(0, first.path.length - first.relative.length) + `${folder}/vi.mdx`,
        field: '',
        expected: 'the page in Vietnamese (required; other languages fall back to it)',
        found: 'nothing (the file is missing)',
      });
    }
  }
  return problems;
}
