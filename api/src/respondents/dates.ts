/** Today in Europe/Amsterdam as YYYY-MM-DD: waves open and close on Dutch calendar days. */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Today in UTC, the day-precision submission date stored with a response or story. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
