/** Intercom timestamps are whole UNIX seconds. */
export function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export function unixSecondsOrNull(date: Date | null): number | null {
  return date ? unixSeconds(date) : null;
}

export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * 86_400_000);
}
