import { anyOf } from '../match';
import type { ChannelPattern } from './languages/pack';

/**
 * "Mail" as the verb of writing to the seller's mailbox: "mail me at the address on our profile", Dutch "kunt u mij
 * mailen op het adres in ons profiel?", "mail ons even", German "mailen Sie uns" / "schreiben Sie mir eine E-Mail",
 * French "envoyez-moi un mail", Spanish "escríbame un correo", Italian "scrivimi una mail", Portuguese "me mande um
 * e-mail". "E-mail me" was read already; the bare "mail" was not, though suppliers use it as often. Only the
 * seller's side (me, us): "we will mail you the catalogue" sends a document. Postal mail is told apart by what
 * follows: a thing mailed ("mail me the samples") is goods, not the talk. Words over normalised text.
 */
const NOT_A_THING_MAILED =
  '(?!\\s+(?:the|a|an|some|your|those|these|de|het|een|die|das|den)\\s+(?:samples?|monsters?|stalen|parcels?|packages?|pakket\\w*|goods|muster|paket\\w*|catalog\\w*|brochures?|cheques?|checks?)\\b)';

/** A proof of payment in English: a receipt, a slip, a proof of payment, a transfer's screenshot or copy. */
const PROOF_EN =
  '(?:(?:payment|transfer|bank|deposit|remittance|wire|swift|tt)\\s+)?(?:receipts?|slips?|proof(?:\\s+of\\s+(?:the\\s+)?(?:payment|transfer|remittance|deposit))?)|(?:payment|transfer|bank|wire|swift|tt|remittance)\\s+(?:screenshots?|copy|confirmation)|screenshots?\\s+of\\s+(?:the\\s+|your\\s+)?(?:payment|transfer|receipt)';
/** No "not / don't / never / no" earlier in the verb's clause. */
const NOT_NEGATED_EN =
  "(?<!\\b(?:not|dont|don't|never|no|nor|without|cannot|can't|cant)\\b[^.!?;,\\n]{0,40})";
/** No subject before the verb: the reader is told, nobody is said to have sent. */
const NO_SUBJECT_EN =
  '(?<!\\b(?:we|i|they|he|she|it|you|will|would|shall|alibaba|aliexpress|team|platform|who|which|that|already|also|ll)\\s+)';
/** Turkish: a receipt ("dekont", "makbuz", "fiş"), a proof of payment, a screenshot of the transfer. */
const PROOF_TR =
  '(?:dekont\\w*|makbuz\\w*|fis\\w*|odeme\\s+(?:kanit|belge|makbuz|dekont|ekran)\\w*(?:\\s+goruntu\\w*)?|havale\\s+(?:dekont|makbuz|belge|ekran)\\w*(?:\\s+goruntu\\w*)?|ekran\\s+goruntu\\w*)';
/** "E-postayla", "e-mail ile", "mail üzerinden": by e-mail. */
const TR_MAIL = '(?:e-?posta|e-?mail|mail)(?:yla|la|le|ile|\\s+ile|\\s+yoluyla|\\s+uzerinden|den|dan)?';
/**
 * The imperative or the polite ask ("gönderin", "gönderebilir misiniz", "göndermenizi rica ederiz"); the negative
 * ("göndermeyin") has its own suffix and is not read, nor "we don't want you to send" after it.
 */
const TR_SEND =
  '(?:gonder|ilet|yolla|at)(?:in|iniz|yin|yiniz|ebilir\\s+misiniz|ir\\s+misiniz|ar\\s+misiniz|ebilirsiniz|menizi|meniz)?\\b(?!\\s+(?:\\S+\\s+)?(?:istemiyoruz|istemeyiz|gerek\\s+yok|gerekmez|lazim\\s+degil))';

