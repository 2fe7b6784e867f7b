import { anyOf, type ChatPattern } from '../match';

/**
 * The buyer's card asked for in chat: "give us your card number and expire date so our finance can transfer the
 * compensation", "envíeme el número de su tarjeta y la fecha de vencimiento", "напишите номер карты и CVV". Money is
 * never sent to a card by its number and expiry, and no platform payment or refund asks for them in a message: the
 * number with its expiry or security code is what is needed to charge the card outside the order. Both must be in the
 * message, so a card's number alone (to receive a transfer, which other patterns judge) or an expiry date of a
 * product ("the card reader's expiry date") is no such ask; a "not" keeps its warning ("never send your card number
 * and CVV to anyone").
 */

/**
 * Giving, sending or telling, in the languages read (folded). Not "enter", nor "needs" after a system, page or form:
 * "enter your card number and CVV on the checkout page" and "the system needs your card number and expiry" describe
 * the platform's own form (second red team, stop 38); "accounting needs your card number" is a person asking.
 */
const ASK =
  '(?<!\\b(?:system|checkout|page|form|site|website|app|platform)\\s)\\bneeds?\\b|\\b(?:give|send|provide|tell|share|write|type|dame|deme|den|envie\\w*|envia\\w*|mande\\w*|proporcion\\w*|indique\\w*|pase\\w*|donne[sz]?|envoye[rz]|indiquez|communiquez|geben|senden|schicken|nennen|mitteilen|podaj\\w*|wyslij\\w*|napisz\\w*|kirim\\w*|berikan|kasih|beri|inviate|invia|mandate|dacci|dammi|forneca|informe|passe|mande|gui|cho)\\b|(?<![\\p{L}])(?:напиш|пришл|отправ|сообщ|скаж|дайте|укаж|надішл|напиш)\\p{L}*|提供|告诉|告訴|发给|發給|发一下|教えて|送って|알려|보내';
/** The card's number, in the languages read; an ID, warranty or membership card's number is a document's. */
const CARD_NUMBER =
  '\\b(?<!\\b(?:id|identity|identification|warranty|guarantee|membership|member|loyalty|sim|student|business|name|health|insurance|residence|residence|vip)\\s)(?:card\\s+(?:number|no|num|details|info(?:rmation)?)|(?:credit|debit|bank)\\s+card|numero\\s+de\\s+(?:(?:la|su|tu)\\s+)?tarjeta|datos\\s+de\\s+(?:(?:la|su|tu)\\s+)?tarjeta|numero\\s+de\\s+(?:(?:votre|ta|la)\\s+)?carte|\\w*kartennummer|numer\\w*\\s+karty|nomor\\s+kartu|numero\\s+(?:della\\s+)?carta|numero\\s+do\\s+cartao)\\b|(?<![\\p{L}])номер\\p{L}*\\s+(?:\\p{L}+\\s+)?карт\\p{L}*|卡号|卡號|カード番号|카드\\s?번호';
/** Its expiry date or security code. */
const EXPIRY_OR_CODE =
  /\b(?:expir\w*|expire|exp\s+date|valid\s+(?:thru|through|until)|cvv\d?|cvc\d?|cv2|security\s+code|vencimiento|caducidad|codigo\s+de\s+seguridad|date\s+d'expiration|ablaufdatum|gultig\s+bis|sicherheitscode|pruefnummer|data\s+waznosci|masa\s+berlaku|scadenza|validade|ngay\s+het\s+han)\b|срок\p{L}*\s+действ|термін\p{L}*\s+дії|有效期|安全码|安全碼|有効期限|セキュリティコード|유효기간/u;

/**
 * Cards as the product ("the card number range and expiry you want embossed", "NFC card reader", "tarjetas PVC
 * personalizadas", "membership card design"): the numbers are artwork or a format, not a card to charge.
 */
export const CARD_AS_PRODUCT =
  /\b(?:print\w*|emboss\w*|artwork|design\w*|layout|format|template|range|reader|nfc|rfid|pvc|plastic|blank|membership|gift\s+cards?|impres\w*|personaliz\w*|grabad\w*|diseno|plantilla|rango|imprim\w*|gedruckt|druck\w*|drukowan\w*|cetak|stampa\w*)\b|(?<![\p{L}])(?:печат\p{L}*|макет\p{L}*)|印刷|打印|设计|設計/u;

export const CARD_DETAILS_ASKED: ChatPattern = {
  kind: 'explicit',
  what: "the buyer's card number and expiry or security code asked for in chat",
  gate: /card|tarjeta|carte|karte|karty|kartu|carta|cartao|карт|卡|カード|카드/,
  needs: EXPIRY_OR_CODE,
  needsIn: 'message',
  unless: CARD_AS_PRODUCT,
  unlessIn: 'message',
  // "Our finance needs your card number, expiry and CVV, please send them here": the ask may follow the card words.
  re: anyOf(
    `(?:${ASK})[^.!?\\n]{0,30}?(?:${CARD_NUMBER})`,
    `(?:${CARD_NUMBER})[^.!?\\n]{0,50}?\\b(?:send|give|share|tell|write)\\s+(?:them|it|those|these)\\b`,
  ),
};
