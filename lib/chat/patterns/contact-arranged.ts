import { anyOf, type ChatPattern } from '../match';

/**
 * The move arranged rather than asked for: the seller's private mailbox, a colleague who "will contact you
 * directly, he has your details", and the buyer asked which app to use for a call. Modelled on buyers' reports of
 * sellers who sent a colleague to reach them outside the platform, on German and French fake-supplier warnings
 * ("private E-Mail-Adresse", "vos coordonnées") and on Alibaba's own help page that keeps video calls in its app
 * (tests/fixtures/chat/round-19-r18-cases.jsonl names the pages read). Words over normalised text.
 */

/** A carrier, a forwarder or the platform's own staff reach the buyer for their own part: not a move. */
const NOT_THE_SELLERS_SIDE =
  /\b(?:dhl|fedex|ups|tnt|ems|courier|carrier|driver|forwarder|customs|douane|zoll|aduana|transportista|spediteur|transporteur|alibaba|aliexpress|platform|plateforme|plataforma|here|ici|aqui|hier|qui)\b/u;

export const ARRANGED_CONTACT_MOVES: readonly ChatPattern[] = [
  {
    // "write to my private e-mail", "an meine private Adresse", "mon adresse mail perso", "mi correo personal", "meu
    // e-mail pessoal", "la mia mail privata", "мою личную почту": a personal mailbox is a move even when it carries a
    // catalogue (the document excuse of the e-mail channel does not apply).
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /private|personal|privat|prive|persönlich|personlich|perso|privad|pessoal|particular|eigene|личн|особист/,
    needs: /mail|courriel|correo|почт|пошт/u,
    needsIn: 'message',
    re: anyOf(
      '\\b(?:my|our|to\\s+my)\\s+(?:own\\s+)?(?:private|personal)\\s+(?:e-?mail|mail|mailbox|inbox|gmail|address|email\\s+address)\\b',
      '\\b(?:meine|unsere|meiner|meinen|meinem)\\s+(?:private\\w*|personliche\\w*|eigene\\w*)\\s+(?:e-?mail\\w*|mail\\w*|adresse|postfach|mailbox)\\b',
      '\\b(?:mon|notre|ma)\\s+(?:adresse\\s+)?(?:e-?mail|mail|courriel|adresse|boite\\s+mail)\\s+(?:perso\\w*|privee?)\\b',
      '\\b(?:mi|nuestro|nuestra|meu|nosso|minha|mia|mio|nostra|la\\s+mia|il\\s+mio)\\s+(?:correo|email|e-mail|mail|direccion|endereco|indirizzo)\\s+(?:\\w+\\s+)?(?:personal|privad[oa]|pessoal|particular|personale|privat[oa])\\b',
      '(?<![\\p{L}])(?:мо[юяей]|мой|наш\\p{L}*)\\s+(?:личн\\p{L}*|особист\\p{L}*)\\s+(?:почт\\p{L}*|пошт\\p{L}*|e-?mail|имейл\\p{L}*|адрес\\p{L}*)',
    ),
  },
  {
    // "my colleague will contact you directly, he already has your details", "va vous contacter directement", "le
    // contactará directamente", "wird Sie direkt kontaktieren", "ha già i suoi recapiti": someone reaches the buyer
    // outside the chat with contact details already in hand.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /direct|diret|direkt|dirett|coordonnees|datos|dados|kontaktdaten|ihre|recapiti|contatti|contatos|dati/,
    unless: NOT_THE_SELLERS_SIDE,
    re: anyOf(
      "\\b(?:will|'ll|wil|gonna|going\\s+to|shall)\\s+(?:\\w+\\s+)?(?:contact|call|reach|message|e-?mail|text|whats\\s?app|ring|phone)\\s+(?:you|u)\\s+directly\\b",
      '\\b(?:va|vont|allons|vais)\\s+vous\\s+(?:contacter|appeler|ecrire|joindre|telephoner)\\s+directement\\b|\\bvous\\s+(?:contactera|appellera|ecrira|joindra)\\s+directement\\b|\\b(?:a|ont|avons|ai)\\s+(?:deja\\s+)?vos\\s+coordonnees\\b',
      '\\b(?:le|te|la|les)\\s+(?:va\\s+a\\s+|vamos\\s+a\\s+)?(?:contactar|contactara|llamar|llamara|escribir|escribira)\\s+directamente\\b|\\b(?:ya\\s+)?tiene\\s+(?:ya\\s+)?(?:sus|tus)\\s+datos(?:\\s+de\\s+contacto)?\\b',
      '\\b(?:vai\\s+)?(?:te|lhe|o|a)\\s+(?:contatar|contactar|ligar|chamar|contatara|ligara)\\s+diretamente\\b|\\b(?:ja\\s+)?tem\\s+(?:os\\s+)?(?:seus|teus)\\s+(?:dados|contatos)\\b',
      '\\bwird\\s+(?:sich\\s+)?(?:sie|dich|ihnen|bei\\s+ihnen)\\s+(?:\\w+\\s+)?direkt\\s+(?:kontaktieren|anrufen|anschreiben|melden)\\b|\\bhat\\s+(?:bereits\\s+|schon\\s+)?ihre\\s+(?:kontaktdaten|nummer|telefonnummer|e-?mail\\w*)\\b',
      '\\b(?:la|ti|vi)\\s+(?:contattera|chiamera|scrivera)\\s+direttamente\\b|\\bha\\s+(?:gia\\s+)?i\\s+(?:suoi|tuoi)\\s+(?:contatti|recapiti|dati)\\b',
    ),
  },
  {
    // "he already has your number", "she has got your contact details": the same, in English.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /number|phone|mobile|mail|whats|wechat|contact/,
    gateAlso: /has|have|got/,
    unless: NOT_THE_SELLERS_SIDE,
    re: anyOf(
      '\\b(?:already\\s+)?(?:has|have|got)\\s+(?:already\\s+)?(?:your|ur)\\s+(?:contact\\s+(?:details|info\\w*|number)|number|phone(?:\\s+number)?|mobile|e-?mail|whats\\s?app|wechat)\\b',
    ),
  },
  {
    // "tell me which app you prefer and your number, I call you tonight", "¿qué aplicación usa? le llamo", "quelle
    // appli préférez-vous", "welche App nutzen Sie": the call moved to an app the buyer is asked to pick.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /app|aplica|anwendung|messenger|приложен|мессенджер|месенджер|застосун|软件|軟件|聊天工具/,
    needs:
      /\b(?:number|numero|nummer|id|call|calls|llam\w*|appel\w*|anruf\w*|ligar|liga|chiam\w*|video\w*|visio\w*)\b|(?<![\p{L}])(?:номер|звон|видео)\p{L}*|电话|電話|视频|視頻/u,
    needsIn: 'message',
    // "which app do you use to track the parcel / open the design file": an app for a task, not for talking.
    unless:
      /\b(?:track\w*|seguimiento|suivi|rastre\w*|sendungsverfolgung|design\w*|drawing\w*|edit\w*|artwork|file|files|archivo|fichier|datei)\b/u,
    unlessIn: 'message',
    re: anyOf(
      '\\bwhich\\s+(?:chat\\s+|messaging\\s+|messenger\\s+|video\\s+|call\\s+)?(?:app|apps|application|messenger)\\s+(?:do\\s+|would\\s+|will\\s+)?(?:you|u)\\s+(?:prefer|use|like|want|have|are\\s+using)\\b',
      '\\b(?:que|qual|cual|quelle|quel|quale)\\s+(?:app|aplicacion|aplicativo|appli|application|applicazione)\\s+(?:\\w+\\s+)?(?:prefier\\w*|usa\\w*|us[ae]s|utiliz\\w*|prefer\\w*|preferez|utilisez|uses|usate)\\b',
      '\\bwelche\\s+(?:app|anwendung|messenger)\\s+(?:\\w+\\s+)?(?:bevorzug\\w*|nutz\\w*|benutz\\w*|verwend\\w*|haben)\\b',
      '(?<![\\p{L}])(?:какое|каким|какой|яке|яким)\\s+(?:приложени\\p{L}*|мессенджер\\p{L}*|застосун\\p{L}*|месенджер\\p{L}*)',
      '(?:你|您)(?:用|使用|喜欢用|習慣用|习惯用)(?:什么|什麼|哪个|哪個)(?:软件|軟件|app|聊天工具)',
    ),
  },
];
