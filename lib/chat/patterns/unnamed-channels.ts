import { anyOf, type ChatPattern } from '../match';

/**
 * The talk moved to an app the seller will not name, as sellers write to slip past the platform's word filter:
 * "the green app", "let's go on with it in the other app", "my number is in the photo I sent". Modelled on buyers'
 * reports of marketplace chats (tests/fixtures/chat/indirect-stop28.json names the pages read).
 */

/** A word of talking or writing: the app named after it is where the conversation goes. */
const TALK =
  '(?:continue|talk|chat|contact|message|msg|write|text|reach|communicate|discuss|reply|answer|ping|find|add)\\w*';
/** An app or channel left unnamed: "the other app", "another messaging app", "a private channel". */
const OTHER_APP =
  '(?:the\\s+|an?\\s+|my\\s+|our\\s+)?(?:other|another|different|separate|private|personal|outside|external)\\s+(?:chat\\s+|chatting\\s+|messag\\w+\\s+|message\\s+|social\\s+)?(?:app|apps|application|channel|chat)\\b';
/** An app called by its colour ("the green app" is WhatsApp's or WeChat's nickname, "the blue one" Telegram's). */
// Stop 51: or by its icon's colour after the word "app" ("the app with (the) green icon", "the app that has a blue
// logo", "the green-icon app").
const COLOUR_APP =
  '(?:the\\s+|my\\s+|our\\s+)?(?:green|blue)\\s+(?:chat\\s+|chatting\\s+|messag\\w+\\s+|message\\s+|talk\\s+)?(?:app|application)\\b';
/**
 * The app by its icon's colour ("the app with the green icon", "the green-icon app"): a device's companion app is
 * named so too ("after pairing, find it in the app with the blue icon"), so only the talk or the seller is sent there
 * (stop 51), never "it".
 */
const ICON_APP =
  '(?:the\\s+|my\\s+|our\\s+)?(?:green|blue)[\\s-]+(?:icon|logo)\\s+(?:chat\\s+|chatting\\s+|messag\\w+\\s+|message\\s+|talk\\s+)?(?:app|application)\\b|(?:the\\s+|an?\\s+)?(?:chat\\s+|messag\\w+\\s+)?(?:app|application)\\s+(?:with|that\\s+has|having)\\s+(?:the\\s+|a\\s+)?(?:green|blue)\\s+(?:icon|logo|symbol|colou?r)\\b';
/**
 * The seller's own name there given as "the same as here" ("same name as here Annie", "mismo nombre que aquí", "même
 * nom qu'ici", "同名"): the buyer is told how to find the seller in an app left unnamed.
 */
const SAME_NAME_AS_HERE =
  /\b(?:same|identical)\s+(?:name|id|nick\w*|user\s?name)\s+(?:as|like)\s+(?:here|on\s+(?:here|alibaba|this\s+(?:site|platform|chat)))\b|\b(?:mismo|mesmo)\s+(?:nombre|nome|id|usuario|usuário)\s+(?:que|de)\s+(?:aqui|aca)\b|\bmeme\s+nom\s+qu'?\s?ici\b|\bgleiche[nr]?\s+name(?:n)?\s+wie\s+hier\b|(?:同名|名字一样|名字一樣|同じ名前)/u;
/** The platform's own apps: the seller found there is still on the platform. */
const PLATFORM_APP = '(?:alibaba|aliexpress|1688|taobao|tmall|ali)';
/** "…the app of Alibaba", "la app de AliExpress", "der App von Alibaba": the app named after it is the platform's. */
const NOT_OF_PLATFORM = `(?!\\s+(?:of|de|da|do|von|di|del|du)\\s+(?:the\\s+)?${PLATFORM_APP}\\b)`;
/** Words of contact that must stand in a message naming a coloured app (a lamp "paired in the green app" has none). */
const CONTACT_WORD =
  /\b(?:talk|chat|contact|message|msg|write|text|reach|reply|answer|add\s+(?:me|us)|(?:my|our)\s+(?:number|id|qr)|online|call\s+(?:me|us)|faster|scan|pay\w*)\b/;

