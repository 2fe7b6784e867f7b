/**
 * "one colour per carton", "un seul coloris par colis", "un solo color por caja", "每箱单色": a packing rule (the
 * colours are not mixed inside a pack), not the colour of the goods. The words "colour" and "per carton" govern
 * each other; which colours there are is said elsewhere, and is read there.
 */
import { anyOf, cjk, latinWords, regex } from './patterns';

const PACK =
  '(?:cartons?|ctns?|box(?:es)?|cases?|packs?|polybags?|bundles?|cajas?|cart[oó]n(?:es)?|paquetes?|bultos?|caixas?|pacotes?|volumes?|colis|boîtes?|paquets?|Kartons?|Kisten?|Pakete?|cartoni|scatol[ae]|coll[oi]|pacchi|pacco|karton|kartonów|paczk[aię]|koli(?:de)?)';
const ONE_COLOUR_PER_PACK = regex(
  anyOf(
    latinWords([
      `(?:one|a single|single|only one|solid|1) colou?r (?:per|in each|to each|for each|each) ${PACK}`,
      `(?:un solo|un único|un|sólo un) color (?:por|en cada) ${PACK}`,
      `(?:uma (?:só |única )?cor|cor única|uma cor só) (?:por|em cada) ${PACK}`,
      `(?:un seul|une seule|un|une) (?:coloris|couleur) (?:par|dans chaque) ${PACK}`,
      `(?:eine|nur eine|je eine) Farbe (?:pro|je|in jede[mn]?) ${PACK}`,
      `(?:un solo|un unico|un) colore (?:per|in ogni) ${PACK}`,
      `(?:jeden|jednolity) kolor (?:na|w każdym|w jednym) ${PACK}`,
      `${PACK} başına tek renk`,
    ]),
    cjk(['每箱单色', '每箱一色', '一箱一色', '单色装箱', '单色单箱', '每箱一个颜色']),
  ),
  'iu',
);

/**
 * "random colours, 1 colour per box", "surtidos, un solo color por caja": the rule says the packs are not mixed, but
 * which colour each holds is still the supplier's pick. Then the rule clears nothing.
 */
const OPEN_PICK = regex(
  anyOf(
    latinWords([
      'random(?:ly)?',
      'assort(?:ed|ment)',
      // "colours not mixed" restates the rule.
      '(?<!(?:not|never|no)\\s)mixed',
      'any (?:colou?rs?|shades?)',
      'as available',
      'various',
      'surtid[oa]s?',
      'sortid[oa]s?',
      'variad[oa]s?',
      'aleatori[oa]s?',
      'mezclad[oa]s?',
      'misturad[oa]s?',
      'al azar',
      'assortie?s?',
      'mélangée?s?',
      'au hasard',
      'gemischt',
      'sortiert',
      'beliebig\\p{L}*',
      'assortit[ie]',
      'mist[ie]',
      'casual[ie]',
      'losow\\p{L}*',
      'mieszan\\p{L}*',
      'karışık',
    ]),
    cjk(['随机', '混色', '杂色', '任意', '混装']),
  ),
  'iu',
);

/** Whether `text` (a label and its value) says the packs hold one colour each, each pack's colour not left open. */
export function oneColourPerPack(text: string): boolean {
  return ONE_COLOUR_PER_PACK.test(text) && !OPEN_PICK.test(text);
}
