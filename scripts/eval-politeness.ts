/** `npm run eval:politeness`: the professionalism score against human politeness ratings. */
import { evaluatePoliteness } from './lib/politeness.ts';

const result = evaluatePoliteness();
console.log('Stanford Politeness Corpus (Wikipedia), professionalism score, 10-fold cross-validated');
console.log(`requests scored:                ${result.requests}`);
console.log(`top vs bottom quartile task:    ${result.taskSize} requests`);
console.log(`accuracy (polite if > ${result.threshold}):     ${(result.accuracy * 100).toFixed(1)}%`);
console.log(`Spearman rho, all requests:     ${result.spearman.toFixed(3)}`);
console.log("reference: bag of words ~80%, the paper's classifier ~84%, humans ~87%");
