/**
 * Where a problem in a scenario or assignment form is, in the words the form uses: a field path
 * like `nodes.opening.next[0].to` reads as `Point "opening", branch 1, goes to`. Files keep their
 * paths (a coach editing JSON needs them); forms show these.
 */
const FIELD_WORDS: ReadonlyMap<string, string> = new Map([
  ['id', 'id'],
  ['title', 'title'],
  ['situation', 'situation'],
  ['difficulty', 'difficulty'],
  ['direction', 'who dials'],
  ['briefing', 'Briefing'],
  ['story', 'what happened so far'],
  ['youSaid', 'what you said before'],
  ['facts', 'fact'],
  ['goal', 'goal'],
  ['goals', 'goal'],
  ['persona', 'The manager'],
  ['name', 'name'],
  ['role', 'role'],
  ['company', 'company'],
  ['temperament', 'temperament'],
  ['pickup', 'Who picks up, option'],
  ['speaker', 'who speaks'],
  ['lines', 'what they say, line'],
  ['hint', 'hint'],
  ['next', 'branch'],
  ['to', 'goes to'],
  ['when', 'condition'],
  ['farewell', "the manager's last words, line"],
  ['debrief', 'what the debrief says'],
  ['outcome', 'outcome'],
  ['coach', 'your name'],
  ['note', 'note'],
  ['due', 'due date'],
  ['items', 'Scenarios to practise'],
]);

/** Splits `a.b[0].c` into its names and numbers. */
function segments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] === undefined ? (match[1] as string) : Number(match[2])));
}

/** The place a path names, in words. `itemName` names an assignment's item by its index. */
export function problemPlace(path: string, itemName?: (index: number) => string): string {
  const parts: string[] = [];
  const names = segments(path);
  for (let at = 0; at < names.length; at++) {
    const name = names[at] as string | number;
    const following = names[at + 1];
    if ((name === 'nodes' || name === 'endings') && typeof following === 'string') {
      parts.push(`${name === 'nodes' ? 'Point' : 'Ending'} "${following}"`);
      at++;
    } else if (name === 'items' && typeof following === 'number' && itemName) {
      parts.push(itemName(following));
      at++;
    } else if (typeof name === 'number') {
      const last = parts.pop() ?? '';
      parts.push(`${last} ${name + 1}`.trim());
    } else parts.push(FIELD_WORDS.get(name) ?? name);
  }
  const place = parts.join(', ');
  return place.charAt(0).toUpperCase() + place.slice(1);
}
