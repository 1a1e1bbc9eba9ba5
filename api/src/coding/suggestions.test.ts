import { describe, expect, it } from 'vitest';
import { evidenceSpans, suggestThemes } from './suggestions.ts';

describe('machine suggestions for the coding view', () => {
  it('points every evidence phrase at its places in the redacted text', async () => {
    const text = 'Onze zoon [NAAM] wordt gepest. Hij wordt elke dag gepest in de klassenapp.';
    const result = await suggestThemes(text, '2026.1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const vei = result.themes.find((t) => t.code === 'VEI');
    expect(vei?.evidence.length).toBeGreaterThan(0);
    for (const span of vei?.evidence ?? []) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(evidenceSpans('gepest en gepest', ['gepest'])).toEqual([
      { start: 0, end: 6, text: 'gepest' },
      { start: 10, end: 16, text: 'gepest' },
    ]);
  });

  it('gives no themes with a reason for non-Dutch text, and refuses a model of another codebook version by name', async () => {
    const english = await suggestThemes('The school bus was late every single morning this whole year.', '2026.1');
    expect(english).toMatchObject({ ok: false, reason: 'not_dutch' });
    const mismatch = await suggestThemes('Mijn kind wordt gepest op school.', '2027.1');
    expect(mismatch).toMatchObject({ ok: false, reason: 'model_unavailable' });
    if (!mismatch.ok) {
      expect(mismatch.message).toContain('2026.1');
      expect(mismatch.message).toContain('2027.1');
    }
  });
});
