import { anyOf, type ChatPattern } from '../match';

/**
 * The platform's chat said not to do the job — "our system can't upload here", "I'm not always online here", "no
 * puedo enviar archivos aquí", "aqui não consigo anexar" — and, in the same message, the buyer's mailbox or number asked
 * for, or the buyer told to write to an address: the talk is moved, and the reason given is the move's own excuse.
 * Without that excuse an address asked "for the shipping documents" is read as shipping (invitations.ts); with it, the
 * documents are what the mailbox is for. Read as a verb of failing or a "not online" said of here / this chat / the
 * platform, plus the ask; the ask alone is judged by the other rules.
 * Words over normalised text (lower case, Latin accents folded).
 */

/** The chat said to fail: cannot upload / send / attach here; not (always) online here; rarely check this chat. */
const CHAT_FAILS = new RegExp(
  [
    "\\b(?:can'?t|cannot|can\\s+not|not\\s+able\\s+to|unable\\s+to|could\\s*n'?t|does\\s*n'?t|doesnt|won'?t|fails?\\s+to)\\s+(?:\\w+\\s+){0,2}?(?:upload|send|attach|share|open|load|show|receive)\\w*\\s+(?:[\\w']+\\s+){0,3}?(?:here|in\\s+(?:this|the)\\s+chat|on\\s+(?:the\\s+)?(?:platform|alibaba|app))\\b",
    '\\bnot\\s+(?:always\\s+|often\\s+|very\\s+)?(?:online|active|available)\\s+(?:on\\s+)?(?:here|in\\s+(?:this|the)\\s+chat|on\\s+(?:the\\s+)?(?:platform|alibaba|app))\\b',
    '\\b(?:rarely|seldom)\\s+(?:online|check\\w*|use)\\s+(?:on\\s+)?(?:here|this\\s+chat|the\\s+(?:platform|app))\\b',
    // es / pt: "no puedo / no se pueden subir / enviar aquí", "no siempre estoy conectado aquí", "aqui não consigo anexar".
    '\\bno\\s+(?:\\w+\\s+){0,2}?(?:puedo|podemos|puede|se\\s+puede[n]?|deja|permite)\\s+(?:\\w+\\s+){0,1}?(?:subir|enviar|mandar|adjuntar|cargar|abrir)\\w*\\s+(?:\\w+\\s+){0,3}?(?:aqui|aca|en\\s+(?:este|el)\\s+chat|en\\s+(?:la\\s+)?plataforma)\\b',
    '\\bno\\s+siempre\\s+(?:estoy|estamos)\\s+(?:conectad\\w*|en\\s+linea|online)\\s+(?:aqui|aca|en\\s+(?:este|el)\\s+chat)\\b',
    '\\b(?:aqui|no\\s+chat|na\\s+plataforma)\\s+(?:\\w+\\s+)?nao\\s+(?:consigo|conseguimos|da\\s+para|deixa|permite)\\s+(?:\\w+\\s+)?(?:enviar|mandar|anexar|subir|carregar)\\b',
    '\\bnao\\s+(?:consigo|conseguimos|da\\s+para)\\s+(?:\\w+\\s+)?(?:enviar|mandar|anexar|subir|carregar)\\w*\\s+(?:\\w+\\s+){0,3}?(?:aqui|no\\s+chat|na\\s+plataforma)\\b',
  ].join('|'),
  'u',
);

/** An e-mail address, as normalise leaves it (lower case). */
const ADDRESS = '[a-z0-9][\\w.+-]*@[a-z0-9-]+(?:\\.[a-z0-9-]+)+';

/**
 * A number asked for the carrier: "for the DHL label / for the waybill / for the delivery", or after "the courier may
 * call you". The chat failing elsewhere in the message does not make it a move: the number goes on the parcel.
 */
const FOR_THE_CARRIER =
  '(?!\\s+(?:\\S+\\s+){0,2}?for\\s+(?:the\\s+|your\\s+)?(?:\\S+\\s+)?(?:label|waybill|courier|delivery|shipping|shipment|parcel|package|driver|consignee)\\b)';
/** The carrier said to call the buyer, in the sentence of the ask (a clause of its own: "…may call you, please…"). */
const CARRIER_CALLS =
  /\b(?:courier|driver|carrier|dhl|fedex|ups|delivery\s+(?:man|guy|company))\s+(?:may|will|might|can|needs?\s+to|has\s+to|would)\s+(?:call|phone|contact|ring)\b/u;

export const CHAT_SAID_TO_FAIL_MOVES: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /mail|phone|number|correo|telefono|numero|whats|zap|contato|contacto/,
    needs: CHAT_FAILS,
    needsIn: 'message',
    re: anyOf(
      '\\b(?:give|send|leave|share|tell|drop|provide)\\s+(?:me|us)?\\s*(?:your|ur|yr)\\s+(?:(?:phone|mobile|cell|whats\\w*|private|personal)\\s+)?(?:e-?mail|mail|whats\\w*)\\b|\\b(?:give|send|leave|share|tell|drop|provide)\\s+(?:me|us)?\\s*(?:your|ur|yr)\\s+whats\\w*\\s+(?:number|phone)\\b',
      '\\b(?:dame|deme|pasame|paseme|mandame|envieme|enviame|deja(?:me)?|dejeme)\\s+(?:su|tu)\\s+(?:correo|e-?mail|mail|numero|telefono|whats\\w*)\\b',
      '\\b(?:me\\s+)?(?:passa|passe|manda|mande|envia|envie|deixa|deixe)(?:-me)?\\s+(?:o\\s+|a\\s+)?(?:seu|sua|teu|tua)\\s+(?:e-?mail|mail|numero|telefone|whats\\w*|zap)\\b',
    ),
  },
  {
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /phone|number|mobile/,
    needs: CHAT_FAILS,
    needsIn: 'message',
    unless: CARRIER_CALLS,
    unlessIn: 'sentence',
    re: anyOf(
      `\\b(?:give|send|leave|share|tell|drop|provide)\\s+(?:me|us)?\\s*(?:your|ur|yr)\\s+(?:(?:phone|mobile|cell|private|personal)\\s+)?(?:number|phone|mobile)\\b${FOR_THE_CARRIER}`,
    ),
  },
  {
    // "Confirm to name@mail.com after payment, I'm not always online here", "escríbame a name@mail.com".
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /@/,
    needs: CHAT_FAILS,
    needsIn: 'message',
    re: anyOf(
      `\\b(?:confirm|write|reply|answer|contact|message|email|e-mail|mail|escrib|confirm|respond|escrev|mand|envi)\\w*\\s+(?:\\w+\\s+){0,3}?(?:to|at|on|via|a|al|para|pelo|no)\\s+${ADDRESS}`,
    ),
  },
];
