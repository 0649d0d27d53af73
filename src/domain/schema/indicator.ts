/** A results indicator: the Resolution's targets and the values reported against them. */
import { z } from 'zod';
import { evidence, isoDate, label, localizedText, recordId, reporter, schemaPointer } from './primitives.ts';
import { revisions } from './revision.ts';

export const INDICATOR_UNITS = [
  'percent',
  'percent-of-gdp',
  'percent-per-year',
  'count',
  'rank',
  'per-10000-people',
  'index',
  'qualitative',
] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/**
 * The values each unit can take: a share cannot pass 100 % or fall below 0, a yearly change
 * cannot fall below −100 %, a rank starts at 1. A qualitative indicator takes no number at all.
 */
export const UNIT_RANGES: Record<Exclude<IndicatorUnit, 'qualitative'>, { min?: number; max?: number; text: string }> = {
  percent: { min: 0, max: 100, text: 'a percentage from 0 to 100' },
  'percent-of-gdp': { min: 0, max: 100, text: 'a share of GDP from 0 to 100 %' },
  'percent-per-year': { min: -100, text: 'a yearly change of −100 % or more' },
  count: { min: 0, text: 'a count of 0 or more' },
  rank: { min: 1, text: 'a rank of 1 or more' },
  'per-10000-people': { min: 0, max: 10_000, text: 'a number per 10,000 people from 0 to 10,000' },
  index: { text: 'a number' },
};

/** JSON reads 1e400 as infinity: a number must be one a reader can be shown. */
const figure = z.number({ error: 'expected a finite number, such as 12.5' });

const target = z.strictObject({
  /** The year-end date the target must be met by, e.g. 2030-12-31. */
  date: isoDate,
  /** Numeric threshold; absent for qualitative targets ("top 3 in Southeast Asia"). */
  value: figure.optional(),
  /** Upper bound of a range target ("8–10 %"). */
  valueMax: figure.optional(),
  comparator: z.enum(['>=', '>', '<=', '<', 'between', 'maintain-above']).optional(),
  text: localizedText,
  evidence: z.array(evidence).min(1, { error: 'expected at least one piece of evidence' }),
});

const observation = z.strictObject({
  /** The date the value refers to (end of the period), not when it was published. */
  date: isoDate,
  /**
   * The period as published: plain text when it reads the same in every language ("2025"), by
   * language when it has words ({ "vi": "Khảo sát LHQ 2024", "en": "UN survey 2024", … }).
   */
  period: z.union([label, localizedText]),
  /** The value in the indicator's unit; absent when only a description was reported. */
  value: figure.optional(),
  text: localizedText,
  /** False when the figure measures something close to, but not the same as, the target. */
  comparable: z.boolean(),
  /** Who published the figure (see the Methodology page). */
  reporter,
  evidence: z.array(evidence).min(1, { error: 'expected at least one piece of evidence' }),
  note: localizedText.optional(),
});

export const indicatorSchema = z.strictObject({
  $schema: schemaPointer,
  id: recordId,
  name: localizedText,
  unit: z.enum(INDICATOR_UNITS, { error: `expected one of: ${INDICATOR_UNITS.join(', ')}` }),
  /** Whether a larger value is better ("up"), a smaller one ("down", ranks), or neither. */
  direction: z.enum(['up', 'down']),
  /** The body charged with monitoring the indicator, where a source names one. */
  monitoringAgency: recordId.nullable(),
  targets: z.array(target).min(1, { error: 'expected at least one target' }),
  observations: z.array(observation).default([]),
  note: localizedText.optional(),
  /** Revised figures ("observations[2].value"), re-worded targets, a withdrawal. */
  revisions,
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorObservation = z.infer<typeof observation>;
export type IndicatorTarget = z.infer<typeof target>;
