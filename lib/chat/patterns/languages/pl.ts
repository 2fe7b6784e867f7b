import { anyOf } from '../../match';
import { PAID_TO_SOMEONE } from '../national-payment-apps';
import type { LanguagePatterns } from './pack';

/**
 * Polish. Modelled on Polish police and bank warnings about OLX and Allegro: talks moved to WhatsApp or
 * Messenger, "przelew na konto prywatne", BLIK to a phone number, deals "poza platformą". Accents folded
 * ("przelew na mój numer" → "przelew na moj numer", "spółka" → "spolka").
 */
const PAY = /\b(?:przelew\w*|przelej\w*|zaplac\w*|wplac\w*|wyslij\w*|blik\w*|platnos\w*|pieniadze|idzie)\b/;

const BLIK_PAID = new RegExp(
  `${PAID_TO_SOMEONE.source}|\\bblik(?:iem|u|a|owi)\\b|\\bzwrot\\w*|\\bwy(?:s|ś)l\\w*|\\bpoda(?:c|ć|j)\\w*|\\bna\\s+(?:moj\\s+)?numer\\w*`,
  'u',
);

export const PL: LanguagePatterns = {
  lang: 'pl',
  payment: [
    {
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: /poza/,
      re: anyOf('\\bpoza\\s+(?:platform\\w*|serwis\\w*|olx|allegro|aplikacj\\w*|systemem|vinted)\\b'),
    },
    {
      kind: 'contextual',
      what: 'a personal account',
      gate: /konto|rachunek|prywatnie/,
      needs: PAY,
      re: anyOf(
        '\\b(?:prywatne|osobiste|moje)\\s+konto\\b|\\bkonto\\s+(?:prywatne|osobiste)\\b|\\bmoj\\s+rachunek\\b',
        '\\bna\\s+mnie\\s+prywatnie\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'BLIK to a phone number (no buyer protection)',
      gate: /blik/,
      // Dutch "blik" is a tin ("blik van 400 g", "in een blik"): the wallet only where the clause pays someone,
      // sends to a number, or inflects the name the Polish way ("BLIKiem", "zwrot na BLIK").
      needs: BLIK_PAID,
      negationSpreads: true,
      brandWord: true,
      re: anyOf('\\bblik\\w*'),
    },
    {
      kind: 'contextual',
      what: 'a direct transfer to the seller',
      gate: /bezposredni/,
      re: anyOf(
        '\\bprzelew\\w*\\s+bezposredni\\w*|\\bbezposrednio\\s+na\\s+(?:moje|konto|rachunek)\\b|\\b(?:zaplac|przelej|wplac)\\w*\\s+(?:\\S+\\s+){0,2}?bezposrednio\\b',
      ),
    },
    {
      kind: 'explicit',
      what: 'a request to cancel the platform order',
      gate: /anuluj/,
      re: anyOf('\\banuluj\\w*\\s+(?:\\S+\\s+)?zamowieni\\w*'),
      needs: /poza|przelew|bezposredni|konto|dogadamy/,
      needsIn: 'message',
    },
    {
      kind: 'contextual',
      what: 'a payment "between friends"',
      gate: /znajom|prezent/,
      re: anyOf('\\b(?:dla|do)\\s+znajom\\w*|\\bjako\\s+(?:prezent|znajom\\w*)'),
    },
    {
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      gate: /zwro/,
      re: anyOf('\\bzwro\\w*\\b.{0,40}?\\bnajpierw\\b.{0,60}?\\b(?:wplac|zaplac|przelej|wyslij)\\w*'),
    },
    {
      kind: 'contextual',
      what: "a purchase moved to the seller's own website",
      gate: /naszej|mojej/,
      re: anyOf(
        '\\b(?:kupuj|kup|zamow|zamawiaj)\\w*\\s+(?:\\S+\\s+){0,2}?(?:na|w|przez)\\s+(?:naszej|mojej)\\s+(?:stronie|sklepie)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: "a related company's account",
      gate: /spolk|oddzial/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf(
        '\\bspolk\\w*\\s+(?:matk\\w*|cork\\w*|siostrzan\\w*|zalezn\\w*)|\\boddzial\\w*\\s+w\\s+(?:hongkongu|singapurze)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'another way to pay',
      gate: /sposob|metod/,
      needs: /bezposredni|konto|prywat|rabat|taniej|prowizj|blik/,
      needsIn: 'message',
      re: anyOf('\\binn\\w*\\s+(?:sposob\\w*|metod\\w*)\\s+(?:platnosci|zaplaty)\\b'),
    },
  ],
  bank: [
    {
      kind: 'explicit',
      negationInside: true,
      what: 'a changed, new or frozen account',
      gate: /konto|konta|rachun/,
      re: anyOf(
        '\\b(?:nowe\\s+konto|nowy\\s+(?:numer\\s+)?(?:konta|rachunek|rachunku)|zmian\\w*\\s+(?:numeru\\s+)?(?:konta|rachunku)|konto\\s+(?:\\S+\\s+)?(?:zablokowane|zamrozone|zmienione))\\b',
      ),
    },
  ],
  channels: [
    {
      channel: 'Messenger',
      kind: 'explicit',
      what: 'a move to Messenger',
      gate: /messenger/,
      brandWord: true,
      // The platform's own messenger ("the video call button inside Alibaba messenger", "AliExpress Messenger",
      // "messenger of Alibaba") is where the talk already is (stop 53).
      re: anyOf(
        "(?<!\\b(?:alibaba|aliexpress|ali|platform|platforms|platformy|platformie)(?:'s|s)?\\s+(?:own\\s+|built-?in\\s+|in-?app\\s+|internal\\s+)?)\\bmessenger\\w*(?!\\s+(?:of|on|in|inside|within|na|w)\\s+(?:the\\s+)?(?:alibaba|aliexpress|platform\\w*)\\b)",
      ),
    },
  ],
  moves: [
    {
      kind: 'explicit',
      what: 'an invitation to add or message the seller elsewhere',
      gate: /podaj|daj|wyslij|zostaw|dodam|dodaj|dodac|przejdzmy|napisz|komunikator/,
      unless:
        /kurier\w*|odbiorc\w*|przesylk\w*|dostaw\w*|adres\w*|paczk\w*|zamowieni\w*|faktur\w*|\bnip\b|regon|pesel/,
      re: anyOf(
        // "podaj swój numer seryjny / NIP / zamówienia / modelu" is a document's number, not the buyer's own.
        '\\b(?:podaj|daj|wyslij|zostaw)\\s+(?:mi\\s+)?(?:swoj|twoj)\\w*\\s+(?:numer|kontakt|telefon|maila?)\\b(?!\\s+(?:seryjn\\w*|modelu|zamowienia|konta|rachunku|nip|imei|przesylki|paczki|faktury|partii))',
        '\\bdodam\\s+(?:cie|pana|pania)\\b|\\bdoda(?:j|c|cie)\\s+mnie\\b(?!\\s+do\\s+(?:ulubion|obserwowan|sledzon)\\p{L}*)',
        // "napisz na komunikatorze", "przez komunikator": a messenger with no app named is still another channel.
        '\\b(?:na|przez|w)\\s+komunikator\\w*',
        '\\bprzejdzmy\\s+(?:na|do)\\s+\\w+',
        '\\bnapisz\\s+(?:do\\s+mnie\\s+)?na\\s+(?:priv\\w*|prywatn\\w*)\\b',
      ),
    },
  ],
};