export const MAIL_VERB_MOVES: readonly ChannelPattern[] = [
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|correo|courriel/,
    // "mail me, or chat here", "eine Mail oder hier im Chat", "un mail ici sur Alibaba": the platform's chat is offered
    // as well, or the mail is the platform's own; the buyer is not moved (the red team's cases, stop 35).
    unless:
      /\b(?:(?:or|and)\s+(?:just\s+|simply\s+)?(?:chat|reply|answer|write)\s+(?:to\s+me\s+|to\s+us\s+)?here|here\s+(?:in|on)\s+(?:the\s+)?(?:chat|alibaba)|hier\s+(?:im|in\s+de|in\s+het)\s+chat|ook\s+hier|ici\s+(?:sur|dans)\s+(?:alibaba|le\s+chat|la\s+messagerie)|aqui\s+en\s+el\s+chat|qui\s+in\s+chat)\b/,
    unlessIn: 'message',
    re: anyOf(
      // en and nl: "mail me / mail us / mail ons / mail mij", then a place, a word of asking, or the clause's end.
      `\\bmail\\s+(?:me|us|mij|ons)\\b${NOT_A_THING_MAILED}(?=\\s*(?:at|on|to|via|through|directly|please|pls|plz|asap|for|first|op|naar|even|gerust|maar|voor|[.?!,;:)]|$))`,
      // nl: "kunt u mij mailen", "mail ons even", "wilt u ons e-mailen".
      '\\b(?:mij|me|ons)\\s+(?:\\w+\\s+)?(?:e-?)?mailen\\b',
      // de: "mailen Sie uns", "schreiben / schicken Sie mir eine E-Mail", "schreib mir eine Mail".
      '\\b(?:e-?)?mailen\\s+sie\\s+(?:mir|uns)\\b|\\b(?:schreiben|schicken|senden)\\s+sie\\s+(?:mir|uns)\\s+(?:\\w+\\s+)?(?:eine\\s+)?(?:e-?)?mail\\b|\\b(?:schreib|schick)\\s+(?:mir|uns)\\s+(?:\\w+\\s+)?(?:eine\\s+)?(?:e-?)?mail\\b',
      // fr, es, it, pt: "envoyez-moi un mail", "escríbame un correo", "scrivimi una mail", "me mande um e-mail".
      '\\b(?:envoyez|ecrivez|envoie|ecris)[-\\s](?:moi|nous)\\s+un\\s+(?:e-?mail|mail|courriel)\\b',
      '\\b(?:escribame|escribeme|escribanos|envieme|enviame|mandeme|mandame)\\s+un\\s+(?:e-?mail|mail|correo)\\b',
      '\\b(?:scrivimi|scriveteci|scrivici|mandami|inviami|mandateci)\\s+(?:una\\s+)?(?:e-?mail|mail)\\b',
      '\\b(?:me|nos)\\s+(?:mande|manda|envie|envia|escreva|escreve)\\s+um\\s+(?:e-?mail|mail)\\b',
    ),
  },
  {
    // The buyer told to send a proof of payment to the seller's mailbox: "send the receipt to me by e-mail", "send us
    // the transfer slip via email", Turkish "dekontu bana e-postayla gönderin" — as Spanish "envíeme el comprobante por
    // correo" was read already: the payment's follow-up goes on in the mailbox. Only a payment proof (receipt, slip,
    // proof of payment, a transfer's screenshot), not a contract a legal team asked for; only the reader told to send
    // (an imperative, no subject before the verb: "we e-mail you the invoice", "Alibaba sent it to us by email" are
    // not this), and no negation before the verb in its clause ("please don't send the receipt to us by email").
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|posta/,
    re: anyOf(
      `${NOT_NEGATED_EN}${NO_SUBJECT_EN}\\b(?:send|forward|e-?mail)\\s+(?:(?:the|a|your|copy|of|that|this)\\s+){0,3}?(?:${PROOF_EN})\\s+(?:\\S+\\s+){0,3}?to\\s+(?:me|us)\\s+(?:by|via|through|over|per)\\s+(?:e-?mail|mail)\\b`,
      `${NOT_NEGATED_EN}${NO_SUBJECT_EN}\\b(?:send|forward)\\s+(?:me|us)\\s+(?:(?:the|a|your|copy|of|that|this)\\s+){0,3}?(?:${PROOF_EN})\\s+(?:\\S+\\s+){0,2}?(?:by|via|through|over|per)\\s+(?:e-?mail|mail)\\b`,
      `\\b${PROOF_TR}\\s+(?:\\S+\\s+)?(?:bana|bize)\\s+${TR_MAIL}\\s+${TR_SEND}`,
      `\\b(?:bana|bize)\\s+${PROOF_TR}\\s+${TR_MAIL}\\s+${TR_SEND}`,
      `\\b${PROOF_TR}\\s+(?:e-?posta|e-?mail|mail)\\s*(?:adresime|adresimize|ime|imize)\\s+${TR_SEND}`,
      `\\b(?:e-?posta|e-?mail|mail)\\s*(?:adresime|adresimize|ime|imize)\\s+${PROOF_TR}\\s+${TR_SEND}`,
    ),
  },
];