export const UNNAMED_CHANNEL_MOVES: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /other|another|different|separate|private|personal|outside|external|otra|outr|autre/,
    re: anyOf(
      // "boss say better we continue on the other app", "write me in another messaging app".
      `\\b${TALK}\\s+(?:(?:me|us|you|this|it|the\\s+(?:rest|details|conversation))\\s+)?(?:on|in|via|through|over|using|to|into)\\s+${OTHER_APP}`,
      `\\b(?:move|go|switch|change)\\w*\\s+(?:(?:the|our|this)\\s+(?:talk|chat|conversation)\\s+)?(?:to|on|into)\\s+${OTHER_APP}`,
      // "seguimos por la otra app", "continuamos no outro aplicativo", "on continue sur l'autre appli".
      "\\b(?:seguimos|hablamos|sigamos|hablemos|escribeme|escribame|continuamos|falamos|conversamos|continuemos|continuons|parlons|ecrivez-moi|ecris-moi)\\s+(?:\\w+\\s+){0,2}?(?:por|en|no|na|pelo|pela|sur|par|dans)\\s+(?:la\\s+|el\\s+|o\\s+|a\\s+|l'|l\\s)?(?:otra|outro|outra|autre)\\s+(?:app|aplicacion|aplicativo|appli|application)\\b",
    ),
  },
  {
    // "let's move this to the green app", "reach me on the blue app": the talk itself sent there.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /green|blue/,
    re: anyOf(
      `\\b(?:move|switch|continue|talk|chat|write|message|msg|text|reach|contact)\\w*\\s+(?:(?:me|us|this|it|the\\s+(?:talk|chat|conversation))\\s+)?(?:on|in|via|to|into|over|through)\\s+${COLOUR_APP}`,
      `\\b(?:move|switch|continue|talk|chat|write|message|msg|text|reach|contact)\\w*\\s+(?:(?:me|us|the\\s+(?:talk|chat|conversation))\\s+)?(?:on|in|via|to|into|over|through)\\s+(?:${ICON_APP})`,
      // "search / find us in the green app": the seller, not "it" (a lamp found in its app).
      `\\b(?:search|find|look\\s+for)\\w*\\s+(?:me|us)\\s+(?:on|in|via|over|through)\\s+(?:${COLOUR_APP}|${ICON_APP})`,
    ),
  },
  {
    // "search me on the app, same name as here", "find us in the chat app with the same name as on Alibaba": the
    // reader sent to find the seller in an app left unnamed, by the seller's name here.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /same|identical|mismo|mesmo|meme|gleich|同名|名字|同じ名前/,
    needs: SAME_NAME_AS_HERE,
    needsIn: 'message',
    re: anyOf(
      // Not the platform's own app ("search us on the Alibaba app, same name as here": the store found there, stop 51).
      `\\b(?:search|find|look\\s+for|add|follow|reach|message|msg|text|contact)\\w*\\s+(?:me|us)\\s+(?:on|in|at|via)\\s+(?:the\\s+|that\\s+|this\\s+|an?\\s+)?(?!${PLATFORM_APP}\\b)(?:\\w+\\s+)?(?:app|application|messenger)\\b${NOT_OF_PLATFORM}`,
      `\\b(?:buscame|busquenos|encuentrame|agregame|me\\s+(?:busca|procura|adiciona|encuentra)|procure-me|cherchez-moi|suchen\\s+sie\\s+mich)\\s+(?:\\w+\\s+)?(?:en|na|no|dans|sur|in)\\s+(?:la\\s+|el\\s+|a\\s+|o\\s+|l\\W?|der\\s+)?(?!${PLATFORM_APP}\\b)(?:app|aplicacion|aplicativo|appli|application)\\b${NOT_OF_PLATFORM}`,
      '(?:搜|加|找)(?:一下)?我\\S{0,6}(?:软件|軟件|app|アプリ)',
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /green|blue|verde|vert/,
    needs: CONTACT_WORD,
    needsIn: 'message',
    re: anyOf(
      `\\b(?:on|in|via|through|to|over|use|using|at|into|download|install|open|get)\\s+${COLOUR_APP}`,
      "\\b(?:por|en|no|na|pelo|sur|par|dans)\\s+(?:la\\s+|el\\s+|o\\s+|a\\s+|l'|l\\s)?(?:app|aplicacion|aplicativo|appli)\\s+(?:verde|verte)\\b",
    ),
  },
  {
    // "u have the green chat app? I send my QR code" (stop 50): asked whether the buyer has it, then something of the
    // seller's to add there. The app's own name says "chat", so the contact word must be the seller's: "we print its
    // logo on the mugs" and "green chat app icons printed on the box" are goods.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /green|blue/,
    needs:
      /\b(?:add\s+(?:me|us)|(?:my|our)\s+(?:number|id|qr)|(?:call|text|message|msg|write|reach)\s+(?:me|us)|(?:i|we)\s+(?:send|share|give)\s+(?:you\s+|u\s+)?(?:my|our))\b/,
    needsIn: 'message',
    re: anyOf(`\\b(?:have|got|has)\\s+${COLOUR_APP}`),
  },
  {
    // "I put my number in the picture I just sent", "mi número está en la foto", "meu contato está na imagem".
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /picture|photo|image|\bpic|screenshot|\bimg|foto|imagen|imagem/,
    re: anyOf(
      '\\b(?:my|our)\\s+(?:(?:phone|mobile|cell|contact|personal)\\s+)?(?:number|contacts?|id|no\\.?|details)\\s+(?:\\w+\\s+){0,4}?(?:in|on|inside)\\s+(?:the\\s+|this\\s+|that\\s+|my\\s+)?(?:picture|photo|image|pic|screenshot|img)s?\\b',
      '\\b(?:mi|nuestro|meu|nosso|o\\s+meu)\\s+(?:numero|contacto|contato|telefono|telefone)\\s+(?:\\w+\\s+){0,3}?(?:en|na|no)\\s+(?:la\\s+|a\\s+|el\\s+)?(?:foto|imagen|imagem)\\b',
    ),
  },
  {
    // "text hi to the number on our business card", "WhatsApp the number in the photo, we answer faster there", "escriba
    // al número de nuestra tarjeta de visita": the number shown in a picture or on a card, with a word of writing to it
    // (modelled on buyers' reports of sellers who send their card as an image to slip past the chat's number filter).
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /card|picture|photo|image|\bpic|screenshot|\bimg|tarjeta|cartao|carte|foto|imagen|imagem/,
    needs:
      /\b(?:send|text|txt|message|msg|call|ring|write|reply|whats\w*|add|contact|reach|ping|hi|hello|escrib\w*|llam\w*|mand\w*|envi\w*|ecri\w*|appel\w*|liga\w*|chama\w*)\b/u,
    needsIn: 'message',
    re: anyOf(
      '\\b(?:the|this|that|our|my)\\s+(?:(?:phone|mobile|cell|whats\\s?app|contact)\\s+)?(?:number|no\\.?|contacts?)\\s+(?:\\w+\\s+){0,2}?(?:on|in|inside|from)\\s+(?:the\\s+|this\\s+|that\\s+|my\\s+|our\\s+)?(?:(?:business|name|visiting)\\s+cards?|pictures?|photos?|images?|pics?|screenshots?|imgs?)\\b',
      '\\b(?:numero|contacto|contato|telefono|telefone)\\s+(?:\\w+\\s+){0,2}?(?:en|de|na|no|do|da|sur|dans)\\s+(?:la\\s+|a\\s+|el\\s+|nuestra\\s+|nosso\\s+|nossa\\s+|notre\\s+|ma\\s+|mi\\s+|meu\\s+)?(?:tarjeta\\s+de\\s+(?:visita|presentacion)|cartao\\s+de\\s+visita|carte\\s+de\\s+visite|foto|imagen|imagem|photo|image)\\b',
    ),
  },
];
