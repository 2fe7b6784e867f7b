/**
 * What comes in the box left open: "with all accessories", "Accessories: complete set", "配件齐全",
 * "con todos los accesorios". No list says which accessories, so a box missing its charger or its second
 * strap still matches the order, and a missing part cannot be claimed. Silent when the line lists them
 * ("all accessories: charger, USB-C cable, manual") or points to a numbered packing or parts list.
 * Filed with quantities: it is the count of what ships, item by item, that is left open.
 */

import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import { AS_SAMPLE } from './reference-lexicon';
import type { VagueHit } from './spec-finding';

// "wearing parts", "easy-wear parts", "consumables": the machine trade's spares are counted the same way.
const PARTS =
  '(?:accessories|accessory kit|attachments|(?:spare|wear(?:ing)?|easy[- ]wear(?:ing)?|replacement|vulnerable|consumable) parts|spares|consumables)';
/** Words between the count word and the parts that say nothing of how many: "some free wearing parts". */
const PART_KIND = '(?:(?:free|extra|small|spare|basic|common|standard|necessary|original) ){0,2}';
const OPEN_CONTENTS = anyOf(
  latinWords([
    // "All accessories must be RoHS" is a rule for each of them; "with all accessories" is what ships.
    `(?:with|including|incl\\.?|comes? with|plus) (?:all|full|complete)(?: set of| range of)? (?:the |its |standard )?${PARTS}`,
    `all (?:the |its |standard )?${PARTS} included`,
    // "comes with some accessories", "a few spare parts included": a count by a word, so no part can be missing.
    `(?:with|including|includes?|incl\\.?|comes? with|plus) (?:some|several|a few|various|assorted|other|related|basic|necessary) ${PART_KIND}${PARTS}`,
    `(?:some|several|a few|various|assorted) ${PART_KIND}${PARTS} (?:(?:are |is |will be )?(?:included|provided|supplied|attached|given|sent)|in the box)`,
    `${PARTS}\\s{0,2}[:：]\\s{0,3}(?:some|several|a few|various|assorted)(?: ${PARTS})?(?=\\s{0,3}(?:$|[,;.]))`,
    '(?:con|incluye|trae|viene con) (?:algunos|varios|unos|diversos) accesorios',
    '(?:avec|inclut|comprend|livré avec) (?:quelques|plusieurs|divers) accessoires',
    '(?:com|inclui|vem com) (?:alguns|vários|uns|diversos) acessórios',
    'mit (?:etwas|einigem|diversem) Zubehör',
    // "algunos repuestos incluidos", "einige Verschleißteile", "quelques pièces d'usure": spares counted by a word.
    '(?:algun[oa]s|vari[oa]s|unos|unas) (?:piezas de (?:repuesto|desgaste)|repuestos|recambios)',
    '(?:algum[ao]s|vári[ao]s) (?:peças (?:de reposição|sobressalentes|de desgaste)|sobressalentes)',
    'einige (?:Ersatz|Verschleiß)teile',
    "quelques pièces (?:de rechange|détachées|d[’']usure)",
    'alcuni (?:ricambi|pezzi di ricambio)',
    `(?:full|complete)(?: set of)? ${PARTS}(?: (?:set|kit|pack(?:age)?))?`,
    `standard ${PARTS}(?= included| as usual|$)`,
    `${PARTS}\\s{0,2}[:：]\\s{0,3}(?:all|complete(?: set)?|full(?: set)?|standard|as usual|as (?:per )?(?:picture|photo|sample)|yes|included)(?=\\s{0,3}(?:$|[,;.]))`,
    'con todos (?:los|sus) accesorios',
    'accesorios completos',
    'avec tous (?:les|ses) accessoires',
    'accessoires complets',
    'mit (?:allem|komplettem|vollständigem) Zubehör',
    'Zubehör\\s{0,2}[:：]\\s{0,3}(?:komplett|vollständig|alles)',
    'com todos os acessórios',
    'acessórios completos',
    'con tutti gli accessori',
    'tüm aksesuarlar(?:ıyla)?',
  ]),
  scriptWords([
    '(?:несколько|некоторые|немного|кілька|деякі) (?:запчаст\\p{L}{0,3}|запасных частей|запасних частин|расходник\\p{L}{0,3}|быстроизнашивающ\\p{L}{1,4} детал\\p{L}{0,3}|швидкозношуван\\p{L}{1,3} детал\\p{L}{0,3})',
  ]),
  cjk([
    '配件齐全',
    '(?:全套|所有|整套)配件',
    '(?:送|附(?:带|赠)?|配)(?:一些|部分|若干)(?:配件|易损件|备件)',
    '配件\\s{0,2}[:：]\\s{0,3}(?:齐全|全套|标配)',
    '附件齐全',
  ]),
);
/**
 * "Acessórios: inclusos", "Zubehör: wie auf dem Foto", "Phụ kiện: như hình": the accessories' own field answered by
 * "included", "standard" or a picture, in each language read. Which parts ship is still nowhere on the order.
 */
const ACCESSORY_LABEL = anyOf(
  latinWords([
    'accessor(?:y|ies)',
    'accesorios?',
    'accessoires?',
    'acessórios?',
    'Zubehör',
    'accessori',
    'akcesori(?:a|ów)',
    'aksesuar(?:lar)?',
    'aksesori',
    'phụ kiện',
  ]),
  scriptWords(['аксессуары', 'комплектация']),
  cjk(['配件', '附件', '付属品', '구성품', '액세서리']),
);
const OPEN_ANSWER = anyOf(
  latinWords([
    '(?:all )?included',
    'incluid[oa]s',
    'inclus(?:es)?',
    'inclus[oa]s',
    'inclusi',
    'inbegriffen',
    'enthalten',
    'w zestawie',
    'dahil(?:dir)?',
    'termasuk',
    'lengkap',
    '(?:đầy đủ|có sẵn)',
    'standard',
    'estándar',
    'padrão',
    'standardowe',
    'yes',
    'sí',
    'oui',
    'sim',
    'ja',
    'sì',
  ]),
  scriptWords(['включены', 'в комплекте', 'стандартная', 'полная']),
  cjk(['有', '含', '包含', '标配', '付属', '포함']),
  AS_SAMPLE,
  latinWords(['same (?:as|like) (?:the )?(?:pictures?|photos?|images?|samples?)']),
);
const ANSWERED_BY_WORD = `${ACCESSORY_LABEL}\\s{0,2}[:：]\\s{0,3}(?:${OPEN_ANSWER})(?=\\s{0,3}(?:$|[,;.。]))`;

/** "…: charger, cable, manual" or "per packing list PL-0412": the contents are named after all. */
const LISTED_AFTER = `^\\s{0,3}(?:\\(|[:：]|incl(?:uding|\\.)?|such as|namely|as follows)?\\s{0,3}[^,，、;；]{2,40}[,，、][^,，、;；]{2,40}[,，、]`;
const LIST_REFERENCE = latinWords([
  '(?:packing|parts|accessor(?:y|ies)|contents?) list(?: no\\.?| #)?\\s{0,2}[A-Z0-9-]*\\d',
  'BOM',
]);

const WHY = msg('spec.why.contentsOpen');

export function openContents(text: string): VagueHit[] {
  if (test(LIST_REFERENCE, text)) return [];
  return findAll(anyOf(OPEN_CONTENTS, ANSWERED_BY_WORD), text)
    .filter((m) => !test(LISTED_AFTER, text.slice(m.end)))
    .map((m) => ({
      start: m.start,
      end: m.end,
      why: WHY,
      fix: msg('spec.fix.contentsOpen', { seen: m.text }),
    }));
}
