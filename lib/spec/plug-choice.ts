/**
 * A plug standard left open: "Plug: EU or UK", "欧规或英规插头", "power cord, plug according to customer
 * country". The supplier fits whichever plug it has in stock, and nothing in the order shows it wrong. The rule
 * set has no electrical rule; like a voltage offered as a choice ("110V or 220V"), it is filed with sizes.
 * A plug named once ("UK plug BS 1363") or one per quantity ("EU 2,000 pcs + UK 1,000 pcs") is a choice made.
 */

import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, test } from './patterns';
import type { VagueHit } from './spec-finding';

/** Plug standards as buyers name them. "IN", "IT", "CH" are left out: they are English words too. */
export const PLUG_CODE = anyOf(
  latinWords([
    'EU',
    'UK',
    'US',
    'AU',
    'CN',
    'JP',
    'BR',
    'ZA',
    'Schuko',
    'Euro(?:pean)?',
    'British',
    'American',
    'Australian',
    'Type [A-N]',
    'europeo',
    'europeu',
    'européenne',
    'inglés',
    'inglês',
    'anglaise',
    'británico',
    'americano',
    'américaine',
  ]),
  cjk([
    '欧规',
    '英规',
    '美规',
    '澳规',
    '欧标',
    '英标',
    '美标',
    '澳标',
    '欧式',
    '英式',
    '美式',
    '澳式',
    '国标',
  ]),
);
const PLUG_WORD = anyOf(
  latinWords(['plugs?', 'enchufes?', 'clavijas?', 'plugues?', 'tomadas?', 'fiches?', 'prises?', 'Stecker']),
  cjk(['插头', '插脚']),
);
const OR = anyOf(
  `\\s{1,3}${latinWords(['or', 'o', 'ou', 'oder'])}\\s{1,3}`,
  `\\s{0,2}${cjk(['或者', '或'])}\\s{0,2}`,
);
/** "EU or UK", "EU plug or UK plug", "欧规或英规". */
const PLUG_OR = `${PLUG_CODE}(?:\\s{0,2}${PLUG_WORD})?${OR}${PLUG_CODE}`;
/** "EU/US/UK", "EU, UK, AU": a list of plug standards. */
const PLUG_LIST = `${PLUG_CODE}(?:\\s{0,2}[/,、|]\\s{0,2}${PLUG_CODE}){1,6}(?:\\s{0,2}${PLUG_WORD})?`;
/**
 * "EU/US/UK optional", "EU/UK au choix", "欧规/美规可选": the list offered as a menu. Nobody picked from it, so the
 * plug that ships is whichever the factory has. Not "available": a listing's "US/EU/UK/AU available, 4,000 pcs
 * total" says what the factory makes, and its open split is the quantity rule's.
 */
const MENU_WORD = anyOf(
  latinWords([
    'optional',
    'options?',
    'selectable',
    '(?:for|to) (?:choose|choice|select)',
    '(?:can|could|may) (?:be )?(?:choose|chosen|choice|select(?:ed)?)',
    '(?:on|upon) (?:request|demand)',
    'opcional(?:es)?',
    'a elegir',
    'au choix',
    'en option',
    'wahlweise',
    'optional(?:e)?',
    'opzional[ei]',
    'a scelta',
    'do wyboru',
    'opcjonalnie',
    'isteğe bağlı',
    'seçenekli',
    'tùy chọn',
    'pilihan',
    'opsional',
  ]),
  cjk(['可选(?:择)?', '任选', '選択可', '選べます', '선택(?:\\s?가능)?']),
);
/**
 * A menu word with a colon opens what follows it: in "EU/UK (optional: US)" the US plug is the extra on offer and
 * "EU/UK" is the plug chosen, so the word only makes a menu of the list before it when no colon follows.
 */
const PLUG_MENU = anyOf(
  `${PLUG_LIST}\\s{0,3}[(（]?\\s{0,2}${MENU_WORD}(?!\\s{0,2}[:：])`,
  `${MENU_WORD}\\s{0,3}[:：]?\\s{0,3}${PLUG_LIST}`,
);

/** "plug according to customer country", "enchufe según el país", "插头按客户国家". */
const PLUG_BY_MARKET = anyOf(
  `${PLUG_WORD}(?:\\s{1,2}type)?\\s{1,3}${latinWords([
    "(?:according to|as per|depending on|based on|to suit|to match|per|by) (?:the )?(?:customer|buyer|client|destination|target|each)?(?:['’]s)? ?(?:country|countries|market|markets|region)",
    'según (?:el )?(?:país|mercado|destino)',
    'selon (?:le )?(?:pays|marché)',
    'conforme (?:o )?(?:país|mercado)',
    'je nach (?:Land|Markt)',
  ])}`,
  `${cjk(['插头'])}(?:按|根据|依|视)(?:客户)?(?:所在)?(?:国家|市场|要求)`,
  `(?:按|根据)(?:客户)?(?:国家|市场)(?:配|选|定)?${cjk(['插头'])}`,
);

/**
 * "Plug: standard plug", "标准插头", "Voltage: suitable for our country": a plug or rating named by a word that
 * points at no standard — whose standard, which country? Silent when a plug code or standard number stands in
 * the same clause ("standard UK plug BS 1363").
 */
const PLUG_UNNAMED = anyOf(
  latinWords([
    '(?:standard|normal|common|regular|usual|local|ordinary) (?:power )?plugs?',
    'plugs?\\s{0,2}[:：]?\\s{0,3}(?:standard|normal|common|as usual|local)',
    'enchufe (?:estándar|normal|est[aá]ndar)',
    'prise (?:standard|normale)',
    'Standardstecker',
    "(?:voltage|plugs?|power(?: supply)?)\\s{0,2}[:：]?\\s{0,3}(?:suitable for|for|according to|to suit|as per) (?:the |our |your )?(?:customer['’]?s? |buyer['’]?s? |destination |local )?(?:country|market|local (?:standard|grid))",
  ]),
  cjk([
    '(?:标准|普通|常规|通用)插头',
    '插头\\s{0,2}[:：]?\\s{0,2}(?:标准|普通|常规|通用)',
    '(?:电压|插头)\\s{0,2}[:：]?\\s{0,2}适合(?:我们|我方|客户)?(?:的)?国家',
  ]),
);
/** A plug named by code or standard in the same clause: "standard UK plug", "standard plug BS 1363". */
const PLUG_NAMED = anyOf(
  PLUG_CODE,
  String.raw`\b(?:BS|IEC|GB|AS\/NZS|AS|NEMA|CEE|SANS|JIS|SEV|IS)[ \t]{0,2}\d`,
);

const WHY = msg('spec.why.plugOpen');

export function plugChoices(text: string): VagueHit[] {
  const choices = test(PLUG_WORD, text) ? findAll(anyOf(PLUG_OR, PLUG_MENU), text) : [];
  const unnamed = test(PLUG_NAMED, text) ? [] : findAll(PLUG_UNNAMED, text);
  return [...choices, ...findAll(PLUG_BY_MARKET, text), ...unnamed].map((m) => ({
    start: m.start,
    end: m.end,
    why: WHY,
    fix: msg('spec.fix.plugOpen', { seen: m.text }),
  }));
}
