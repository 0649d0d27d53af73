/**
 * Numbers that cannot be true in their indicator's unit: a share of −250 %, a range whose upper
 * bound is below its lower one, a figure on a qualitative target.
 */
import { UNIT_RANGES, type Indicator } from '../schema/indicator.ts';
import { describeValue, type Problem } from './problem.ts';

function checkValue(file: string, field: string, unit: Indicator['unit'], value: number | undefined, problems: Problem[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) return; // a missing or non-number value is the schema's to report
  if (unit === 'qualitative') {
    problems.push({
      file,
      field,
      expected: 'no number (the indicator is qualitative: its text says what is reported)',
      found: describeValue(value),
    });
    return;
  }
  const range = UNIT_RANGES[unit];
  if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
    problems.push({ file, field, expected: `${range.text} (the unit is "${unit}")`, found: describeValue(value) });
  }
}

export function indicatorSanity(file: string, indicator: Indicator, problems: Problem[]): void {
  indicator.targets.forEach((t, i) => {
    checkValue(file, `targets[${i}].value`, indicator.unit, t.value, problems);
    checkValue(file, `targets[${i}].valueMax`, indicator.unit, t.valueMax, problems);
    if (t.value !== undefined && t.valueMax !== undefined && t.valueMax < t.value) {
      problems.push({
        file,
        field: `targets[${i}].valueMax`,
        expected: `an upper bound on or above the value ${t.value}`,
        found: describeValue(t.valueMax),
      });
    }
  });
  indicator.observations.forEach((o, i) => checkValue(file, `observations[${i}].value`, indicator.unit, o.value, problems));
}
