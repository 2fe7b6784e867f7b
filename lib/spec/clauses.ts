/**
 * Splits one specification line into clauses and reads the label in front of
 * each ("Colour: red, blue; size: 20x30 cm" → a colour clause and a size
 * clause). A comma only starts a new clause when a label follows it, so
 * "Color: red, black, blue" stays one colour clause.
 */
import {
  type Attribute,
  bareLabelSource,
  COMPOSITION_LABEL_BEFORE_FIBRES,
  colonLabelSource,
  LABELLED_ATTRIBUTES,
  LOOKS_LIKE_COMPOSITION,
  SIZE_LABEL_BEFORE_MEASURE,
} from './attributes';
import { cuedScriptLabel } from './cued-labels';
import { DIM_SEP, NUMBER, regex } from './patterns';
import { topicLabel } from './topic-label';
import { LENGTH_VALUE } from './units';

/** A value that opens with a measurement: "30 سم", "2.5 m", "50×40 cm". */
const OPENS_WITH_MEASURE = regex(`^\\s{0,3}(?:${NUMBER}${DIM_SEP}){0,2}${LENGTH_VALUE}`, 'iu');

export interface Clause {
  text: string;
  /** Offset of `text` in the line. */
  start: number;
  /** The attribute named by the clause's label, when it has one. */
  attribute?: Attribute;
  /** Offset in `text` where the value starts (0 when there is no label). */
  valueStart: number;
}

// Arabic writes its own comma and semicolon (، ؛) where Latin text writes , and ;.
const STRONG = new Set([';', '；', '|', '。', '\n', '؛']);
const WEAK = new Set([',', '，', '،', '、']);
const OPEN = new Set(['(', '[', '（', '【']);
const CLOSE = new Set([')', ']', '）', '】']);
const BULLET = /^[\s\-•*·▪>]*(?:\d{1,2}[.)]\s+)?/u;
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|approx|ca|no|nr|incl|etc|Mr|Ms|Co|Ltd|rev|ref|réf|art|env|Pos|max|min|vs))$/iu;
// "campione approvato n. CS-0312", "núm. 45": the Romance "number" abbreviations are not a sentence's end either, but
// only before the number they abbreviate: in "as approved sample n. Color: nice" the value ended at "n." and the next
// field starts.
// Czech "č." (číslo) likewise: "vzorek č. CS-12"; "č" is not an ASCII word character, so it is bounded by letters.
const NUMBER_SIGN = /\b(?:n|núm|num)$|(?<!\p{L})č$/iu;
/**
 * The same abbreviations in the other scripts and languages read, where "\b" (ASCII only) cannot bound them: Greek
 * "αρ." / "αριθ." (αριθμός, number), "π.χ."; Ukrainian and Russian "арт." (article), "вул." / "ул." (street), "буд."
 * (building), "напр."; Hungarian "sz." (szám), "pl." (például); Swedish "nr", "t.ex"; Romanian "nr.", "str.", "jud.".
 */
const ABBREVIATION_ANY_SCRIPT =
  /(?<![\p{L}\p{N}])(?:αρ|αριθ|π\.χ|κ\.λπ|арт|вул|ул|просп|буд|напр|див|обл|sz|pl|stb|t\.ex|bl\.a|str|jud|bd)$/iu;
/**
 * "м. Львів", "г. Москва": the town abbreviation before the town's name; the same "м." after a figure is a metre
 * ("Довжина: 2 м. Колір: …") and a next "Label:" opens a new field, so both of those still end the sentence.
 */
const TOWN_SIGN = /(?<![\p{L}\p{N}]\s?)(?:м|г|смт)$/u;
const NOT_A_LABEL_NEXT = /^\p{L}[\p{L}'’-]*(?![\p{L}'’-]*\s{0,2}[:：])/u;
const A_CODE = /^[^\s:：]*\d/u;

