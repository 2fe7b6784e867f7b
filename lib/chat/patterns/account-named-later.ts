import { anyOf, type ChatPattern } from '../match';

/**
 * Payment to an account the seller has yet to name: "pague a la cuenta que le indique ahí", "pay into the account I
 * will give you by e-mail", "pague na conta que eu te passar", "payez sur le compte que je vous indiquerai". The order
 * already names its payee; an account still to be told (in a mail, on another app, "there") is one the platform never
 * lists — often after a story of the order being closed. Read as a verb of paying that governs "the account", whose
 * relative clause has the seller tell or give it to the buyer. The platform, the order or the PI as what names the
 * account ("que le indique el sistema", "the account I give you in the PI") is the order's own payee.
 * Words over normalised text (lower case, Latin accents folded).
 */

/** The account named by the platform, the order or its invoice: the payee the order lists. */
const BY_THE_ORDER =
  '(?!\\s+(?:(?:in|on|el|la|los|las|en|no|na|o|a|dans|sur|le)\\s+)?(?:the\\s+|el\\s+|la\\s+|o\\s+|a\\s+|le\\s+)?(?:sistema|system|plataforma|platform|plateforme|alibaba|pedido|orden|order|commande|pi|proforma|factura|fatura|facture|invoice|contrato|contract|contrat)\\b)';

export const ACCOUNT_NAMED_LATER: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a request to pay outside the platform',
    gate: /cuenta|conta|compte|account/,
    re: anyOf(
      `\\bpag\\w*\\s+(?:\\S+\\s+){0,3}?(?:a|en)\\s+la\\s+cuenta\\s+que\\s+(?:yo\\s+)?(?:le|te|les)\\s+(?:indique|indicare|pase|pasare|mande|mandare|envie|enviare|de|dare|diga|dire|comunique|comunicare)\\b${BY_THE_ORDER}`,
      `\\bpag\\w*\\s+(?:\\S+\\s+){0,3}?(?:na|para\\s+a|a)\\s+conta\\s+que\\s+(?:eu\\s+)?(?:te|lhe|vos)\\s+(?:indicar|passar|mandar|enviar|der|disser|informar)\\b${BY_THE_ORDER}`,
      `\\b(?:pay|payez|payer|versez|virez)\\w*\\s+(?:\\S+\\s+){0,3}?(?:sur|a)\\s+(?:le\\s+)?compte\\s+que\\s+(?:je|nous)\\s+vous\\s+(?:indiquerai|indiquerons|donnerai|donnerons|enverrai|enverrons|communiquerai|communiquerons|indique|donne)\\b${BY_THE_ORDER}`,
      `\\b(?:pay|transfer|send|wire|remit)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into|in)\\s+the\\s+account\\s+(?:that\\s+|which\\s+)?(?:i|we)\\s*(?:will\\s+|'ll\\s+|shall\\s+)?(?:give|send|tell|indicate|provide|share|e-?mail)\\s+(?:to\\s+)?(?:you|u)\\b${BY_THE_ORDER}`,
    ),
  },
];
