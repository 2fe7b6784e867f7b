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
    // The buyer told to send something to the seller's mailbox: "send the receipt to me by e-mail", Turkish "dekontu
    // bana e-postayla gönder", Romanian "trimiteți-mi dovada pe e-mail", Hungarian "küldje el e-mailben", Greek
    // "στείλτε μου … στο email" — as Spanish "envíeme el comprobante por correo" was read already: the exchange goes on
    // in the mailbox. Only the reader told to send (an imperative, no subject before the verb): a document the seller
    // mails out ("we e-mail you the invoice") or the platform mailed ("Alibaba sent to us by email the confirmation",
    // "Alibaba'nın bize e-postayla gönderdiği onay") is not this.
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|posta|μέιλ|μειλ/,
    re: anyOf(
      '(?<!\\b(?:we|i|they|he|she|it|you|will|would|shall|alibaba|aliexpress|team|platform|who|which|that|already|also|ll)\\s+)\\b(?:send|forward)\\s+(?:(?:it|them|this|that|the|a|your|copy|of)\\s+|[a-z]+\\s+){0,3}?to\\s+(?:me|us)\\s+(?:by|via|through|over|per)\\s+(?:e-?mail|mail)\\b|(?<!\\b(?:we|i|they|he|she|it|you|will|would|shall|alibaba|aliexpress|team|platform|who|which|that|already|also|ll)\\s+)\\b(?:send|forward)\\s+(?:me|us)\\s+(?:(?:it|them|this|that|the|a|your|copy|of)\\s+|[a-z]+\\s+){0,3}?(?:by|via|through|over|per)\\s+(?:e-?mail|mail)\\b',
      '\\b(?:bana|bize)\\s+(?:\\S+\\s+)?(?:e-?posta|e-?mail|mail)(?:yla|la|le|ile|\\s+ile|\\s+yoluyla|\\s+uzerinden|den|dan)?\\s+(?:gonder|ilet|yolla|at)(?:in|iniz|yin|yiniz|ebilir\\s+misiniz|ir\\s+misiniz|ar\\s+misiniz|ebilirsiniz|menizi|meniz)?\\b|\\b(?:e-?posta|e-?mail|mail)\\s*(?:adresime|adresimize|ime|imize)\\s+(?:\\S+\\s+)?(?:gonder|ilet|yolla|at)(?:in|iniz|yin|yiniz|ebilir\\s+misiniz|ir\\s+misiniz|ar\\s+misiniz|ebilirsiniz|menizi|meniz)?\\b',
      '\\b(?:trimiteti|trimite)-?(?:mi|ne)\\s+(?:\\S+\\s+){0,3}?pe\\s+(?:e-?mail|mail)\\b',
      '\\bkuld(?:je|jek|jon|d|jetek)\\s+(?:el\\s+|at\\s+)?(?:\\S+\\s+){0,3}?(?:e-?mailben|mailben|e-?mail\\s+cimre)\\b',
      '(?<![\\p{L}])(?:στείλτε|στειλτε|στείλε|στειλε)\\s+(?:μου|μας)\\s+(?:\\S+\\s+){0,4}?(?:στο|με|μέσω|μεσω)\\s+(?:e-?mail|email|μέιλ|μειλ)(?![\\p{L}])',
    ),
  },
];
