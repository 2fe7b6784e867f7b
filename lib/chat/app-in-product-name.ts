/**
 * An app named as what a product connects to, or inside a product's name, is no place to talk: "the WhatsApp
 * Business API integration you asked about: our POS supports it", "WeChat Pay SDK", "Telegram bot plugin",
 * "earbuds, 'WhatsApp call noise cancel' version", "model \"LINE Talk\"". guards.ts drops such a mention when its
 * clause (the quoted name blanked: a name's own words "call" or "chat" ask nothing) holds no instruction, id or
 * number. Words over normalised text (lower-case, accents folded).
 */

/** Words that may qualify the app before the technical noun: "WhatsApp Business API", "WeChat Work SDK". */
const QUALIFIER = '(?:business|cloud|web|desktop|official|open|work|enterprise|pay|bot|mini|api|chat)';
/** The technical noun: what a product offers for the app, not the app as a channel. */
const TECHNICAL =
  '(?:apis?|sdks?|integrations?|integrated|plug-?ins?|modules?|webhooks?|connectors?|add-?ons?|extensions?|widgets?|integracion|integracao|integrazione|schnittstelle|anbindung|interface|koppeling)';
const TECHNICAL_AFTER = new RegExp(`^(?:[\\s-]+${QUALIFIER}){0,2}[\\s-]+${TECHNICAL}(?![\\p{L}])`, 'u');
/** "integration with WhatsApp", "WhatsApp-Anbindung", "API for WeChat": the noun before the app. */
const TECHNICAL_BEFORE = new RegExp(
  `${TECHNICAL}\\s+(?:with|for|to|of|con|com|avec|mit|per|met)\\s+(?:the\\s+)?$`,
  'u',
);

/** The words a product's name is said to be: "… version", "model '…'", "the '…' edition". */
const NAME_WORD =
  '(?:version|edition|model|series|variant|type|versie|versao|version|edicion|edition|modell|modello|modelo|modele|seri|versiyon|phien\\s+ban|型号|型號|版|款)';
const QUOTE_OPEN = `['"‘“«「『]`;
const QUOTE_CLOSE = `['"’”»」』]`;
/** Since an opening quote, at most four words and no closing quote, up to the app. */
const OPENED_BEFORE = new RegExp(`${QUOTE_OPEN}(?:[^'"‘’“”«»「」『』.!?\\n]{0,40})$`, 'u');
/** Up to a closing quote within five words, then the word of a product's name ("…' version"). */
const CLOSED_THEN_NAME = new RegExp(
  `^([^'"‘’“”«»「」『』.!?\\n]{0,50})${QUOTE_CLOSE}\\s*(?:${NAME_WORD})(?![\\p{L}])`,
  'u',
);
/** Or the name word before the quote: "model 'WhatsApp Lite'", "the 'WeChat' edition" is covered above. */
const NAME_THEN_OPENED = new RegExp(
  `(?:${NAME_WORD})\\s*[:：]?\\s*${QUOTE_OPEN}(?:[^'"‘’“”«»「」『』.!?\\n]{0,40})$`,
  'u',
);
const CLOSED_AFTER = new RegExp(`^([^'"‘’“”«»「」『』.!?\\n]{0,50})${QUOTE_CLOSE}`, 'u');

/** The app is the product's technical counterpart ("WhatsApp Business API integration"). */
export function technicalMention(before: string, after: string): boolean {
  return TECHNICAL_AFTER.test(after) || TECHNICAL_BEFORE.test(before);
}

/**
 * The app sits inside a quoted product name: where that name ends after the app (so the caller can blank it),
 * or -1 when it does not.
 */
export function quotedProductNameEnd(before: string, after: string): number {
  if (!OPENED_BEFORE.test(before)) return -1;
  const named = CLOSED_THEN_NAME.exec(after);
  if (named) return named[1]!.length + 1;
  if (!NAME_THEN_OPENED.test(before)) return -1;
  const closed = CLOSED_AFTER.exec(after);
  return closed ? closed[1]!.length + 1 : -1;
}

/** Where the quoted name opened, in `before` (its opening quote), for blanking. */
export function quotedNameStart(before: string): number {
  const m = OPENED_BEFORE.exec(before);
  return m ? m.index : before.length;
}

/**
 * The talk the product carries for its buyer's own customers: "so your customers can message you there", "vos clients
 * peuvent vous écrire", "Ihre Kunden können Ihnen dort schreiben", "sus clientes le escriben por ahí". The talk is
 * between the buyer and the buyer's customers, nobody is asked to reach the seller; blanked before the sentence is read
 * for an ask. "Message me there" or "your customers can message us" keep the seller as the one reached.
 */
const THIRD_PARTY_TALK = new RegExp(
  [
    // English: "your customers / clients / users / visitors can message you (there / on it / directly)".
    '\\b(?:your|ur|their)\\s+(?:own\\s+)?(?:customers?|clients?|users?|visitors?|buyers?|shoppers?|guests?|patients?|members?|leads?)\\s+(?:(?:can|could|will|may|are\\s+able\\s+to|to)\\s+)?(?:\\w+\\s+){0,2}?(?:message|msg|text|chat(?:\\s+with)?|contact|reach|write(?:\\s+to)?|talk\\s+to|call|ping|dm)\\s+(?:you|your\\s+(?:team|staff|agents?|shop|store|business|company))\\b(?:\\s+(?:there|on\\s+it|directly|instantly|any\\s?time))?',
    // fr, es, pt, de, it: "vos clients peuvent vous écrire (là-bas)", "sus clientes pueden escribirle", "Ihre Kunden
    // können Ihnen (dort) schreiben", "i vostri clienti possono scrivervi".
    '\\b(?:vos|tes)\\s+clients\\s+(?:\\w+\\s+){0,2}?vous\\s+(?:ecrire|contacter|envoyer\\s+des\\s+messages|joindre)(?:\\s+(?:la-bas|la|directement))?',
    '\\b(?:sus|tus)\\s+clientes\\s+(?:\\w+\\s+){0,2}?(?:escribirle|escribirte|contactarle|contactarte|le\\s+escriben|te\\s+escriben)(?:\\s+(?:por\\s+ahi|alli|directamente))?',
    '\\b(?:seus|teus)\\s+clientes\\s+(?:\\w+\\s+){0,2}?(?:(?:lhe|te)\\s+)?(?:escrever|mandar\\s+mensagem|contatar)(?:\\s+(?:por\\s+la|la|diretamente))?',
    '\\b(?:ihre|deine)\\s+kunden\\s+(?:\\w+\\s+){0,2}?(?:ihnen|dir)\\s+(?:(?:dort|direkt)\\s+)?(?:schreiben|nachrichten\\s+senden)',
    '\\b(?:i\\s+)?(?:vostri|tuoi|suoi)\\s+clienti\\s+(?:\\w+\\s+){0,2}?(?:scrivervi|scriverti|contattarvi|contattarti)',
  ].join('|'),
  'gu',
);
export function withoutThirdPartyTalk(sentence: string): string {
  return sentence.replace(THIRD_PARTY_TALK, ' ');
}
