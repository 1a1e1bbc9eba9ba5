import { describe, expect, it } from 'vitest';
import { stemDutch } from './stem-dutch.ts';

describe('stemDutch (classic Snowball Dutch)', () => {
  // Word → stem pairs from the Snowball project's Dutch test vocabulary for the classic algorithm
  // (github.com/snowballstem/snowball-data, dutch/diffs.txt).
  it.each([
    ['aanbesteding', 'aanbested'],
    ['aanbestedingen', 'aanbested'],
    ['aanbevelingen', 'aanbevel'],
    ['aanbiddelijk', 'aanbid'],
    ['aandeel', 'aandel'],
    ['aandelen', 'aandel'],
    ['aangelegenheden', 'aangeleg'],
    ['aangename', 'aangenam'],
    ['aanhankelijkheid', 'aanhank'],
    ['aanmelding', 'aanmeld'],
    ['aanpassingen', 'aanpass'],
    ['aansprakelijkheid', 'aansprak'],
    ['aanhangwagens', 'aanhangwagen'],
    ['aalsmeerse', 'aalsmer'],
  ])('stems %s to %s as the reference vocabulary does', (word, stem) => {
    expect(stemDutch(word)).toBe(stem);
  });

  it('gives the singular and plural of school words the same stem', () => {
    expect(stemDutch('leerkrachten')).toBe(stemDutch('leerkracht'));
    expect(stemDutch('gesprekken')).toBe(stemDutch('gesprek'));
    expect(stemDutch('scholen')).toBe(stemDutch('school'));
    expect(stemDutch('leraren')).toBe(stemDutch('leraar'));
  });

  it('gives verb forms of pesten one stem', () => {
    expect(stemDutch('pesten')).toBe('pest');
    expect(stemDutch('pestte')).toBe('pest');
  });

  it('leaves numbers and very short words alone', () => {
    expect(stemDutch('8')).toBe('8');
    expect(stemDutch('po')).toBe('po');
  });
});
