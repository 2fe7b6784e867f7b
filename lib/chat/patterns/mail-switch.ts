import { anyOf } from '../match';
import type { ChannelPattern } from './languages/pack';

/**
 * The talk itself asked to change over to e-mail: "can we switch to e-mail?", "können wir auf E-Mail wechseln?",
 * "passons à l'e-mail", "pasemos al correo", "passiamo alla mail", "vamos mudar para o e-mail", "let's keep our
 * correspondence on our company mail", Turkish "yazışmaları şirket mailimizden yapalım" / "maile geçelim", Greek
 * "στείλτε μου email". A verb of moving (switch, move, wechseln, passer, pasar, passare, mudar, geçmek) that governs
 * the mailbox, or the correspondence itself placed in the seller's mailbox. A chat app after the same verb was
 * read already; the mailbox was not, as "e-mail" is also how documents travel — here nothing but the talk moves
 * ("switch to e-mail invoices" or "notifications" names a document and is left alone). Words over normalised text.
 */
const MAILBOX = '(?:e-?mail|mail|gmail|correo|courriel|e-?posta)';
/** A document or a notice that may be "switched to e-mail" without the talk moving. */
const NOT_A_DOCUMENT =
  '(?!\\s*(?:-\\s*)?(?:invoic\\w*|notification\\w*|notice\\w*|receipts?|statements?|billing|newsletters?|rechnung\\w*|factur\\w*|fattur\\w*|fatura\\w*|benachrichtigung\\w*))' +
  // Postal mail, a way of shipping: "changed to mail delivery via China Post", "switch to mail by EMS", "al correo
  // postal". The parcel moves, not the talk.
  '(?!\\s*(?:-\\s*)?(?:delivery|deliveries|shipping|shipment|service|parcel|package|packet|post\\w*|postal|order|envio|entrega|livraison|versand|spedizione)\\b)' +
  '(?!(?:\\s+\\S+){0,3}?\\s+(?:via|by|with|through|por|par|mit|con)\\s+(?:the\\s+)?(?:\\S+\\s+)?(?:post|ems|epacket|usps|correos|poste|deutsche\\s+post)\\b)';

export const MAIL_SWITCH_MOVES: readonly ChannelPattern[] = [
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|correo|courriel|posta|email|μέιλ|μειλ/,
    re: anyOf(
      // en: "switch to e-mail", "move our talk over to email", "can we change to gmail".
      `\\b(?:switch|move|change|shift|go|transfer)\\w*\\s+(?:(?:the|our|this)\\s+(?:talk|chat|conversation|communication|discussion)\\s+)?(?:over\\s+)?(?:to|onto)\\s+(?:the\\s+|an?\\s+)?${MAILBOX}\\b${NOT_A_DOCUMENT}`,
      // en: "our correspondence / communication on (by, via, through, from) our company mail".
      '\\b(?:correspond\\w*|communicat\\w*|conversation|talk|discussion)\\s+(?:\\S+\\s+){0,3}?(?:on|by|via|through|from|over|with)\\s+(?:our|my)\\s+(?:company\\s+|personal\\s+|private\\s+|office\\s+|own\\s+)?(?:e-?mail|mail|mailbox|gmail)\\b',
      // en: "I sent the drawing to your gmail, pls check and reply there", "answer me by mail, the chat here is not
      // stable": the buyer's own mailbox named, then the answer asked for in it — the talk goes on there (stop 48).
      // Not the platform's own mail ("Alibaba sent a confirmation to your email, reply there"), nor a reply asked for
      // on the platform ("reply there on Alibaba chat").
      `(?<!\\b(?:alibaba|aliexpress|platform|system)\\s+(?:(?:has|have|had|just|already|will|also)\\s+)*(?:sent|send|sends|emailed|e-mailed|mailed|e-?mails|wrote|writes|written|messaged|contacted|notified)\\s+(?:\\S+\\s+){0,4}?)\\b(?:your|ur)\\s+(?:(?:own|private|personal)\\s+)?(?:gmail|hotmail|yahoo|outlook|qq\\s?mail|e-?mail|mail\\s?box|inbox|mail)\\b[^.!?\\n]{0,80}?\\b(?:reply|answer|respond|write\\s+back|revert)\\s+(?:(?:to\\s+)?(?:me|us)\\s+)?(?:there|from\\s+there|in\\s+it|by\\s+(?:e-?mail|mail|gmail)|via\\s+(?:e-?mail|mail|gmail)|(?:on|to|in)\\s+(?:that|my|our)\\s+(?:e-?mail|mail|gmail))\\b(?!\\s+(?:on|in|via|through|using|from)\\s+(?:the\\s+)?(?:alibaba|aliexpress|platform|chat|message|trade\\s?manager))`,
      // de: "auf E-Mail wechseln / umsteigen / ausweichen", "wechseln wir zu E-Mail".
      `\\b(?:auf|zu|zur)\\s+(?:die\\s+)?(?:e-?mail|mail)\\s+(?:\\S+\\s+)?(?:wechseln|umsteigen|ausweichen|umziehen|gehen)\\b|\\b(?:wechseln|umsteigen|gehen)\\s+wir\\s+(?:\\S+\\s+)?(?:auf|zu|zur)\\s+(?:die\\s+)?(?:e-?mail|mail)\\b${NOT_A_DOCUMENT}`,
      // fr, es, it, pt: "passer à l'e-mail / au mail", "pasar al correo", "passare alla mail", "mudar para o e-mail".
      `\\b(?:pass\\w*|continu\\w*)\\s+(?:\\S+\\s+)?(?:a|au)\\s+(?:l'?\\s?)?(?:e-?mail|mail|courriel)\\b${NOT_A_DOCUMENT}`,
      `\\b(?:pas\\w*|cambi\\w*|mud\\w*)\\s+(?:\\S+\\s+)?(?:al|a\\s+la|para\\s+o|pro|pra|para)\\s+(?:e-?mail|mail|correo)\\b${NOT_A_DOCUMENT}`,
      `\\b(?:pass\\w*|spost\\w*)\\s+(?:\\S+\\s+)?(?:alla|all'?|sulla|sull'?)\\s?(?:e-?mail|mail)\\b${NOT_A_DOCUMENT}`,
      // tr: "yazışmaları (şirket) mailimizden yapalım", "mail üzerinden devam edelim", "maile geçelim".
      '\\b(?:yazisma|iletisim|gorusme|konusma)\\w*\\s+(?:\\S+\\s+){0,2}?(?:e-?mail|mail|e-?posta)\\w*\\s+(?:\\S+\\s+)?(?:yapalim|yapabilir\\w*|devam\\s+edelim|surdurelim|ilerleyelim|yurutelim)\\b',
      '\\b(?:e-?mail|mail|e-?posta)(?:imiz|im)?(?:den|dan|ten|tan|\\s+uzerinden)\\s+(?:devam\\s+edelim|yazisalim|gorusuruz|gorusmeye\\s+devam|iletisim\\s+kuralim)\\b',
      '\\b(?:e-?mail|mail|e-?posta)(?:e|ye|ya)\\s+gecelim\\b',
      // el: "στείλτε μου email", "γράψτε μου στο email μου / στο προσωπικό μου".
      '(?<![\\p{L}])(?:στείλτε|στείλε|γράψτε|γράψε|στειλτε|γραψτε)\\s+(?:μου|μας)\\s+(?:ένα\\s+|ενα\\s+)?(?:e-?mail|email|μέιλ|μειλ|mail)(?![\\p{L}])',
    ),
  },
];
