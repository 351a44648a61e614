// An intent to cooperate, refined by what is to be strengthened:
// "agreed to strengthen military cooperation" -> 0312, "to boost trade" -> 0311.
const INTENTS: readonly [RegExp, string][] = [
  [/\b(?:military|defen[cs]e|army|armed forces|security cooperation)\b/i, '0312'],
  [/\b(?:intelligence)\b/i, '0314'],
  [/\b(?:judicial|law enforcement|extradition)\b/i, '0313'],
  [/\b(?:econom\w*|trade|investment|energy|business|financial|commerc\w*|industr\w*)\b/i, '0311'],
  [/\b(?:aid|assistance)\b/i, '033'],
];

export function refineIntent(window: string): string {
  for (const [re, code] of INTENTS) if (re.test(window)) return code;
  return '030';
}
