// Dutch notation for every staff screen: 0,35 · 35% · 6 december 2026 · 6 december 2026 om 14:05.
// Dates and times are shown as the Netherlands sees them, whatever the browser's own zone.
const zone = 'Europe/Amsterdam';
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat('nl-NL', options)));
  return format;
}

/** 1234.5 → "1.234,5"; `decimals` fixes the digits after the comma (0.35, 2 → "0,35"). */
export function formatNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormat(
    decimals === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
  ).format(value);
}

/**
 * A share 0..1 as a percentage: 0.353 → "35%", with `decimals` 1 → "35,3%"; `{ upTo: 1 }` keeps a digit
 * only where there is one (0.048 → "4,8%", 0.35 → "35%"), for small shares that whole percents hide.
 */
export function formatPercent(share: number, decimals: number | { upTo: number } = 0): string {
  if (!Number.isFinite(share)) return '–';
  return numberFormat({
    style: 'percent',
    minimumFractionDigits: typeof decimals === 'number' ? decimals : 0,
    maximumFractionDigits: typeof decimals === 'number' ? decimals : decimals.upTo,
  }).format(share);
}

const calendarDay = /^(\d{4})-(\d{2})-(\d{2})$/;

function asDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  // A calendar day ("2026-12-06") is that day, not midnight UTC shown as the day before somewhere.
  const day = calendarDay.exec(value);
  const date = day ? new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!, 12)) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dayFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone });
const shortDayFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: zone,
});
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: zone });

/** "2026-12-06" or a Date → "6 december 2026"; what it cannot read it shows as given. */
export function formatDate(value: string | Date): string {
  const date = asDate(value);
  return date ? dayFormat.format(date) : String(value);
}

/** "2026-12-06" → "6 dec 2026", for narrow table columns. */
export function formatShortDate(value: string | Date): string {
  const date = asDate(value);
  return date ? shortDayFormat.format(date).replace('.', '') : String(value);
}

/** An instant → "6 december 2026 om 14:05" (Amsterdam time). */
export function formatDateTime(value: string | Date): string {
  const date = asDate(value);
  return date ? `${dayFormat.format(date)} om ${timeFormat.format(date)}` : String(value);
}

/** A period of calendar days: "1 september 2026 – 6 december 2026". */
export function formatPeriod(from: string, to: string): string {
  return `${formatDate(from)} – ${formatDate(to)}`;
}

const numericDayFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: zone,
});

/** An instant or day → "6-12-2026": Dutch notation without a Dutch month name, for pages in every language. */
export function formatNumericDate(value: string | Date): string {
  const date = asDate(value);
  return date ? numericDayFormat.format(date) : String(value);
}
