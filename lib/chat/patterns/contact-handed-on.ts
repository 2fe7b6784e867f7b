import { anyOf, type ChatPattern } from '../match';

/**
 * A move that points somewhere rather than naming an app: "reply there" after a mail sent to the buyer's address,
 * "give me a way to contact you directly, e-mail or any app", "her number is in the next message", "for urgent things
 * call our office 0574…". Modelled on buyers' accounts of sellers who asked for "any contact" to get around the
 * platform chat, and on marketplace help pages that tell buyers to answer only in the message centre
 * (tests/fixtures/chat/round-20-cases.json names the pages read). Words over normalised text.
 */

/** A carrier, customs or the platform's own help reach the buyer for their own part: not the seller moving the talk. */
const NOT_THE_SELLERS_SIDE =
  /\b(?:dhl|fedex|ups|tnt|ems|courier|carrier|driver|forwarder|customs|alibaba|aliexpress|platform|message\s+cent(?:er|re)|trade\s?manager|order\s+page|dispute)\b/u;

/** A mailbox the message speaks of: where "there" points. */
const MAILBOX =
  /\be-?mails?\b|\bmail\s?box\b|\binbox\b|\bgmail\b|\boutlook\b|@|\baddress\s+you\s+(?:registered|gave|left|use)\b|\bcorreo\b|\bcourriel\b|\bboite\s+mail\b|\bcaixa\s+de\s+(?:entrada|e-?mail)\b/u;

/** Things that carry a number of their own: an order, a parcel, an invoice, a model. */
const THINGS_NUMBERED =
  '(?:order|tracking|invoice|model|item|sku|batch|lot|parcel|shipment|reference|ref|pedido|orden|factura|modelo|envio|seguimiento|commande|facture|modele|suivi|colis|encomenda|fatura|rastreio)\\b';

/** Where "there" may point besides a mailbox: a number or an id the message says where to find ("mon num est dans le logo"). */
const MAILBOX_OR_NUMBER = new RegExp(
  // A number or a contact only as someone's ("my number", "mon num", "su contacto"): "number of items 200+" is a count,
  // and "our order number 8123" names the order, whose page is where "there" then points.
  `${MAILBOX.source}|\\b(?:my|our|his|her|mon|ma|notre|son|mi|su|nuestro|meu|nosso)\\s+(?:(?!${THINGS_NUMBERED})\\w+\\s+)?(?:num|numero|number|contact|contacto|contato)\\b(?!\\s+(?:de\\s+|du\\s+|del\\s+|do\\s+|da\\s+)?(?:${THINGS_NUMBERED}))|\\b(?:phone|tel|telephone|whats\\s?app|wechat|id)\\b`,
  'u',
);

