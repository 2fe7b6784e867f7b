/**
 * "performance same as genuine or equivalent", "works like the original", "性能等同原装": a part said to match the
 * genuine one instead of being it. A genuine part is named by its maker's part number and traced to the maker or an
 * authorised distributor; "the same as genuine" is what a copy or a remarked part is sold as, and no test of the
 * delivered part can tell whether it meets a likeness.
 */

import { msg } from '../i18n/msg';
import { partNumberEnd } from './named-part-number';
import { anyOf, cjk, findAll, latinWords } from './patterns';
import type { VagueHit } from './spec-finding';

const GENUINE =
  '(?:the )?(?:genuine|original|OEM|OE|brand(?:ed)?|name[- ]brand)(?: (?:one|ones|part|parts|chip|chips|product|products|item|unit|cartridge))?';
const PARITY = anyOf(
  latinWords([
    `(?:(?:is|are|works?|performs?|function(?:s|ing)?)\\s)?(?:(?:exactly |just )?the )?same (?:\\p{L}+ )?as ${GENUINE}(?: (?:or|and) (?:equivalent|similar|compatible))?`,
    `(?:as good as|equal to|equivalent to|comparable to|identical to|works? like|performs? like) ${GENUINE}`,
    `(?:igual (?:que|al?)|id[ée]ntic[oa] al?|equivalente al?|como) (?:el |la |lo )?(?:original|genuin[oa]|OEM)`,
    `(?:identique|équivalent|égal|comparable)e?s? (?:à l[’']|au )(?:original|d[’']origine|OEM)`,
    '(?:wie das|gleichwertig mit dem|identisch mit dem) Original',
    `(?:igual|idêntic[oa]|equivalente) (?:ao|à) (?:original|genuín[oa])`,
  ]),
  cjk([
    '(?:和|与|同)原装(?:的)?(?:一样|相同|一致)',
    '(?:媲美|等同|等同于|相当于)原装',
    '純正(?:品)?(?:と)?同等',
  ]),
);

/**
 * "same as the original sample approved on 12 March", "igual que el original pedido 2024-118": the "original" is a
 * record of this buyer's (a sample, an earlier order, a drawing), which both sides hold and can measure the goods
 * against. Only the likeness to a genuine or branded part is vague.
 */
const RECORD_AFTER =
  /^\s{0,2}(?:sample|order|PO|drawing|design|artwork|approved|specimen|swatch|muestra|pedido|orden|plano|dibujo|échantillon|commande|dessin|Muster|Bestellung|Auftrag|Zeichnung|amostra|encomenda|desenho|campione|ordine|disegno)(?![\p{L}])/iu;
/**
 * A numbered record on the line: "drawing D-1182 rev B", "ref. S-221", "order no. 4512", "Zeichnung Nr. 77",
 * "pedido 2024-118". The id is a number under its label (no., Nr., #), letters before digits or a dated id; a count
 * ("sample 1 pc", "pedido 50 cajas", "PO 3 cartons") is an amount, not a record.
 */
const RECORD_WORD = String.raw`(?:drawing|dwg|ref\.?|reference|sample|order|PO|plano|dibujo|muestra|pedido|réf\.?|dessin|échantillon|commande|Zeichnung|Muster|Bestellung|desenho|amostra|encomenda|disegno|campione|ordine)`;
const RECORD_ID = String.raw`(?:(?:no\.?|n[°º]\.?|nr\.?|#)\s{0,2}[:：]?\s{0,2}[A-Z]{0,4}-?\d[\w.-]*|[:：]?\s{0,2}(?:[A-Z]{1,4}-?\d[\w.-]*|(?:19|20)\d{2}[-/]\d[\w.-]*))`;
const NUMBERED_RECORD = new RegExp(String.raw`(?<![\p{L}])${RECORD_WORD}\s{0,2}${RECORD_ID}(?![\w.-])`, 'iu');
/** A reference that is the genuine part's own number: "ref. 8K0-615-301 fits Audi A4", "réf. 7701 pour Renault". */
const PART_FITMENT_AFTER =
  /^\s{0,2}[,(]?\s{0,2}(?:fits?|for|compatible|replaces?|passend|für|pour|para|compatible con|per|cabe)(?![\p{L}])/iu;

function namesARecord(line: string): boolean {
  const m = NUMBERED_RECORD.exec(line);
  return m !== null && !PART_FITMENT_AFTER.test(line.slice(m.index + m[0].length));
}

/** The likeness is to "the original", not to a genuine, OEM or branded part. */
const ONLY_ORIGINAL = /original|Original/u;
const BRANDED = /genuin|OEM|\bOE\b|brand|原装|純正/iu;

function originalIsARecord(m: { end: number; text: string }, text: string, line: string): boolean {
  if (!ONLY_ORIGINAL.test(m.text) || BRANDED.test(m.text)) return false;
  // "same as original, PN 7L0-907-275": the original named by its catalogue number in the same clause.
  // Not when a fitment follows it ("ref. 1K0-819-644 for VW Golf"): that is the genuine part's number, copied.
  const part = partNumberEnd(text);
  const namedPart = part >= 0 && !PART_FITMENT_AFTER.test(text.slice(part));
  return RECORD_AFTER.test(text.slice(m.end)) || namesARecord(line) || namedPart;
}

export function genuineParity(text: string, line: string = text): VagueHit[] {
  return findAll(PARITY, text)
    .filter((m) => !originalIsARecord(m, text, line))
    .map((m) => ({
      start: m.start,
      end: m.end,
      why: msg('spec.why.performance'),
      fix: msg('spec.fix.performance', {
        example:
          "the maker's part number, genuine and new, bought from the maker or an authorised distributor (invoice and date code)",
      }),
    }));
}
