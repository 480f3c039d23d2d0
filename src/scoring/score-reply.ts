import { cuss } from 'cuss';
import { fillers } from 'fillers';
import { hedges } from 'hedges';
import { BASE_SCORES, CONTEXT_POINTS, EXTRA_HEDGES, FILLER_EXTRAS, HEDGE_STOPLIST, PHRASE_RULES, type PhraseRule } from './rubric.ts';
import { DIMENSIONS, type Dimension, type Finding, type ReplyScore, type ScoreContext } from './score-types.ts';
import { escapeRegExp } from '../lib/escape-regexp.ts';

/**
 * Replies longer than this are scored on their first part only: about 10,000 words, far past
 * anything said on a call, so a 1 MB paste costs no more than the longest real reply.
 */
export const MAX_SCORED_CHARS = 60_000;


/** A phrase list as one alternation, longest first so "to be perfectly honest" beats "honest". */
function phraseRegExp(phrases: Iterable<string>, flags = 'gi'): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}'])(?:${sorted.join('|')})(?![\\p{L}\\p{N}'])`, `${flags}u`);
}

interface CompiledRule {
  rule: PhraseRule;
  regex: RegExp;
}

// Rules with capitalised names in them are case-sensitive; everything else ignores case.
const CASE_SENSITIVE_RULES = new Set(['introduces-self']);

const COMPILED_RULES: CompiledRule[] = PHRASE_RULES.map((rule) => ({
  rule,
  regex: rule.phrases
    ? phraseRegExp(rule.phrases)
    : new RegExp(rule.pattern ?? '(?!)', CASE_SENSITIVE_RULES.has(rule.id) ? 'gmu' : 'gimu'),
}));

const HEDGE_REGEX = phraseRegExp([...hedges.filter((hedge) => !HEDGE_STOPLIST.has(hedge)), ...EXTRA_HEDGES]);
const FILLER_REGEX = phraseRegExp([...fillers, ...FILLER_EXTRAS]);
const PROFANITY_REGEX = phraseRegExp([
  ...Object.entries(cuss)
    .filter(([, sureness]) => sureness >= 2)
    .map(([word]) => word),
  'shit', 'bullshit', 'damn', 'dammit', 'goddamn', 'bitch', 'bastard', 'dick',
]);
const WORD_REGEX = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SHOUTING_REGEX = /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu;
const ACRONYMS = new Set(['ASAP', 'NASA', 'HTML', 'JSON', 'UCLA', 'NYSE', 'SaaS', 'CRM', 'KPIS', 'OKRS', 'HVAC', 'CNC', 'PLC', 'SCADA', 'IEEE', 'AWS', 'GAAP', 'CPA', 'SQL']);
const EXCLAMATION_REGEX = /!{2,}|\?!+|!\?+/g;
const APOLOGY_REGEX = /\b(?:sorry|apologi[sz]e|apologies)\b/gi;
const JUSTIFICATION_REGEX = /\b(?:because|since|the reason (?:is|was)|that'?s why|which is why|the thing is)\b/gi;
const NUMBER_REGEX = /\$\s?\d[\d,.]*\s?(?:k|m|thousand|million)?|\b\d[\d,.]*\s?(?:%|percent|k\b)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand)\s+(?:years?|months?|weeks?|days?|accounts?|people|clients|percent|audits?|projects?|engineers?|reports?)\b/gi;
const DATE_REGEX = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|tomorrow|next week|this week)\b/gi;
const NAME_REGEX = /(?<=[\p{Ll},;:]\s+)\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*/gu;
const CALLBACK_REGEX = /\b\d{3}[-. ]?\d{4}\b|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\bmy number is\b|\breach me (?:at|on)\b/i;
const BAD_NEWS_REGEX = /\b(?:moved on|went with|gone with|decision stands|decision'?s been made|decision is made|not going to change|filled|not interested|going with the shortlist|sticking with the shortlist|don'?t think (?:this|it)'?s|not a fit|i'?m sorry|afraid|won'?t be|can'?t reopen|don'?t give (?:detailed )?feedback)\b/i;
const GRATITUDE_REGEX = /\bthank|\bappreciate|\bgrateful/i;

/** Topics a reason can be about; a change of topic between turns is a changed story. */
const REASON_TOPICS: Readonly<Record<string, RegExp>> = {
  commute: /\b(?:commute|commuting|closer to home|distance|drive|travel time|train)\b/i,
  money: /\b(?:salary|pay|money|compensation|paid|base|raise|\$\s?\d)/i,
  fit: /\b(?:fit|culture|not for me|the right match)\b/i,
  level: /\b(?:title|level|senior|seniority|promotion)\b/i,
  'other offer': /\b(?:other offer|another offer|the other (?:role|company|job)|competing offer|fell through|withdr[ae]w\w*|restructur\w*|cobalt)\b/i,
  family: /\b(?:family|partner|wife|husband|kids|children|childcare|parents?)\b/i,
  team: /\b(?:the team|your team|the people|manager|mentor)\b/i,
};
const REASON_SENTENCE_REGEX = /\b(?:because|reason|that'?s why|decided|the real|what changed|changed|since)\b/i;
const DENIAL_REGEX = /\b(?:i never said|i didn'?t say|i never mentioned|i didn'?t mention|it was never about|it wasn'?t (?:about|because of)|that was never)\b/i;

interface ReplyText {
  /** Curly quotes straightened, same length as the reply so offsets line up. */
  text: string;
  words: number;
}

function sentences(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const regex = /[^.!?\n]+[.!?]*/g;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    out.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return out;
}

function topicsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const [topic, regex] of Object.entries(REASON_TOPICS)) if (regex.test(text)) found.add(topic);
  return found;
}

function reasonTopics(text: string): Set<string> {
  const found = new Set<string>();
  for (const sentence of sentences(text)) if (REASON_SENTENCE_REGEX.test(sentence.text)) for (const topic of topicsIn(sentence.text)) found.add(topic);
  return found;
}

class FindingList {
  readonly findings: Finding[] = [];
  constructor(private readonly reply: string) {}

  at(dimension: Dimension, rule: string, points: number, start: number, end: number, heard: string, better?: string): void {
    const finding: Finding = { dimension, start, end, phrase: this.reply.slice(start, end), points, rule, heard };
    if (better) finding.better = better;
    this.findings.push(finding);
  }

  whole(dimension: Dimension, rule: string, points: number, heard: string, better?: string): void {
    this.at(dimension, rule, points, 0, 0, heard, better);
  }
}

function applyPhraseRules(reply: ReplyText, found: FindingList): void {
  for (const { rule, regex } of COMPILED_RULES) {
    regex.lastIndex = 0;
    let hits = 0;
    for (let match = regex.exec(reply.text); match; match = regex.exec(reply.text)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      hits++;
      if (hits > (rule.maxHits ?? Infinity)) break;
      const start = match.index + (match[0].length - match[0].trimStart().length);
      const end = match.index + match[0].length;
      found.at(rule.dimension, rule.id, rule.points, start, end, rule.heard, rule.better);
      if (rule.also) found.at(rule.also.dimension, rule.id, rule.also.points, start, end, rule.heard, rule.better);
    }
  }
}

function matchesOf(regex: RegExp, text: string, limit = Infinity): RegExpExecArray[] {
  regex.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let match = regex.exec(text); match && out.length < limit; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    else out.push(match);
  }
  return out;
}

function applyTextRules(reply: ReplyText, context: ScoreContext, found: FindingList): void {
  const { text } = reply;

  // Stacked hedges: two or more close together ("kind of maybe I guess").
  const hedgeHits = matchesOf(HEDGE_REGEX, text, 2000);
  let stacks = 0;
  for (let index = 1; index < hedgeHits.length && stacks < 2; index++) {
    const previous = hedgeHits[index - 1] as RegExpExecArray;
    const current = hedgeHits[index] as RegExpExecArray;
    if (current.index - (previous.index + previous[0].length) <= 20) {
      found.at('credibility', 'stacked-hedges', CONTEXT_POINTS.stackedHedges, previous.index, current.index + current[0].length, 'Stacked hedges: you sound unsure of your own reason.', 'Say it once, plainly: "I want this role."');
      stacks++;
      index++;
    }
  }

  // Concrete evidence: numbers, dates and names, each a little, up to a cap.
  let evidence = 0;
  const seenEvidence = new Set<string>();
  for (const regex of [NUMBER_REGEX, DATE_REGEX, NAME_REGEX]) {
    for (const match of matchesOf(regex, text, 20)) {
      const key = match[0].toLowerCase();
      if (seenEvidence.has(key) || evidence + CONTEXT_POINTS.concreteEvidence > CONTEXT_POINTS.concreteEvidenceMax) continue;
      seenEvidence.add(key);
      evidence += CONTEXT_POINTS.concreteEvidence;
      found.at('credibility', 'concrete-evidence', CONTEXT_POINTS.concreteEvidence, match.index, match.index + match[0].length, 'A concrete detail (a number, a date, a name): easy to believe because it is easy to check.');
    }
  }

  for (const match of matchesOf(PROFANITY_REGEX, text, 2)) {
    found.at('professionalism', 'profanity', CONTEXT_POINTS.profanity, match.index, match.index + match[0].length, 'Profanity: on a call like this it is all the manager will remember.', 'Leave it out.');
  }

  let shouted = 0;
  for (const match of matchesOf(SHOUTING_REGEX, text, 50)) {
    if (ACRONYMS.has(match[0]) || shouted >= 3) continue;
    shouted++;
    found.at('professionalism', 'shouting', CONTEXT_POINTS.shoutingWord, match.index, match.index + match[0].length, 'Capitals read as shouting.', 'Use normal case; let the words carry the weight.');
  }
  for (const match of matchesOf(EXCLAMATION_REGEX, text, 2)) {
    found.at('professionalism', 'exclamations', CONTEXT_POINTS.exclamations, match.index, match.index + match[0].length, 'Stacked punctuation reads as shouting or exasperation.', 'One full stop does it.');
  }

  const fillerHits = matchesOf(FILLER_REGEX, text, 5000);
  if (fillerHits.length >= 4 && fillerHits.length / Math.max(reply.words, 1) >= 0.14) {
    const first = fillerHits[0] as RegExpExecArray;
    found.at('professionalism', 'filler-heavy', CONTEXT_POINTS.fillerHeavy, first.index, first.index + first[0].length, `Filler-heavy: ${fillerHits.length} filler words in ${reply.words}; it sounds unprepared.`, 'Pause instead of filling; write the key sentence down beforehand.');
  }

  const apologies = matchesOf(APOLOGY_REGEX, text, 50);
  if (apologies.length >= 3) {
    const first = apologies[0] as RegExpExecArray;
    const last = apologies[apologies.length - 1] as RegExpExecArray;
    found.at('professionalism', 'over-apology', CONTEXT_POINTS.overApology, first.index, last.index + last[0].length, 'An apology spiral: saying sorry again and again makes the call about your discomfort.', 'Apologise once, then say what you came to say.');
  }

  const justifications = matchesOf(JUSTIFICATION_REGEX, text, 50);
  if (justifications.length >= 3) {
    const first = justifications[0] as RegExpExecArray;
    const last = justifications[justifications.length - 1] as RegExpExecArray;
    found.at('defensiveness', 'self-justification', CONTEXT_POINTS.selfJustification, first.index, last.index + last[0].length, 'A chain of "because"s sounds like you are justifying yourself.', 'Give one reason, then stop.');
  }

  if (context.listener === 'voicemail') {
    if (reply.words > 75) found.whole('professionalism', 'rambling-voicemail', CONTEXT_POINTS.ramblingVoicemail, `A ${reply.words}-word voicemail: most people stop listening after thirty seconds.`, 'Name, reason, one line of context, number: under 60 words.');
    if (!CALLBACK_REGEX.test(text)) found.whole('professionalism', 'voicemail-no-callback', CONTEXT_POINTS.voicemailMissingCallback, 'No call-back number: they have to look it up to reply.', 'End with "You can reach me on 555-0142."');
    if (!found.findings.some((finding) => finding.rule === 'introduces-self')) found.whole('professionalism', 'voicemail-no-name', CONTEXT_POINTS.voicemailMissingName, 'The message never says who you are.', 'Start with "Hi, it\'s [your name]."');
  } else if (reply.words > 300) {
    found.whole('professionalism', 'rambling', CONTEXT_POINTS.ramblingLong, `${reply.words} words in one reply: the manager stopped listening a while ago.`, 'Say the key point in two or three sentences, then let them respond.');
  } else if (reply.words > 130) {
    found.whole('professionalism', 'rambling', CONTEXT_POINTS.rambling, `${reply.words} words in one reply is long for a phone call.`, 'Make your point in a few sentences and pause.');
  }
}

type QuestionKind = 'when' | 'why' | 'yes-no' | 'terms' | 'how' | 'what';

function questionKind(managerLine: string): QuestionKind | null {
  const questions = managerLine.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim().endsWith('?'));
  const question = questions[questions.length - 1]?.toLowerCase();
  if (!question) return null;
  if (/\bwhen\b|start date/.test(question)) return 'when';
  if (/\b(?:money|number|what would it take|pay|offer)\b/.test(question)) return 'terms';
  if (/\bwhy\b|what changed|what'?s different|what'?s going on|what can i do|how can i help|what'?s (?:this|it) about|regarding/.test(question)) return 'why';
  if (/^\s*(?:and |okay,? |so,? )?(?:did|do|does|is|are|was|were|can|could|would|will|have|has|mind)\b/.test(question)) return 'yes-no';
  if (/\bhow\b/.test(question)) return 'how';
  if (/\bwhat\b/.test(question)) return 'what';
  return null;
}

const ANSWER_SHAPES: Readonly<Record<QuestionKind, RegExp>> = {
  when: /\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|today|next week|weeks?|days?|immediately|right away|straight away|asap|first|third|month|any ?time|\d)\b/i,
  why: /\b(?:because|since|as|so|reason|after|changed|calling|wanted|want|would like|i'?d like|hoping|follow(?:ing)? up|ask|fell through|withdr\w+|restructur\w*)\b/i,
  'yes-no': /\b(?:yes|yeah|yep|no|not|nope|it did|i did|i do|i can|i could|i would|i will|i'?d|i'?m|i am|i have|absolutely|definitely|of course|sure|certainly|happy to|that works|sounds)\b/i,
  terms: /\b(?:salary|pay|money|compensation|base|title|level|senior|equity|start|\$|\d|thousand|k|number|remote|flexib\w+|not the money|wasn'?t the money)\b/i,
  how: /\b(?:by|through|using|with|built|started|set up|introduced|created|tracked|measured|\d)\b/i,
  what: /[\p{L}]{3,}/u,
};

function applyContextRules(reply: ReplyText, context: ScoreContext, found: FindingList): void {
  const { text } = reply;
  const managerLine = context.managerLine ?? '';

  // A curt reply after bad news.
  if (managerLine && BAD_NEWS_REGEX.test(managerLine) && reply.words > 0 && reply.words <= 3 && !GRATITUDE_REGEX.test(text)) {
    found.at('professionalism', 'curt-after-no', CONTEXT_POINTS.curtAfterNo, 0, text.trimEnd().length, 'Curt after bad news: it sounds like you are sulking.', '"I understand. Thank you for telling me, and for your time."');
  }

  // A question asked and not answered.
  const kind = questionKind(managerLine);
  if (kind && reply.words > 0) {
    const answer = ANSWER_SHAPES[kind].exec(text);
    if (!answer) {
      found.whole('credibility', 'dodged-question', CONTEXT_POINTS.dodgedQuestion, 'The manager asked a question and the reply didn\'t answer it.', 'Answer the question first, in one sentence, then add anything else.');
    } else if (kind !== 'what' && kind !== 'why' && answer.index < 40) {
      found.at('credibility', 'answered-question', CONTEXT_POINTS.answeredQuestion, answer.index, answer.index + answer[0].length, 'You answered the question straight away: that reads as straightforward.');
    }
  }

  // Consistency with what the candidate said before the call.
  const said = context.briefingFacts?.[0] ?? '';
  const saidTopics = topicsIn(said);
  const denial = DENIAL_REGEX.exec(text);
  if (denial) {
    const deniedTopics = topicsIn(text.slice(denial.index, denial.index + 160));
    const contradicted = [...deniedTopics].filter((topic) => saidTopics.has(topic));
    if (contradicted.length > 0) {
      found.at('credibility', 'contradicts-briefing', CONTEXT_POINTS.contradictsBriefing, denial.index, denial.index + denial[0].length, `This contradicts what you told them before (about ${contradicted.join(' and ')}); they remember.`, 'Address what you said head-on: "When I declined, the commute was the reason. That has changed because…"');
    }
  } else if (saidTopics.size > 0) {
    const addressed = [...topicsIn(text)].find((topic) => saidTopics.has(topic) && topic !== 'other offer');
    if (addressed) {
      const match = REASON_TOPICS[addressed]?.exec(text);
      if (match) found.at('credibility', 'consistent-with-before', CONTEXT_POINTS.consistentWithBriefing, match.index, match.index + match[0].length, 'You address the reason you gave before, head-on: consistent and believable.');
    }
  }

  // A reason that changes between turns.
  const now = reasonTopics(text);
  const before = new Set((context.previousReplies ?? []).flatMap((previous) => [...reasonTopics(previous.slice(0, MAX_SCORED_CHARS))]));
  if (now.size > 0 && before.size > 0 && ![...now].some((topic) => before.has(topic))) {
    found.whole('credibility', 'reason-changed', CONTEXT_POINTS.reasonChanged, `Earlier your reason was about ${[...before].join(' and ')}; now it's about ${[...now].join(' and ')}. A changing story costs trust.`, 'Keep to one true reason all the way through the call.');
  }
}