export const HANDED_ON_CONTACT_MOVES: readonly ChatPattern[] = [
  {
    // "pls give ur email, then we continue there", "dame tu correo y seguimos por ahí", "on continue là-bas", "acolo
    // discutăm", "mon num est dans le logo, écris-moi là-bas": the talk itself goes on in the mailbox or at the number
    // the message names. Only a carrier's mail is excused: the
    // platform named as where the address was found ("the address in your Alibaba profile") is no reply there.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /there|ahi|alli|la|acolo|dort/,
    needs: MAILBOX_OR_NUMBER,
    needsIn: 'message',
    unless: /\b(?:dhl|fedex|ups|tnt|ems|courier|carrier|driver|forwarder|customs|dispute)\b/u,
    unlessIn: 'message',
    re: anyOf(
      '\\b(?:continue|talk|chat|discuss|speak|negotiate)\\s+(?:(?:with\\s+)?(?:me|us|you|u|him|her)\\s+)?(?:everything\\s+|the\\s+rest\\s+|details\\s+)?there\\b',
      '\\b(?:write|message|msg|text|ping)\\s+(?:to\\s+)?(?:me|us)\\s+there\\b|\\b(?:ecri[st]|ecrivez|repond[sz]?)[-\\s]?(?:moi|nous)\\s+la-bas\\b',
      '\\b(?:seguimos|continuamos|hablamos|conversamos|falamos)\\s+(?:por\\s+)?(?:ahi|alli|la)\\b|\\b(?:on\\s+continue|continuons|on\\s+discute|discutons|on\\s+parle)\\s+la-bas\\b|\\bacolo\\s+(?:discutam|vorbim|continuam|stabilim)\\b|\\bdort\\s+(?:besprechen|sprechen|reden)\\s+wir\\b',
    ),
  },
  {
    // "I sent the quotation to your registered address, reply there", "answer us there with your approval", "respóndame
    // ahí", "répondez-moi là-bas": the talk continues in the mailbox the message names.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /there|ahi|alli|la-bas|dort/,
    needs: MAILBOX,
    needsIn: 'message',
    unless: NOT_THE_SELLERS_SIDE,
    unlessIn: 'message',
    re: anyOf(
      '\\b(?:reply|replies|answer|respond|write|revert|get\\s+back)\\s+(?:to\\s+)?(?:me\\s+|us\\s+|him\\s+|her\\s+|them\\s+)?(?:directly\\s+)?there\\b',
      '\\b(?:responda|responde|respondame|respondeme|respondanos|escribame|escribeme|contesteme|contestame)\\s+(?:por\\s+)?(?:ahi|alli)\\b',
      '\\b(?:repondez|reponds|ecrivez|ecris)(?:-?moi|-?nous)?\\s+(?:directement\\s+)?la-bas\\b',
      '\\b(?:antworten|schreiben)\\s+sie\\s+(?:mir\\s+|uns\\s+)?(?:bitte\\s+)?dort\\b',
    ),
  },
  {
    // "can you give me a way to contact you directly?", "how can I reach you directly", "any way to contact you outside",
    // "una forma de contactarte directamente", "um jeito de falar com você diretamente", "un moyen de vous joindre
    // directement": the buyer asked for a channel of their own choosing, away from the chat.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /direct|diret|outside|private|personal/,
    unless: NOT_THE_SELLERS_SIDE,
    re: anyOf(
      '\\b(?:a|any|some|other|another|the\\s+best)\\s+(?:way|means|channel|method)\\s+(?:to|i\\s+can|we\\s+can|that\\s+i\\s+can)\\s+(?:contact|reach|call|message|talk\\s+(?:to|with)|chat\\s+with)\\s+(?:you|u)\\s+(?:directly|outside|privately|personally|in\\s+private)\\b',
      '\\bhow\\s+(?:can|could|do|may)\\s+(?:i|we)\\s+(?:contact|reach|call|message)\\s+(?:you|u)\\s+(?:directly|outside|privately|personally)\\b',
      '\\b(?:your|ur)\\s+(?:direct|private|personal)\\s+(?:contact|contacts|contact\\s+(?:details|info\\w*)|line)\\b',
      '\\b(?:una|alguna|otra)\\s+(?:forma|manera|via)\\s+de\\s+(?:contactar\\w*|hablar\\s+contigo|hablar\\s+con\\s+usted|comunicar\\w*)\\s+(?:\\w+\\s+)?directamente\\b',
      '\\b(?:um|uma|algum|alguma|outro|outra)\\s+(?:jeito|forma|maneira|meio)\\s+de\\s+(?:te\\s+|lhe\\s+)?(?:contatar|contactar|falar\\s+com\\s+(?:voce|o\\s+senhor))\\s+(?:\\w+\\s+)?diretamente\\b',
      '\\b(?:un|une|autre)\\s+(?:moyen|facon|maniere)\\s+de\\s+vous\\s+(?:contacter|joindre|ecrire|parler)\\s+directement\\b',
    ),
  },
  {
    // "her number is in the next message", "I'll send you his WhatsApp in the next msg", "su número va en el siguiente
    // mensaje", "son numéro dans le prochain message", "jego numer w następnej wiadomości": a contact still to come.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /next|following|separate|siguiente|proximo|proxima|prochain|nastepn|kolejn|nachste/,
    unless: NOT_THE_SELLERS_SIDE,
    re: anyOf(
      // Not a tracking, order, invoice or PI number (or id), which sellers often send in the next message.
      '(?<!\\b(?:tracking|track|order|invoice|pi|proforma|waybill|awb|parcel|shipment|transaction|payment|reference|ref|model|item|product|sku|batch|lot)\\s)\\b(?:number|phone|mobile|contact|contacts|contact\\s+details|whats\\s?app|wechat|telegram|e-?mail(?:\\s+address)?|id)\\s+(?:is\\s+|will\\s+be\\s+|comes?\\s+|follows?\\s+)?(?:in|with)\\s+(?:the|my|a)\\s+(?:next|following|separate)\\s+(?:message|msg|text|chat)\\b',
      '\\b(?:send|give|share|pass)\\s+(?:you\\s+)?(?:his|her|their|my|our|the)\\s+(?:\\w+\\s+)?(?:number|phone|mobile|contact|whats\\s?app|wechat|e-?mail)\\s+(?:in\\s+(?:the|a)\\s+)?(?:next|following|separate)\\s+(?:message|msg|text)\\b',
      '\\b(?:numero|telefono|contacto|whats\\s?app|correo)\\s+(?:\\w+\\s+){0,3}?(?:en\\s+el|no|na)\\s+(?:siguiente|proximo|proxima)\\s+(?:mensaje|mensagem)\\b',
      '\\b(?:numero|contact|coordonnees|whats\\s?app|e-?mail)\\s+(?:\\w+\\s+){0,2}?dans\\s+(?:le|mon)\\s+prochain\\s+message\\b',
      '\\b(?:numer|kontakt|telefon|maila?)\\w*\\s+(?:\\w+\\s+){0,2}?w\\s+(?:nastepn|kolejn)\\w*\\s+wiadomosc\\w*\\b',
      '\\b(?:nummer|kontakt|handynummer|e-?mail)\\w*\\s+(?:\\w+\\s+){0,2}?in\\s+der\\s+nachsten\\s+nachricht\\b',
    ),
  },
  {
    // "our new sales manager will contact you from her own number, save it and reply to her there", "he will message
    // you from his personal phone", "le escribirá desde su propio número", "elle vous contactera depuis son propre
    // numéro", "er meldet sich von seiner eigenen Nummer": a person of the seller's side who will write from a line of
    // their own, away from the chat. Not the carrier's driver or the platform (NOT_THE_SELLERS_SIDE).
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /number|phone|mobile|cell|numero|nummer|handy|telefon/,
    unless: NOT_THE_SELLERS_SIDE,
    unlessIn: 'message',
    re: anyOf(
      '\\b(?:reach|contact|call|message|text|write\\s+to|whats\\s?app|ping)\\w*\\s+(?:you|u)\\s+(?:\\w+\\s+)?(?:from|on|via|with|using)\\s+(?:his|her|their)\\s+(?:own\\s+|personal\\s+|private\\s+|new\\s+|mobile\\s+|cell\\s+){0,2}(?:number|phone|mobile|cell(?:\\s?phone)?|line)\\b',
      '\\bsave\\s+(?:it|(?:his|her|their|my|the|this)\\s+(?:new\\s+)?(?:number|phone|contact))\\s+(?:\\w+\\s+){0,2}?(?:and|then|to)\\s+(?:\\w+\\s+)?(?:reply|answer|write|message|text|talk|chat|contact)\\w*\\s+(?:to\\s+)?(?:her|him|them|me|us)?\\s*there\\b',
      '\\b(?:le|te|les|lo|la)\\s+(?:escribira|contactara|llamara|escribiran|contactaran|escrevera|contatara|ligara)\\s+(?:\\w+\\s+)?(?:desde|de|do|pelo|por)\\s+(?:su|seu|sua)\\s+(?:propio\\s+|proprio\\s+|propia\\s+|propria\\s+|nuevo\\s+|novo\\s+|personal\\s+|pessoal\\s+)?(?:numero|telefono|telefone|celular|movil)\\b',
      '\\bvous\\s+(?:contactera|ecrira|appellera|contacteront|ecriront)\\s+(?:\\w+\\s+)?(?:depuis|de|avec|sur)\\s+son\\s+(?:propre\\s+|nouveau\\s+)?(?:numero|telephone|portable|mobile)\\b',
      '\\b(?:meldet|melden|schreibt|schreiben|ruft|rufen)\\s+(?:sich\\s+|ihnen\\s+|sie\\s+)?(?:\\w+\\s+)?(?:von|uber|mit)\\s+(?:seiner|ihrer)\\s+(?:eigenen\\s+|privaten\\s+|neuen\\s+)?(?:nummer|handynummer|telefonnummer|handy)\\b',
    ),
  },
  {
    // "for urgent things call our office 0574 …", "ring my mobile +86 …", "chiami il nostro ufficio al 0574…": a number
    // of the seller's own to call, with the office or the line named between the verb and the digits.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /office|landline|hotline|mobile|cell|line|oficina|ufficio|bureau|buro/,
    gateAlso: /call|ring|phone|dial|text|contact|llam|chiam|appel|ruf/,
    unless: NOT_THE_SELLERS_SIDE,
    re: anyOf(
      '\\b(?:call|ring|phone|dial|text|contact)\\s+(?:our|my|the)\\s+(?:sales\\s+|main\\s+|direct\\s+)?(?:office|landline|hotline|mobile|cell(?:\\s?phone)?|line|direct\\s+line)\\s*(?:number\\s*|no\\.?\\s*)?(?:on\\s+|at\\s+|:\\s*)?\\+?\\(?\\d[\\d\\s().-]{6,}',
      '\\b(?:llame|llamenos|llamanos|chiami|chiamate|appelez|rufen\\s+sie)\\s+(?:a\\s+|al\\s+|il\\s+|notre\\s+|nuestra\\s+|il\\s+nostro\\s+|unser\\w*\\s+)?(?:oficina|ufficio|bureau|buro)\\s+(?:al\\s+|au\\s+|unter\\s+)?\\+?\\d[\\d\\s().-]{6,}',
    ),
  },
];