const NEXT_CELL_LABEL = /^\s{1,2}\p{L}[\p{L}\p{N} .#/-]{0,24}?\s{0,2}[:：]/u;

/**
 * The few characters before `i`, enough for any abbreviation; a cut word gets a letter in front so that "\b" cannot
 * take its middle for a start. Testing "$" on the whole prefix at every full stop made a line of them quadratic.
 */
function wordsBefore(line: string, i: number): string {
  const from = Math.max(0, i - 12);
  return (from > 0 ? 'x' : '') + line.slice(from, i);
}

interface Segment {
  start: number;
  end: number;
  afterStrong: boolean;
}

function fineSegments(line: string): Segment[] {
  const segments: Segment[] = [];
  // Brackets that are never closed must not swallow the rest of the line: count the closers still ahead.
  let closersAhead = 0;
  for (const ch of line) if (CLOSE.has(ch)) closersAhead++;
  let depth = 0;
  let start = 0;
  // Where the current cell began (after the last strong separator): its colon may stand before a comma.
  let cellStart = 0;
  let lastColon = -1;
  let afterStrong = true;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === ':' || ch === '：') lastColon = i;
    if (CLOSE.has(ch)) closersAhead--;
    if (OPEN.has(ch) && closersAhead > depth) depth++;
    else if (CLOSE.has(ch) && depth > 0) depth--;
    if (depth > 0) continue;
    const prev = line[i - 1] ?? '';
    const next = line[i + 1] ?? '';
    const sentenceEnd =
      ch === '.' &&
      next === ' ' &&
      // Any capital opens the next sentence: "… εξαγωγική. Ποιότητα: …", "… piros. Méret: …", "… černá. Šířka: …";
      // Hebrew and Arabic have no capitals, so any of their letters does: "צבע: לפי התמונה. גודל: …".
      /[\p{Lu}\p{Script=Hebrew}\p{Script=Arabic}]/u.test(line[i + 2] ?? '') &&
      !ABBREVIATION.test(wordsBefore(line, i)) &&
      !ABBREVIATION_ANY_SCRIPT.test(wordsBefore(line, i)) &&
      !(TOWN_SIGN.test(wordsBefore(line, i)) && NOT_A_LABEL_NEXT.test(line.slice(i + 2, i + 40))) &&
      !(NUMBER_SIGN.test(wordsBefore(line, i)) && A_CODE.test(line.slice(i + 2, i + 40)));
    // "Item: USB-C cable / Spec: 1 m, jacket black / Qty: 2,000 pcs": a spaced slash before the next "Label:"
    // separates the cells of a flattened table row, like "|".
    // A cell has its own colon before the slash: "Размер коробки / carton size: 52x34x30 cm" is one label written
    // in two languages, not an empty cell.
    const cellSlash =
      ch === '/' && prev === ' ' && NEXT_CELL_LABEL.test(line.slice(i + 1, i + 32)) && lastColon >= cellStart;
    const strong = STRONG.has(ch) || sentenceEnd || cellSlash;
    // "1,000 pcs" and "1,2 kg" are numbers, not two clauses.
    const weak = WEAK.has(ch) && !(ch === ',' && /\d/.test(prev) && /\d/.test(next));
    if (!strong && !weak) continue;
    segments.push({ start, end: i, afterStrong });
    start = i + 1;
    if (strong) cellStart = start;
    afterStrong = strong;
  }
  segments.push({ start, end: line.length, afterStrong });
  return segments;
}

interface Label {
  attribute?: Attribute;
  valueStart: number;
  /** Read from the first words, with no colon ("Colour same as sample"). */
  bare?: boolean;
}

function lastLabelIn(phrase: string): Attribute | undefined {
  let best: { attribute: Attribute; at: number } | undefined;
  for (const attribute of LABELLED_ATTRIBUTES) {
    for (const m of phrase.matchAll(regex(colonLabelSource(attribute)))) {
      // Prefer the head noun (last label word); "Logo colour" is about colour,
      // so customization only wins when nothing else is named.
      const at = attribute === 'customization' ? -1 : m.index + m[0].length;
      if (!best || at > best.at) best = { attribute, at };
    }
  }
  return best?.attribute;
}

/** Words that negate the noun after them: "without", "sem", "sin", "sans", "ohne", "senza", "bez", "без". */
const NEGATION = '(?:no|not|non|without|sem|sin|sans|ohne|senza|bez|без|không)';

