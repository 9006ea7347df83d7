/** Wall-clock fields of an instant in a time zone. */
function wallClock(at: Date, timeZone: string | undefined) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  }).formatToParts(at);
  const field = (type: string) => parts.find((part) => part.type === type)?.value ?? '0';
  return {
    year: Number(field('year')),
    month: Number(field('month')),
    day: Number(field('day')),
    hour: Number(field('hour')),
    minute: Number(field('minute')),
    second: Number(field('second')),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(field('weekday')),
  };
}

/** The instant (ms) when the zone's clock reads the given date and time; day may overflow the month. */
export function zonedToInstant(
  fields: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string | undefined,
): number {
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute);
  let guess = asUtc;
  // Two rounds settle the zone's offset, daylight-saving changes included.
  for (let round = 0; round < 2; round++) {
    const seen = wallClock(new Date(guess), timeZone);
    const seenAsUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second);
    guess += asUtc - seenAsUtc;
  }
  return guess;
}

export interface SnoozePresets {
  laterToday: number;
  tomorrow: number;
  nextWeek: number;
}

/** Unix seconds for "later today" (+3 h), tomorrow 9:00 and next Monday 9:00 in the teammate's time zone. */
export function snoozePresets(now: Date, timeZone: string | undefined): SnoozePresets {
  const today = wallClock(now, timeZone);
  const at9 = (daysAhead: number) =>
    Math.floor(zonedToInstant({ ...today, day: today.day + daysAhead, hour: 9, minute: 0 }, timeZone) / 1000);
  const daysToMonday = (8 - today.weekday) % 7 || 7;
  return {
    laterToday: Math.floor(now.getTime() / 1000) + 3 * 3600,
    tomorrow: at9(1),
    nextWeek: at9(daysToMonday),
  };
}

/** A `datetime-local` value (the zone's wall clock) as Unix seconds. */
export function localInputToUnix(value: string, timeZone: string | undefined): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return Math.floor(zonedToInstant({ year, month, day, hour, minute }, timeZone) / 1000);
}
