/**
 * The build as an editor meets it: bad data stops it with every problem listed, and the site
 * already published stays exactly as it was.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'ck57-refuse-'));
const dist = join(work, 'dist');
const content = join(work, 'content');

function build(): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['src/cli/build.ts'], {
    env: { ...process.env, CK57_CONTENT: content, CK57_DIST: dist, CK57_LOG: 'quiet' },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Every file of a folder with its SHA-256, so "exactly as it was" can be checked. */
function fingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result[path.slice(dir.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return result;
}

beforeAll(() => {
  cpSync('tests/fixtures/minimal', content, { recursive: true });
  const first = build();
  if (first.status !== 0) throw new Error(`the valid fixture should build:\n${first.output}`);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build from bad data', () => {
  it('refuses an editorial page with an unknown component, naming the file and line, and leaves dist/ untouched', () => {
    const before = fingerprint(dist);
    const folder = join(content, 'pages', 'guides', 'bad');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'vi.mdx'), '---\ntitle: "Trang hỏng"\n---\n\nChữ.\n\n<TaskChart />\n');
    try {
      const result = build();
      expect(result.status).toBe(1);
      expect(result.output).toContain('pages/guides/bad/vi.mdx › line 7: expected one of the page components');
      expect(result.output).toContain('found <TaskChart>');
      expect(fingerprint(dist)).toEqual(before);
    } finally {
      rmSync(join(content, 'pages'), { recursive: true, force: true });
    }
  }, 180_000);

  it('exits non-zero, lists every problem with file and field, and leaves dist/ untouched', () => {
    const before = fingerprint(dist);
    expect(Object.keys(before).length).toBeGreaterThan(10);

    const taskFile = join(content, 'tasks', 'late-task.json');
    const task = JSON.parse(readFileSync(taskFile, 'utf8'));
    task.history[0].progress = 150;
    task.lead = 'no-such-body';
    writeFileSync(taskFile, JSON.stringify(task));
    writeFileSync(join(content, 'sources', 'meeting-x.json'), '{ "id": ');

    const result = build();
    expect(result.status).toBe(1);
    expect(result.output).toContain('late-task.json › history[0].progress: expected a number from 0 to 100; found 150');
    expect(result.output).toContain('late-task.json › lead: expected the id of a body');
    expect(result.output).toContain('meeting-x.json: expected well-formed JSON');
    expect(result.output).toContain('nothing was published');
    expect(fingerprint(dist)).toEqual(before);
  }, 180_000);
});

describe('running with a current Node (src/cli/with-node.mjs)', () => {
  // Run the wrapper as if on Node 20 by faking process.versions before it loads.
  const asNode20 = [
    '--import',
    'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.20.2"})',
    'src/cli/with-node.mjs',
  ];
  const printVersion = ['node', '-e', 'console.log("ran on", process.version)'];

  it('runs the command on a current Node as it is, saying nothing', () => {
    const output = execFileSync(process.execPath, ['src/cli/with-node.mjs', ...printVersion], { encoding: 'utf8' });
    expect(output).toBe(`ran on ${process.version}\n`);
  });

  it('on an old Node, runs the command with the project’s own current Node, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck57-node-'));
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(process.execPath, join(dir, 'node_modules', '.bin', 'node'));
    const output = spawnSync(process.execPath, [...asNode20, ...printVersion], {
      encoding: 'utf8',
      env: { ...process.env, CK57_NODE_DIR: dir },
    });
    expect(output.status).toBe(0);
    expect(output.stdout).toBe(
      `Node 20.20.2 is older than 22.18; using Node ${process.versions.node} from ${dir}.\nran on ${process.version}\n`,
    );
  });

  it('stops an old Node with one line when no current Node can be installed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck57-node-'));
    // An npm that fails, as with no registry in reach.
    writeFileSync(join(dir, 'npm'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const env = { ...process.env, CK57_NODE_DIR: join(dir, 'none'), PATH: `${dir}:${process.env['PATH']}` };
    const output = spawnSync(process.execPath, [...asNode20, ...printVersion], { encoding: 'utf8', env });
    expect(output.status).toBe(1);
    const lines = output.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('needs Node.js >= 22.18 (this is 20.20.2) and could not install one');
    expect(output.stdout).not.toContain('ran on');
  });
});
