/**
 * "STR 20 or equivalent, according to stock", "W320 hoặc W240 tùy hàng có sẵn", "kalibre 11-13 veya 13-15 stok
 * durumuna göre": a choice between values, then the choice handed to what the supplier holds. Under a material, size
 * or colour label the attribute's own rule reads the stock (leftToStock); this reads the clause with no label, where
 * the goods are named in the clause itself. Both halves must be there: a stock condition alone ("ships in 3 days if in
 * stock") is a timing the ship-date rule reads, and a choice alone is read by the attributes' own rules.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { WHY_ALTERNATIVES } from './alternatives';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, findAll, latinWords, scriptWords } from './patterns';
import { vagueFinding } from './spec-finding';
import { STOCK_CONDITION } from './stock-condition';

/** "or" between two values, or an open second side ("or equivalent"), in the languages the stock is read in. */
const CHOICE = anyOf(
  latinWords([
    'or',
    'o',
    'ou',
    'oder',
    'oppure',
    'veya',
    'ya da',
    'hoặc',
    'atau',
    'lub',
    'of',
    'or (?:equivalent|similar)',
    'hoặc tương đương',
    'veya (?:eşdeğeri|muadili)',
  ]),
  scriptWords(['أو', 'или', 'या']),
  cjk(['หรือ(?:เทียบเท่า)?', '或(?:者|同等)?', '또는', '혹은', 'または']),
  // "E0 / E1, whichever is available": a slash before a code with a digit. Not "50pcs/ctn" or "25kg/bag", a rate.
  String.raw`\s{0,2}/\s{0,2}(?=\p{L}{0,3}\d)`,
);
/** A value the choice is between: a code or a figure right before the "or" ("STR 20", "W320", "11-13"). */
const VALUE_BEFORE = /[\p{Lu}\d][\p{L}\d./-]*\s{0,2}$/u;
/**
 * "broken 5-25% (grade per availability)", "humedad 10-14 % según existencias": a band of a grade's share is a choice
 * between its ends as "or" is, and the stock then picks the end. Only a share: a range of days before a stock
 * condition ("3-5 days if in stock") is a lead time, the ship-date rule's.
 */
const SHARE_RANGE =
  /\d{1,3}(?:[.,]\d{1,2})?\s{0,2}%?\s{0,2}(?:-|–|~|to|a|à)\s{0,2}\d{1,3}(?:[.,]\d{1,2})?\s{0,2}%/u;

/**
 * "moisture 3-5%, price subject to availability", "W320 or W240; precio según disponibilidad": the stock condition
 * has a subject of its own between the choice and it, the price (or the offer's validity), so the stock moves that,
 * not which value ships. Only a price word standing after the choice, in the stock's own clause.
 */
const PRICE_SUBJECT =
  /(?<!\p{L})(?:prices?|pricing|quotation|quote|offer|validity|precios?|cotizaci[óo]n|oferta|prix|tarifs?|offre|Preise?|Angebot|preços?|prezz[oi]|offerta|fiyat(?:lar)?|teklif|giá|harga|cena|ceny|prijs(?:en)?)(?!\p{L})|价格|报价|価格/iu;

function aboutThePrice(between: string): boolean {
  const lastBreak = Math.max(...[',', ';', '，', '；'].map((c) => between.lastIndexOf(c)));
  return lastBreak >= 0 && PRICE_SUBJECT.test(between.slice(lastBreak));
}

/**
 * "E1 or E2 as available", "grade A or B, whichever is available", "tipo 1 o 2 según haya": the choice handed to
 * what turns up without naming the stock. Only here, after a choice: "samples as available" alone offers no value.
 */
const AS_AVAILABLE = anyOf(
  latinWords([
    'as (?:available|in stock)',
    'whichever (?:is |we have |you have )?(?:available|in stock)',
    'what(?:ever)? (?:is|we have) available',
    'según (?:haya|lo disponible|disponible)',
    'selon (?:ce qui est )?disponible',
    'je nachdem,? was (?:verfügbar|vorrätig|da) ist',
    'conforme (?:o )?dispon[ií]vel',
    'sesuai yang (?:ada|tersedia)',
    'jak(?:ie)? (?:będzie )?dostępn\\p{L}{1,3}',
  ]),
  scriptWords(['(?:что|що) (?:есть|є) в наличии', 'какой есть', 'який є']),
  cjk(['有哪个(?:发|用)哪个', '哪个有(?:货)?(?:发|用)哪个']),
);

export const stockChoiceDetector: AttributeDetector = {
  attribute: 'material',
  detect(clause: Clause): Finding[] {
    if (clause.attribute !== undefined) return [];
    const text = clause.text;
    const stock = [...findAll(STOCK_CONDITION, text), ...findAll(AS_AVAILABLE, text)].sort(
      (a, b) => a.start - b.start,
    )[0];
    if (!stock) return [];
    const choice =
      findAll(CHOICE, text.slice(0, stock.start)).find((m) => VALUE_BEFORE.test(text.slice(0, m.start))) ??
      SHARE_RANGE.exec(text.slice(0, stock.start));
    if (!choice) return [];
    const choiceEnd = 'index' in choice ? choice.index + choice[0].length : choice.end;
    if (aboutThePrice(text.slice(choiceEnd, stock.start))) return [];
    const seen = text.slice(0, stock.end).trim();
    return [
      vagueFinding('material', clause, {
        start: stock.start,
        end: stock.end,
        why: WHY_ALTERNATIVES,
        fix: msg('spec.fix.alternatives', { seen }),
      }),
    ];
  },
};
