import { JiraError } from '../errors.ts';
import { instantOfWallClock } from '../time.ts';

/** JQL date values: `yyyy-MM-dd[ HH:mm]` or `yyyy/MM/dd[ HH:mm]` in the searcher's zone, epoch millis, or `-5d`. */

const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([+-])?\s*((?:\d+[wdhm]\s*)+)$/;
const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

function invalidDate(value: string, field: string): JiraError {
  return new JiraError(400, [
    `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', ` +
      `'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  ]);
}

function absolute(match: RegExpExecArray, timeZone: string): number | undefined {
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  const clock = { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0 };
  const check = new Date(Date.UTC(clock.year, clock.month - 1, clock.day));
  const isRealDay = check.getUTCMonth() === clock.month - 1 && check.getUTCDate() === clock.day;
  if (!isRealDay || clock.hour > 23 || clock.minute > 59) return undefined;
  return instantOfWallClock(clock, timeZone);
}

function period(match: RegExpExecArray, now: number): number {
  const sign = match[1] === '-' ? -1 : 1;
  const amounts = (match[2] ?? '').matchAll(/(\d+)([wdhm])/g);
  let total = 0;
  for (const [, amount, unit] of amounts) total += Number(amount) * (UNIT_MS[unit as string] ?? 0);
  return now + sign * total;
}

export function parseJqlDate(value: string, field: string, timeZone: string, now: number): number {
  const text = value.trim();
  if (/^\d{9,}$/.test(text)) return Number(text);
  const absoluteMatch = ABSOLUTE.exec(text);
  if (absoluteMatch) {
    const instant = absolute(absoluteMatch, timeZone);
    if (instant === undefined) throw invalidDate(value, field);
    return instant;
  }
  const periodMatch = PERIOD.exec(text);
  if (periodMatch) return period(periodMatch, now);
  throw invalidDate(value, field);
}
