import { describe, expect, it } from 'vitest';
import { classifyStory } from './classify-story.ts';
import { loadModel } from './load-model.ts';
import { codebookVersion, shippedModelJson } from './shipped-model.fixture.ts';

const loaded = loadModel(shippedModelJson, codebookVersion);
if (!loaded.ok) throw new Error(loaded.message);
const { classifier } = loaded;

function themesOf(text: string) {
  const result = classifyStory(classifier, text);
  if (!result.ok) throw new Error(result.message);
  return result.themes;
}

describe('classifyStory with the shipped model', () => {
  it('finds bullying in an obvious bullying story, quoting the words that show it', () => {
    const [first] = themesOf('Mijn zoon wordt al maanden gepest en uitgescholden in de groepsapp van de klas.');
    expect(first?.code).toBe('VEI');
    expect(first?.evidence).toEqual(expect.arrayContaining(['gepest', 'uitgescholden']));
  });

  it("finds the homework theme and quotes the writer's own spelling", () => {
    const themes = themesOf('Elke avond zit ze tot tien uur aan haar Huiswerk, ze moet zoveel leren voor toetsen.');
    const homework = themes.find((theme) => theme.code === 'THB');
    expect(homework?.evidence).toContain('Huiswerk');
  });

  it('takes no bullying evidence from a negated mention', () => {
    const themes = themesOf(
      'Geen last van pesten hoor, maar de ouderbijdrage van 120 euro kunnen we echt niet betalen.',
    );
    expect(themes.map((theme) => theme.code)).toContain('KOS');
    const bullying = themes.find((theme) => theme.code === 'VEI');
    expect(bullying?.evidence ?? []).not.toContain('pesten');
  });

  it('lists suggested themes highest score first, each at or above its threshold', () => {
    const themes = themesOf('De mentor reageert nooit op mijn mails en de school is telefonisch onbereikbaar.');
    expect(themes.length).toBeGreaterThan(0);
    const scores = themes.map((theme) => theme.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('returns every theme score on request', () => {
    const result = classifyStory(classifier, 'Het rooster verandert elke week.', { allScores: true });
    expect(result.ok && result.scores).toHaveLength(14);
  });

  it('refuses empty text', () => {
    expect(classifyStory(classifier, '   \n ')).toMatchObject({ ok: false, reason: 'empty' });
    expect(classifyStory(classifier, '?!...')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('refuses text that is not Dutch', () => {
    expect(classifyStory(classifier, 'My daughter is bullied at school and the teachers do nothing.')).toMatchObject({
      ok: false,
      reason: 'not_dutch',
    });
  });

  it('accepts a one-word Dutch story', () => {
    expect(classifyStory(classifier, 'Pesten!').ok).toBe(true);
  });
});