function countWords(text: string): number {
  WORD_REGEX.lastIndex = 0;
  let count = 0;
  while (WORD_REGEX.exec(text)) count++;
  return count;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}

/**
 * Scores one reply. Pure and synchronous; the same in Node and the browser. A reply with nothing
 * notable scores BASE_SCORES, and every point away from them is one of the returned findings.
 */
export function score(reply: string, context: ScoreContext = {}): ReplyScore {
  const scored = reply.length > MAX_SCORED_CHARS ? reply.slice(0, MAX_SCORED_CHARS) : reply;
  const text = scored.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"');
  const replyText: ReplyText = { text, words: countWords(text) };
  const found = new FindingList(reply);
  if (replyText.words > 0) {
    applyPhraseRules(replyText, found);
    applyTextRules(replyText, context, found);
    applyContextRules(replyText, context, found);
  }
  if (reply.length > MAX_SCORED_CHARS) {
    found.whole('professionalism', 'scored-first-part', 0, `Only the first ${MAX_SCORED_CHARS.toLocaleString('en')} characters were scored; no call reply is that long.`);
  }

  const totals = { ...BASE_SCORES };
  for (const finding of found.findings) totals[finding.dimension] += finding.points;
  const result = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, clamp(totals[dimension])])) as Record<Dimension, number>;
  return { ...result, findings: found.findings.sort((a, b) => a.start - b.start || a.end - b.end) };
}
