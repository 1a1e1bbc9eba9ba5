import type { SurveyQuestion } from '../surveys/survey-questions.ts';
import type { Random } from './random.ts';

// Base shape of a five-point answer: most parents agree somewhat, a minority is critical.
const likertBase = [0.06, 0.11, 0.21, 0.37, 0.25];

const comments = [
  'Ik zou graag vaker horen hoe het met mijn kind gaat.',
  'De juf is heel betrokken, daar ben ik blij mee.',
  'Berichten van school komen vaak te laat.',
  'Meer uitleg over het schooladvies zou helpen.',
  'Fijn dat er een vast aanspreekpunt is.',
  'Het rooster verandert te vaak.',
  'Mijn kind voelt zich veilig op school.',
];

/**
 * Answers for one synthetic respondent. `climate` (about -1 to 1) moves every Likert item up or down
 * together, so schools, sectors and years differ the way real ones do.
 */
export function generateAnswers(questions: SurveyQuestion[], random: Random, climate: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    if (!question.required && random.chance(0.04)) continue;
    switch (question.kind) {
      case 'likert': {
        const mid = (question.values.length - 1) / 2;
        const weights = question.values.map(
          (_, i) =>
            (likertBase[Math.round((i * 4) / Math.max(1, question.values.length - 1))] ?? 0.2) *
            Math.exp(climate * (i - mid)),
        );
        answers[question.name] = random.weighted(question.values, weights);
        break;
      }
      case 'choice': {
        if (question.values.length === 0) break;
        const weights = question.values.map((_, i) => 1 / (1 + i * 0.6));
        answers[question.name] = random.weighted(question.values, weights);
        break;
      }
      case 'multi': {
        const chosen = question.values.filter(() => random.chance(0.3));
        answers[question.name] = chosen.length > 0 ? chosen : question.values.slice(0, 1);
        break;
      }
      case 'boolean':
        answers[question.name] = random.chance(0.6 + climate * 0.2);
        break;
      case 'text':
        if (question.required || random.chance(0.15)) answers[question.name] = random.pick(comments);
        break;
      case 'number':
      case 'other':
        break;
    }
  }
  return answers;
}
