import { anyOf, type ChatPattern } from '../match';
import type { ChannelPattern } from './languages/pack';

/**
 * A price held out on one condition: that the order is confirmed away from the platform — "the fair price is valid if
 * you confirm with our manager directly", "il prezzo vale solo se conferma l'ordine via email e non tramite Alibaba",
 * "el precio de la feria vale si confirma por correo", "der Messepreis gilt nur, wenn Sie direkt bei uns bestätigen".
 * The price is the bait and the order (with its payee) is settled where the platform keeps no record: a payment
 * outside the order, as the discount for not ordering through Alibaba is (order-bypassed.ts). Read as a price or an
 * offer said to be valid (only) if the buyer confirms, orders or pays, governed in the same clause by "directly", "by
 * e-mail / on WeChat" or "not through the platform". A confirmation in the Alibaba order is no such condition: the
 * rule is contextual, so a platform anchor in the clause that is not itself negated keeps it.
 * Words over normalised text (lower case, Latin accents folded).
 */

/**
 * "Directly" alone is no channel: "confirm directly with me here in the chat", "order directly from the factory",
 * "commandez directement aujourd'hui" keep the order on the platform. It moves the order only when it names the
 * seller's own side as the other party ("directly with our sales director", "direttamente con noi", "direkt bei uns",
 * "with our manager directly"), and not "here / in the chat".
 */
const DIRECT = '(?:directly|direct|directamente|diretamente|directement|direttamente|direkt)';
const WITH_US =
  '(?:with|to|bei|mit|con|avec|com)\\s+(?:us|me|our|my|noi|uns|mir|unser\\w*|nosotros|nuestr[oa]s?|nous|moi|notre|nos|nosso|nossa|mim|nostr[oa]|il\\s+nostro|la\\s+nostra)\\b';
const NOT_HERE = '(?![^.!?;\\n]{0,25}?\\b(?:here|in\\s+(?:this|the)\\s+chat|aqui|ici|qui|hier)\\b)';
const DIRECT_WITH_US = `\\b(?:${DIRECT}\\s+${WITH_US}${NOT_HERE}|${WITH_US}\\s+(?:\\S+\\s+){0,2}?${DIRECT}\\b${NOT_HERE}|conosco\\s+${DIRECT}|${DIRECT}\\s+conosco)`;

const AWAY =
  '(?:by\\s+e-?mail|via\\s+e-?mail|per\\s+e-?mail|on\\s+(?:wechat|whatsapp|telegram|skype)|outside|off\\s+(?:the\\s+)?(?:platform|alibaba)|por\\s+(?:correo|e-?mail|whatsapp|wechat)|pelo\\s+(?:e-?mail|whatsapp|wechat)|par\\s+(?:e-?mail|mail|courriel)|via\\s+(?:mail|whatsapp|wechat)|per\\s+mail)';
/** "not through Alibaba / non tramite / no por / pas par / nicht über / não pela": the platform refused for the order. */
const NOT_THROUGH_PLATFORM =
  '(?:not|non|no|nao|pas|nicht)\\s+(?:through|via|on|in|tramite|attraverso|su|por|en|pela|pelo|na|no|par|sur|uber|auf)\\s+(?:la\\s+|el\\s+|a\\s+|the\\s+|die\\s+)?(?:alibaba|aliexpress|piattaforma|plataforma|plateforme|plattform|platform)';
/** "if / only if / si / se / wenn" with a verb of confirming, ordering or paying in the words that follow. */
const IF_CONFIRMED =
  '(?:if|provided|as\\s+long\\s+as|si|se|wenn|sofern)\\b(?=[^.!?;\\n]{0,60}?\\b(?:confirm|order|book|pay|place|conferm|ordin|pag|orden|pid|pedi|fech|command|pai|bestell|bestatig|zahl)\\w*)';
const PRICE =
  '(?:\\b(?:price|prices|offer|discount|quote|quotation|prezzo|prezzi|offerta|sconto|precio|precios|oferta|descuento|preco|precos|desconto|prix|offre|remise)\\b|\\b\\w*(?:preis|preise|angebot|rabatt)\\b)';
const VALID =
  '(?:valid|applies|holds|good|vale|valgono|valido|valida|valable|vaut|gilt|gelten|gultig|aplica|sigue)';

export const PRICE_IF_CONFIRMED_ELSEWHERE: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a complaint about platform fees, or a discount, to move the payment',
    gate: /valid|applies|holds|good|vale|valgono|valido|valida|valable|vaut|gilt|gelten|gultig|aplica|sigue/,
    re: anyOf(
      // The refusal of the platform taken into the match when it follows ("… by e-mail and not through Alibaba"): its
      // "not" refuses the platform, not the condition.
      `${PRICE}\\s+(?:\\S+\\s+){0,3}?${VALID}\\s+(?:\\S+\\s+){0,2}?${IF_CONFIRMED}[^.!?;\\n]{0,80}?(?:(?:\\b${AWAY}\\b|${DIRECT_WITH_US})(?:[^.!?;\\n]{0,20}?\\b${NOT_THROUGH_PLATFORM}\\b)?|\\b${NOT_THROUGH_PLATFORM}\\b)`,
    ),
  },
];

/**
 * The order itself to be confirmed by e-mail "and not through Alibaba" ("confermi l'ordine via email e non tramite
 * Alibaba", "confirm the order by e-mail, not on the platform"): the deal and its talk move to the mailbox. The "not"
 * is inside the match: it refuses the platform, not the mail.
 */
export const ORDER_CONFIRMED_BY_MAIL: readonly ChannelPattern[] = [
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|correo|courriel/,
    re: anyOf(
      `\\b(?:confirm|conferm|order|ordin|orden|pid|pedi|fech|command|bestell|bestatig)\\w*\\s+[^.!?;\\n]{0,60}?\\b(?:by|via|per|por|pelo|par)\\s+(?:e-?mail|mail|correo|courriel)\\b,?\\s+(?:and\\s+|e\\s+|y\\s+|et\\s+|und\\s+)?${NOT_THROUGH_PLATFORM}\\b`,
    ),
  },
];
