// Made once: building an Intl.DateTimeFormat costs about as much as the rest of a submission's checks.
const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Europe/Amsterdam as YYYY-MM-DD: waves open and close on Dutch calendar days. */
export function todayInAmsterdam(now = new Date()): string {
  return amsterdamDay.format(now);
}

/** Today in UTC, the day-precision submission date stored with a response or story. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
