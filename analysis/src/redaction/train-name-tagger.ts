// Learns the name tagger's weights (name-tagger.ts) from annotated texts: each capitalised word is an
// example, labelled by whether a hand-marked PERSON span covers it. Logistic regression by stochastic gradient descent with a fixed seed, so the same
// sets always give the same weights.
import {
  isTaggable,
  scoreToken,
  tokenFeatures,
  type NameTaggerModel,
  type NameTaggerThresholds,
} from './name-tagger.ts';
import { tokenizeWords } from './tokenize-words.ts';
import type { Entity } from './types.ts';

export interface AnnotatedText {
  text: string;
  entities: readonly Entity[];
}

interface Example {
  features: string[];
  label: 0 | 1;
}

/** One example per capitalised word. */
export function taggerExamples(texts: readonly AnnotatedText[]): Example[] {
  const examples: Example[] = [];
  for (const { text, entities } of texts) {
    const tokens = tokenizeWords(text);
    const gold = entities.filter((e) => e.type === 'PERSON');
    tokens.forEach((token, i) => {
      if (!isTaggable(token)) return;
      const label = gold.some((g) => token.start >= g.start && token.end <= g.end) ? 1 : 0;
      examples.push({ features: tokenFeatures(tokens, i), label });
    });
  }
  return examples;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per step, which keeps rare features from deciding alone. */
  l2?: number;
  thresholds: NameTaggerThresholds;
  trainedOn: string[];
}

/** Fits the weights; deterministic for the same texts and options. */
export function trainNameTagger(texts: readonly AnnotatedText[], options: TrainOptions): NameTaggerModel {
  const { epochs = 15, learningRate = 0.1, l2 = 1e-4 } = options;
  const examples = taggerExamples(texts);
  const weights = new Map<string, number>();
  let bias = 0;
  let seed = 19;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = learningRate / (1 + epoch * 0.3);
    for (const index of order) {
      const { features, label } = examples[index]!;
      let sum = bias;
      for (const feature of features) sum += weights.get(feature) ?? 0;
      const gradient = label - 1 / (1 + Math.exp(-sum));
      bias += rate * gradient;
      for (const feature of features) {
        const w = weights.get(feature) ?? 0;
        weights.set(feature, w + rate * (gradient - l2 * w));
      }
    }
  }
  const stored: Record<string, number> = {};
  for (const [feature, weight] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rounded = Math.round(weight * 1000) / 1000;
    if (Math.abs(rounded) >= 0.01) stored[feature] = rounded;
  }
  return {
    version: 1,
    trainedOn: options.trainedOn,
    bias: Math.round(bias * 1000) / 1000,
    weights: stored,
    thresholds: options.thresholds,
  };
}

/** Share of examples the model labels right at 0.5: a quick check that training learnt something. */
export function taggerAccuracy(model: NameTaggerModel, texts: readonly AnnotatedText[]): number {
  const examples = taggerExamples(texts);
  const right = examples.filter((e) => scoreToken(model, e.features) >= 0.5 === (e.label === 1)).length;
  return examples.length === 0 ? 1 : right / examples.length;
}
