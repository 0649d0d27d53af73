/**
 * The build's named steps and their timings. Every step the build runs after reading its
 * configuration — Astro's own work, then each after-build step — is recorded with its start and end,
 * as one JSON line per step in `build-steps.jsonl` in Astro's cache folder (`<dist>.cache/` when
 * CK57_DIST is set, else node_modules/.astro/), outside the published site. `npm run bench` reads
 * that file to print where the time goes. Steps may overlap (the archive packer runs beside the
 * search index); each records its own times.
 *
 * A line: {"step":"search-index","start":1733331234567.1,"end":1733331244867.9,"ok":true}, the
 * times in milliseconds since 1970 (so another process can place them on its own clock).
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';

/** The file's name inside Astro's cache folder. */
export const STEPS_FILE = 'build-steps.jsonl';

export const stepsFileIn = (cacheDir: string): string => join(cacheDir, STEPS_FILE);

export interface StepTiming {
  step: string;
  /** Milliseconds since 1970. */
  start: number;
  end: number;
  /** False when the step threw (the build then fails). */
  ok: boolean;
}

/** Now, in milliseconds since 1970, to a fraction of a millisecond. */
export const now = (): number => performance.timeOrigin + performance.now();

export interface StepRunner {
  /** Record a step whose start and end were seen elsewhere (Astro's hooks). */
  record(step: string, start: number, end: number, ok?: boolean): void;
  /** Run a step and record its start and end, whether it succeeds or throws. */
  run<T>(step: string, work: () => T | Promise<T>): Promise<T>;
}

/**
 * A runner that writes to `file` (emptied first; null: log lines only) and logs each step's
 * seconds as it ends.
 */
export function stepRunner(file: string | null, logger: Pick<AstroIntegrationLogger, 'info'>): StepRunner {
  if (file !== null) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
  }
  const record = (step: string, start: number, end: number, ok = true) => {
    const timing: StepTiming = { step, start, end, ok };
    if (file !== null) appendFileSync(file, `${JSON.stringify(timing)}\n`);
    logger.info(`${step}: ${((end - start) / 1000).toFixed(1)} s${ok ? '' : ', failed'}`);
  };
  return {
    record,
    async run(step, work) {
      const start = now();
      try {
        const result = await work();
        record(step, start, now());
        return result;
      } catch (error) {
        record(step, start, now(), false);
        throw error;
      }
    },
  };
}

/**
 * The step timings of a steps file, in the order they were written.
 * @throws naming the line and what was expected, when a line is not a step timing
 */
export function parseSteps(text: string, file: string): StepTiming[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, at: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, at }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${at}: expected one JSON object a line; found ${JSON.stringify(line.slice(0, 80))}`);
      }
      const v = value as Partial<StepTiming> | null;
      if (
        typeof v !== 'object' ||
        v === null ||
        typeof v.step !== 'string' ||
        typeof v.start !== 'number' ||
        typeof v.end !== 'number' ||
        typeof v.ok !== 'boolean'
      ) {
        throw new Error(`${file}:${at}: expected {"step": text, "start": ms, "end": ms, "ok": true|false}; found ${line.slice(0, 120)}`);
      }
      return { step: v.step, start: v.start, end: v.end, ok: v.ok };
    });
}
