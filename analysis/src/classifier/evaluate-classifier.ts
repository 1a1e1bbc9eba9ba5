import { classifyStory } from './classify-story.ts';
import { scoreCodings, type EvaluationScores } from './evaluate.ts';
import type { ThemeClassifier } from './load-model.ts';
import type { TrainingExample } from './train-model.ts';

/**
 * Classifies human-coded stories and scores the suggestions against the human codes; a story the
 * classifier refuses (empty, not Dutch) counts as no themes.
 * @example evaluateClassifier(classifier, testSplit).macroF1 // 0.8
 */
export function evaluateClassifier(
  classifier: ThemeClassifier,
  examples: readonly TrainingExample[],
): EvaluationScores {
  const predicted = examples.map((example) => {
    const result = classifyStory(classifier, example.text, { maxEvidence: 0 });
    return result.ok ? result.themes.map((theme) => theme.code) : [];
  });
  return scoreCodings(
    examples.map((example) => example.themes),
    predicted,
    classifier.themes.map((theme) => theme.code),
  );
}
