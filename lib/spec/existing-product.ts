/**
 * "LED brightness: similar to the existing product", "LED 밝기: 기존 제품이랑 비슷한 수준", "续航：和老款差不多", "wie das
 * bisherige Modell": a figure answered by likeness to a product the order does not identify. Which unit of the old
 * model, measured how? Nobody holds it at the dispute, and "similar" sets no margin. Silent when the product is
 * named by a model or part code ("same as model X-200"): that reference can be fetched and measured.
 */

import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, scriptWords } from './patterns';
import type { VagueHit } from './spec-finding';
import { periodOnLine } from './warranty-terms';

const OLD = '(?:existing|current|old|older|previous|present|earlier|last)';
const PRODUCT = '(?:products?|models?|items?|versions?|ones?|designs?|units?|type)';
const LIKENESS = anyOf(
  latinWords([
    `(?:(?:about |roughly |more or less )?(?:the )?same (?:level )?(?:as|like)|similar(?: level)? (?:to|as|with)|like|close to|comparable (?:to|with)|on par with|in line with|as (?:good as|bright as|strong as|long as)?) (?:the |our |your |that of the |that of our )?${OLD} ${PRODUCT}`,
    // "same as last time", "same as the last order": likeness to a delivery nobody identifies either.
    '(?:the )?same as (?:the )?last (?:time|order|batch|shipment|lot|delivery)',
    '(?:wie|ähnlich (?:wie|dem)|vergleichbar mit) (?:das |dem |der |beim |bei dem |im )?(?:(?:bestehende|aktuelle|bisherige|alte|vorherige)[nm]? (?:Produkt|Modell|Version|Ausführung)|Vorgängermodell|Vorgänger|letzte[nm]? (?:Mal|Bestellung|Lieferung))',
    '(?:igual|similar|parecid[oa]|como|mesmo|mesma)(?: (?:a|ao|à|al|que|do|da))? (?:o |a )?(?:produto|modelo|versão) (?:atual|existente|anterior)',
    '(?:igual|similar|parecid[oa]|como)(?: (?:a|al|que))? (?:el |la )?(?:producto|modelo|versión) (?:actual|existente|anterior)',
    "(?:come|simile a|uguale a|paragonabile a)(?: al| il| l['’]| la)? ?(?:prodotto|modello|versione) (?:attuale|esistente|precedente)",
    "(?:comme|similaire à|identique à|proche de)(?: le| la| l['’]|u)? ?(?:produit|modèle|version) (?:actuel(?:le)?|existant(?:e)?|précédent(?:e)?)",
  ]),
  scriptWords([
    '(?:как (?:у|в) |аналогично |похож\\p{L}{0,3} на )(?:текущ|существующ|прежн|старо)\\p{L}{0,3} (?:модел\\p{L}{0,2}|издели\\p{L}{0,2}|продукт\\p{L}{0,2}|версии)',
  ]),
  cjk([
    '(?:기존|이전|현재|예전)\\s?(?:제품|모델|버전)(?:이랑|과|와|하고|이랑은|과는)?\\s?(?:비슷|동일|같|유사|동등)\\p{Script=Hangul}{0,4}(?:\\s?수준)?',
    '(?:和|跟|与|同)(?:现有|原有|现在的?|老款|旧款|之前的?|以前的?)(?:的)?(?:产品|款式?|型号|版本)?(?:一样|差不多|类似|相同|相当|一致)',
    '既存(?:品|製品|モデル)(?:と)?(?:同等|同じ|同程度)',
  ]),
);
/**
 * A model or part code right after the reference names a product that can be fetched: "existing model X-200"; so does
 * an order's own number, "same as last order 40917" (not a count: "40000 pcs").
 */
const CODE_AFTER =
  /^\s{0,3}[(（:：#]?\s{0,2}(?:no\.?\s{0,2}|model\s{0,2})?(?:[A-Z]{1,8}[-‐]?\d{2,}|\d{4,}(?![\d.,]|\s{0,2}[\p{L}%]))/iu;

/**
 * A drawing or part code, or a measured figure, anywhere on the line ("see drawing DWG-1102, 450 lm"): the old
 * product is then identified or its figure given, and the likeness only restates it.
 */
const CODE_OR_FIGURE_ON_LINE =
  /(?<![\p{L}\d])[A-Z]{1,8}[-‐_]?\d{2,}|\d(?:[.,]\d+)?\s{0,2}(?:lm|lx|lux|cd|nits?|W|mW|mAh|Ah|Wh|V|mA|A|h|hrs?|hours?|dB|dBA|K|°C|%|rpm|Nm|N|Pa|kPa|bar|psi|mm|cm|m|kg|g|min|s|Hz|kHz|ml|l|L)(?![\p{L}])/u;

export function likeExistingProduct(text: string): VagueHit[] {
  // "Warranty: 24 months, same as last order": the warranty counts its own period, and the likeness only says the
  // terms did not change; with no period ("Warranty: same as last order") the warranty rule asks for it.
  if (CODE_OR_FIGURE_ON_LINE.test(text) || periodOnLine(text)) return [];
  return findAll(LIKENESS, text)
    .filter((m) => !CODE_AFTER.test(text.slice(m.end, m.end + 24)))
    .map((m) => ({
      start: m.start,
      end: m.end,
      why: msg('spec.why.performance'),
      fix: msg('spec.fix.performance', { example: 'LED brightness 450 lm ±10% (integrating sphere, 25 °C)' }),
    }));
}
