/**
 * "not earlier than 30 days after deposit", "30 days after deposit at the earliest", "不早于付款后30天": a lead time
 * given only as its earliest day. Flagged only when the earliest word governs the line's one count of time:
 * - the word sits right before the count ("frühestens nach 4 Wochen"; in Chinese and Japanese the event may stand
 *   between, "最早收到定金后30天"), or a postposed "at the earliest" follows the count and its event;
 * - no other count of time is on the line: "40 Tage nach Anzahlung, frühestens jedoch 35 Tage" is a window, and
 *   "Teillieferungen frühestens nach 4 Wochen" beside the order's "6 Wochen" bounds a part delivery only;
 * - nothing on the line bounds it from above ("within", "latest", "non oltre", "no more than", "最晚").
 * "by the earliest available vessel" or "como mínimo 500 unidades" govern no count of time and stay clear.
 */
import { CLOSING_BOUND, DURATION, OPEN_EARLIEST } from './date-lexicon';
import { findAll, type Match, test } from './patterns';

/** The earliest words that follow their count: "25 days after approval at the earliest", "au plus tôt". */
const POSTPOSED = /^(?:at the earliest|au plus tôt|al più presto|op zijn vroegst|frühestens|najwcześniej)$/iu;
/** Between the word and its count: nothing, one preposition, or (CJK) the event written without spaces. */
const LEAD_GAP =
  /^\s{0,2}(?:(?:nach|after|in|od|po|na|de|après|dopo|sonra|from)\s{1,2})?$|^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{0,12}$/u;
/** Between the count and a postposed word: its event, with no stop, comma or other figure. */
const TRAIL_GAP = /^[^\d,;:.，；。：()（）]{0,60}$/u;

export function earliestDayOnly(text: string): Match[] {
  if (test(CLOSING_BOUND, text)) return [];
  const counts = findAll(DURATION, text);
  if (counts.length !== 1) return [];
  const count = counts[0] as Match;
  // The count's own figure: DURATION may open on a word the earliest phrase ends in ("no antes de 15 días").
  const figure = count.start + Math.max(0, count.text.search(/\d/u));
  return findAll(OPEN_EARLIEST, text).filter((m) =>
    m.end <= figure
      ? LEAD_GAP.test(text.slice(m.end, figure))
      : POSTPOSED.test(m.text) && count.end <= m.start && TRAIL_GAP.test(text.slice(count.end, m.start)),
  );
}