/** Reads "Label: value" or a bare leading label ("Colour same as sample"). */
export function readLabel(text: string): Label {
  const lead = BULLET.exec(text)?.[0].length ?? 0;
  const colon = /[:：=]/u.exec(text.slice(lead));
  // A label is short: a colon 120 characters in is not one, and bounding it keeps the bracket scan linear.
  if (colon && colon.index <= 120) {
    const at = lead + colon.index;
    const phrase = text.slice(lead, at).replace(/[(（][^()（）]{0,120}[)）]/gu, ' ');
    const words = phrase.trim().split(/\s+/u).length;
    const isTime = /\d$/.test(text.slice(0, at)) && /^\d/.test(text.slice(at + 1));
    if (!isTime && phrase.trim().length > 0 && phrase.length <= 40 && words <= 5) {
      const attribute =
        lastLabelIn(phrase) ??
        (regex(SIZE_LABEL_BEFORE_MEASURE, 'u').test(phrase) && OPENS_WITH_MEASURE.test(text.slice(at + 1))
          ? 'size'
          : undefined) ??
        (regex(COMPOSITION_LABEL_BEFORE_FIBRES, 'iu').test(phrase) &&
        LOOKS_LIKE_COMPOSITION.test(text.slice(at + 1, at + 80))
          ? 'material'
          : undefined) ??
        // "رنگ: مطابق نمونه", "প্যাকিং: সাধারণ রপ্তানি প্যাকিং": read only before a vague cue (cued-labels.ts).
        cuedScriptLabel(phrase, text.slice(at + 1));
      return { attribute, valueStart: at + 1 };
    }
  }
  const rest = text.slice(lead);
  // "サイズは標準": the field noun as the clause's topic, read as "サイズ：標準" is.
  const topic = topicLabel(rest);
  const topicAttribute = topic && lastLabelIn(topic.phrase);
  if (topic && topicAttribute) return { attribute: topicAttribute, valueStart: lead + topic.valueStart };
  for (const attribute of LABELLED_ATTRIBUTES) {
    // "sem material reciclado", "without material change": a label word after a negation names what is absent.
    const m = regex(
      `^(?:(?!${NEGATION}\\s)[\\p{L}'’-]+\\s+){0,2}?${bareLabelSource(attribute)}\\s*`,
      'iu',
    ).exec(rest);
    if (m && m[0].length < rest.length) return { attribute, valueStart: lead + m[0].length, bare: true };
  }
  return { valueStart: 0 };
}

/** Detectors re-read the whole line for context; remembering the last split keeps that linear. */
let lastSplit: { line: string; clauses: Clause[] } | undefined;

export function splitClauses(line: string): readonly Clause[] {
  if (lastSplit?.line === line) return lastSplit.clauses;
  const clauses = splitUncached(line);
  lastSplit = { line, clauses };
  return clauses;
}

function splitUncached(line: string): Clause[] {
  const clauses: { start: number; end: number; label: Label }[] = [];
  for (const seg of fineSegments(line)) {
    const raw = line.slice(seg.start, seg.end);
    if (raw.trim().length === 0) continue;
    const label = readLabel(raw);
    const current = clauses[clauses.length - 1];
    // "Logo: silk-screen, size 40×20 mm, white": the size and colour are the print's, not the product's.
    const ofThePrint =
      current?.label.attribute === 'customization' &&
      label.bare === true &&
      (label.attribute === 'size' || label.attribute === 'color');
    if (current && !seg.afterStrong && (label.attribute === undefined || ofThePrint)) {
      current.end = seg.end;
      continue;
    }
    clauses.push({ start: seg.start, end: seg.end, label });
  }
  return clauses.map(({ start, end, label }) => {
    const raw = line.slice(start, end);
    const trimmedStart = raw.length - raw.trimStart().length;
    const text = raw.trim();
    return {
      text,
      start: start + trimmedStart,
      attribute: label.attribute,
      valueStart: Math.max(0, label.valueStart - trimmedStart),
    };
  });
}

/**
 * The few clauses right after `clause` in its line (a packing clause owns the
 * "carton size:" after it). Bounded, so a line of many clauses stays linear.
 */
export function followingClauses(clause: Clause, line: string, max = 4): readonly Clause[] {
  const clauses = splitClauses(line);
  // Clauses are in line order: find this one by binary search, not by a scan per clause.
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = (clauses[mid] as Clause).start;
    if (start === clause.start) return clauses.slice(mid + 1, mid + 1 + max);
    if (start < clause.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return [];
}

/** The value part of a clause, trimmed, with its offset in the clause. */
export function clauseValue(clause: Clause): { text: string; start: number } {
  const raw = clause.text.slice(clause.valueStart);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim().replace(/[.。]$/u, ''), start: clause.valueStart + lead };
}

/** Text searched for lexicon cues: the clause minus another attribute's label ("Logo colour:"). */
export function searchableText(clause: Clause, attribute: Attribute): string {
  if (clause.attribute === undefined || clause.attribute === attribute) return clause.text;
  return ' '.repeat(clause.valueStart) + clause.text.slice(clause.valueStart);
}
