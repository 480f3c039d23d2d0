/** Precision and recall of one label. */
export interface PrecisionRecall {
  label: string;
  support: number;
  precision: number;
  recall: number;
}

/** Per-label precision and recall from (gold set, predicted set) pairs. */
export function precisionRecall(labels: readonly string[], items: readonly { gold: ReadonlySet<string>; predicted: ReadonlySet<string> }[]): PrecisionRecall[] {
  return labels.map((label) => {
    let truePositive = 0;
    let predicted = 0;
    let support = 0;
    for (const item of items) {
      const inGold = item.gold.has(label);
      const inPredicted = item.predicted.has(label);
      if (inGold) support++;
      if (inPredicted) predicted++;
      if (inGold && inPredicted) truePositive++;
    }
    return { label, support, precision: predicted ? truePositive / predicted : NaN, recall: support ? truePositive / support : NaN };
  });
}

/** The share of (positive, negative) pairs a score ranks the right way round; ties count half. */
export function pairAccuracy(positives: readonly number[], negatives: readonly number[]): number {
  let right = 0;
  for (const positive of positives) for (const negative of negatives) right += positive > negative ? 1 : positive === negative ? 0.5 : 0;
  return positives.length && negatives.length ? right / (positives.length * negatives.length) : NaN;
}

/** Expected calibration error over ten equal-width confidence bins. */
export function calibrationError(predictions: readonly { confidence: number; correct: boolean }[]): number {
  const bins = Array.from({ length: 10 }, () => ({ count: 0, confidence: 0, correct: 0 }));
  for (const { confidence, correct } of predictions) {
    const bin = bins[Math.min(9, Math.floor(confidence * 10))] as { count: number; confidence: number; correct: number };
    bin.count++;
    bin.confidence += confidence;
    bin.correct += correct ? 1 : 0;
  }
  return bins.reduce((sum, bin) => sum + (bin.count ? Math.abs(bin.confidence - bin.correct) : 0), 0) / Math.max(predictions.length, 1);
}

/** A share as a percentage with one decimal, or a dash when undefined. */
export function percent(value: number): string {
  return Number.isNaN(value) ? '  –  ' : `${(value * 100).toFixed(1)}%`;
}
