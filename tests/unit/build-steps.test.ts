/**
 * The build's named steps (src/integrations/steps.ts): each recorded with its start and end in the
 * steps file, overlapping steps both recorded, a failing step recorded as failed and its error
 * passed on; and the benchmark's table of them (src/cli/bench/step-table.ts), worked out by hand.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSteps, stepRunner, type StepTiming } from '../../src/integrations/steps.ts';
import { OUTSIDE_STEPS, stepTable, stepTableMarkdown } from '../../src/cli/bench/step-table.ts';

const work = mkdtempSync(join(tmpdir(), 'ck57-steps-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quiet = { info: () => undefined };

describe('the step runner', () => {
  it('writes one line per step, with its start and end, and empties the file of an earlier build first', async () => {
    const file = join(work, 'cache', 'build-steps.jsonl');
    stepRunner(file, quiet).record('from an earlier build', 1, 2);
    const lines: string[] = [];
    const steps = stepRunner(file, { info: (line) => lines.push(line) });
    steps.record('render', 1_000, 3_500);
    const before = Date.now();
    const result = await steps.run('record-files', async () => {
      await pause(30);
      return 'written';
    });
    expect(result).toBe('written');
    const timings = parseSteps(readFileSync(file, 'utf8'), file);
    expect(timings.map((t) => t.step)).toEqual(['render', 'record-files']);
    expect(timings[0]).toEqual({ step: 'render', start: 1_000, end: 3_500, ok: true });
    const recordFiles = timings[1]!;
    expect(recordFiles.ok).toBe(true);
    expect(recordFiles.start).toBeGreaterThanOrEqual(before - 1);
    expect(recordFiles.end - recordFiles.start).toBeGreaterThanOrEqual(25);
    expect(lines[0]).toBe('render: 2.5 s');
  });

  it('records two steps run side by side, each with its own times', async () => {
    const file = join(work, 'side-by-side.jsonl');
    const steps = stepRunner(file, quiet);
    const packing = steps.run('archive-pack', () => pause(80));
    await steps.run('search-index', () => pause(20));
    await packing;
    const [index, pack] = parseSteps(readFileSync(file, 'utf8'), file);
    // The shorter step ended first; the two overlapped.
    expect([index!.step, pack!.step]).toEqual(['search-index', 'archive-pack']);
    expect(pack!.start).toBeLessThanOrEqual(index!.start);
    expect(pack!.end).toBeGreaterThan(index!.end);
  });

  it('records a step that throws as failed, and passes its error on', async () => {
    const file = join(work, 'failed.jsonl');
    const steps = stepRunner(file, quiet);
    await expect(
      steps.run('manifest', () => {
        throw new Error('no key');
      }),
    ).rejects.toThrow('no key');
    expect(parseSteps(readFileSync(file, 'utf8'), file).map((t) => [t.step, t.ok])).toEqual([['manifest', false]]);
  });

  it('writes no file without one, and still logs', async () => {
    const lines: string[] = [];
    await stepRunner(null, { info: (line) => lines.push(line) }).run('host-config', () => undefined);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^host-config: 0\.0 s$/);
  });

  it('names the file, the line and what it expected when a line is not a step', () => {
    const file = join(work, 'bad.jsonl');
    writeFileSync(file, '{"step":"render","start":1,"end":2,"ok":true}\n{"step":"manifest","start":"soon"}\n');
    expect(() => parseSteps(readFileSync(file, 'utf8'), file)).toThrow(`${file}:2: expected {"step": text`);
    expect(() => parseSteps('not json\n', 'x.jsonl')).toThrow('x.jsonl:1: expected one JSON object a line; found "not json"');
  });
});

describe("the benchmark's step table", () => {
  // Launched at 10,000 ms; 20 s end to end. Steps cover 0.5–12 s and 10–18 s of it (the archive
  // overlapping the index): covered 0.5–18 s = 17.5 s, so 2.5 s outside the steps.
  const launchedAt = 10_000;
  const timings: StepTiming[] = [
    { step: 'start-up', start: 10_500, end: 12_000, ok: true },
    { step: 'render', start: 12_000, end: 20_000, ok: true },
    { step: 'search-index', start: 20_000, end: 24_000, ok: true },
    { step: 'archive-pack', start: 20_000, end: 28_000, ok: true },
    { step: 'host-config', start: 27_000, end: 27_500, ok: true },
  ];

  it('places each step on the launch clock with its share of the whole, and counts the time no step covers once', () => {
    const rows = stepTable(timings, launchedAt, 20_000);
    expect(rows.map((r) => [r.step, r.startsAt, r.seconds, r.share])).toEqual([
      ['start-up', 0.5, 1.5, 0.075],
      ['render', 2, 8, 0.4],
      ['search-index', 10, 4, 0.2],
      ['archive-pack', 10, 8, 0.4],
      ['host-config', 17, 0.5, 0.025],
      [OUTSIDE_STEPS, 0, 2.5, 0.125],
    ]);
  });

  it('writes the table in Markdown, one row per step', () => {
    const text = stepTableMarkdown(stepTable(timings.slice(0, 2), launchedAt, 20_000));
    expect(text).toEqual([
      '| step | starts at (s) | seconds | share |',
      '|---|---:|---:|---:|',
      '| start-up | 0.5 | 1.5 | 8 % |',
      '| render | 2.0 | 8.0 | 40 % |',
      `| ${OUTSIDE_STEPS} | 0.0 | 10.5 | 53 % |`,
    ]);
  });

  it('adds the peak memory column when the rows have it, a dash where no sample fell inside the step', () => {
    const rows = stepTable(timings.slice(0, 1), launchedAt, 20_000).map((row, i) => ({ ...row, peakMiB: [512.4, null][i] ?? null }));
    expect(stepTableMarkdown(rows)).toEqual([
      '| step | starts at (s) | seconds | share | peak MiB |',
      '|---|---:|---:|---:|---:|',
      '| start-up | 0.5 | 1.5 | 8 % | 512 |',
      `| ${OUTSIDE_STEPS} | 0.0 | 18.5 | 93 % | — |`,
    ]);
  });
});
