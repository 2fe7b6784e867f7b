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

/** Whether `text` (a label and its value) says the packs hold one colour each. */
export function oneColourPerPack(text: string): boolean {
  return ONE_COLOUR_PER_PACK.test(text);
}
