/**
 * "サイズは標準", "色はお任せ", "材質がステンレス": Japanese names the field as the topic of its clause (a noun and
 * は or が) as often as it writes "サイズ：標準". The noun is the label and what follows the particle its value; which
 * attribute the noun names is still read by the colon labels' own words, so only a field noun opens a label.
 */

/** A short run of kanji or katakana right at the start, then the topic or subject particle. */
const TOPIC = /^([\p{Script=Han}\p{Script=Katakana}ー]{1,8})(?:は|が|も)(?=\S)/u;

/** The noun written as a clause's topic and where its value starts, or undefined. */
export function topicLabel(text: string): { phrase: string; valueStart: number } | undefined {
  const m = TOPIC.exec(text);
  return m ? { phrase: m[1]!, valueStart: m[0].length } : undefined;
}
