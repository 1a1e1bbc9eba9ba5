import type { SparseVector } from './tfidf.ts';

/** A binary logistic regression over sparse text features plus a few dense rule features. */
export interface LogisticFit {
  readonly weights: Float64Array;
  readonly ruleWeights: Float64Array;
  readonly bias: number;
}

export interface LogisticOptions {
  /** L2 penalty on weights (not on the bias), on the mean loss. */
  readonly l2: number;
  readonly iterations: number;
  /** Weight of a positive example; >1 because each theme is in a minority of stories. */
  readonly positiveWeight: number;
}

/**
 * The logistic function, computed without overflow for large |z|.
 * @example sigmoid(0) // 0.5
 */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function dot(weights: Float64Array, row: SparseVector): number {
  let sum = 0;
  for (let k = 0; k < row.indices.length; k += 1) sum += (weights[row.indices[k] ?? 0] ?? 0) * (row.values[k] ?? 0);
  return sum;
}

/**
 * Fits one-vs-rest logistic regression by Nesterov-accelerated gradient descent on the full batch:
 * deterministic (no shuffling) and fast enough for thousands of stories.
 * @example fitLogistic(rows, ruleRows, labels, vocabularySize, { l2: 0.001, iterations: 300, positiveWeight: 2 })
 */
export function fitLogistic(
  rows: readonly SparseVector[],
  ruleRows: readonly Float64Array[],
  labels: readonly boolean[],
  dimension: number,
  options: LogisticOptions,
): LogisticFit {
  const ruleCount = ruleRows[0]?.length ?? 0;
  const biasIndex = dimension + ruleCount;
  const size = biasIndex + 1; // text weights, rule weights, bias
  let current = new Float64Array(size);
  let previous = new Float64Array(size);
  const lookahead = new Float64Array(size);
  const gradient = new Float64Array(size);
  const exampleWeights = labels.map((label) => (label ? options.positiveWeight : 1));
  const totalWeight = exampleWeights.reduce((sum, weight) => sum + weight, 0) || 1;
  // Step 1/L: the logistic loss's curvature is at most 0.25 × the largest squared row norm
  // (text part ≤ 1, rule part ≤ number of rule features, bias 1).
  let largestSquaredNorm = 2;
  for (const ruleRow of ruleRows)
    largestSquaredNorm = Math.max(largestSquaredNorm, 2 + ruleRow.reduce((sum, v) => sum + v * v, 0));
  const step = 1 / (0.25 * largestSquaredNorm + options.l2);
  for (let iteration = 1; iteration <= options.iterations; iteration += 1) {
    const momentum = (iteration - 1) / (iteration + 2);
    for (let j = 0; j < size; j += 1) {
      lookahead[j] = (current[j] ?? 0) + momentum * ((current[j] ?? 0) - (previous[j] ?? 0));
    }
    gradient.fill(0);
    for (const [i, row] of rows.entries()) {
      const ruleRow = ruleRows[i] ?? new Float64Array(ruleCount);
      let logit = dot(lookahead, row) + (lookahead[biasIndex] ?? 0);
      for (let r = 0; r < ruleCount; r += 1) logit += (lookahead[dimension + r] ?? 0) * (ruleRow[r] ?? 0);
      const error = ((exampleWeights[i] ?? 1) * (sigmoid(logit) - (labels[i] ? 1 : 0))) / totalWeight;
      for (let k = 0; k < row.indices.length; k += 1) {
        const j = row.indices[k] ?? 0;
        gradient[j] = (gradient[j] ?? 0) + error * (row.values[k] ?? 0);
      }
      for (let r = 0; r < ruleCount; r += 1)
        gradient[dimension + r] = (gradient[dimension + r] ?? 0) + error * (ruleRow[r] ?? 0);
      gradient[biasIndex] = (gradient[biasIndex] ?? 0) + error;
    }
    for (let j = 0; j < biasIndex; j += 1) gradient[j] = (gradient[j] ?? 0) + options.l2 * (lookahead[j] ?? 0);
    const next = previous;
    for (let j = 0; j < size; j += 1) next[j] = (lookahead[j] ?? 0) - step * (gradient[j] ?? 0);
    previous = current;
    current = next;
  }
  return {
    weights: current.slice(0, dimension),
    ruleWeights: current.slice(dimension, biasIndex),
    bias: current[biasIndex] ?? 0,
  };
}

/**
 * The fitted model's probability for one story.
 * @example predictLogistic(fit, row, ruleRow) // 0.83
 */
export function predictLogistic(fit: LogisticFit, row: SparseVector, ruleRow: Float64Array): number {
  let logit = dot(fit.weights, row) + fit.bias;
  for (let r = 0; r < fit.ruleWeights.length; r += 1) logit += (fit.ruleWeights[r] ?? 0) * (ruleRow[r] ?? 0);
  return sigmoid(logit);
}
