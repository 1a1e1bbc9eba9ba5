import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatPeriod, formatShortDate } from './format.ts';

describe('Dutch notation', () => {
  it('writes numbers with a decimal comma and a thousands dot', () => {
    expect(formatNumber(0.35, 2)).toBe('0,35');
    expect(formatNumber(-0.3333, 2)).toBe('-0,33');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(282)).toBe('282');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('writes shares as percentages', () => {
    expect(formatPercent(0.353)).toBe('35%');
    expect(formatPercent(0.353, 1)).toBe('35,3%');
    expect(formatPercent(1)).toBe('100%');
    // Up to one decimal: a small share keeps its digit, a round one none (the export's estimate).
    expect(formatPercent(0.048, { upTo: 1 })).toBe('4,8%');
    expect(formatPercent(0.35, { upTo: 1 })).toBe('35%');
    expect(formatPercent(0.0004, { upTo: 1 })).toBe('0%');
  });

  it('writes a calendar day as "6 december 2026", whatever the time zone', () => {
    expect(formatDate('2026-12-06')).toBe('6 december 2026');
    expect(formatDate('2026-01-01')).toBe('1 januari 2026');
    expect(formatShortDate('2026-03-06')).toBe('6 mrt 2026');
    expect(formatPeriod('2026-09-01', '2026-12-06')).toBe('1 september 2026 – 6 december 2026');
  });

  it('writes an instant in Amsterdam time', () => {
    expect(formatDateTime('2026-12-06T13:05:00Z')).toBe('6 december 2026 om 14:05');
    expect(formatDateTime('2026-07-01T22:30:00Z')).toBe('2 juli 2026 om 00:30');
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('1 januari 2027');
  });

  it('shows what it cannot read as given', () => {
    expect(formatDate('morgen')).toBe('morgen');
  });
});
