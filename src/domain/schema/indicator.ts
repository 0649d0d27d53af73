/** A results indicator: the Resolution's targets and the values reported against them. */
import { z } from 'zod';
import { evidence, isoDate, localizedText, recordId, schemaPointer } from './primitives.ts';

export const INDICATOR_UNITS = ['percent', 'percent-of-gdp', 'percent-per-year', 'count', 'rank', 'per-10000-people', 'index', 'qualitative'] as const;

const target = z.strictObject({
  /** The year-end date the target must be met by, e.g. 2030-12-31. */
  date: isoDate,
  /** Numeric threshold; absent for qualitative targets ("top 3 in Southeast Asia"). */
  value: z.number().optional(),
  /** Upper bound of a range target ("8–10 %"). */
  valueMax: z.number().optional(),
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
  period: z.union([z.string().min(1), localizedText]),
  /** The value in the indicator's unit; absent when only a description was reported. */
  value: z.number().optional(),
  text: localizedText,
  /** False when the figure measures something close to, but not the same as, the target. */
  comparable: z.boolean(),
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
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorObservation = z.infer<typeof observation>;
export type IndicatorTarget = z.infer<typeof target>;
