import { anyOf, type ChatPattern } from '../match';
import { TALK_KEPT_HERE } from '../talk-kept-here';

/**
 * The buyer pointed to where the seller can be reached, without an app or a number in the message: the live chat
 * of the seller's own web shop ("visit our store …, I answer you there on live chat", "web sitemizden canlı destekle
 * yazışabiliriz"), the seller's name to look up on a search engine ("google our factory's name and you will find
 * us", "búscanos en Google"), and the id shown in the seller's profile picture ("my WeChat ID is on my avatar").
 * Modelled on marketplace guides to sellers who slip past the chat's filters by sending the buyer somewhere the
 * contact can be read. Words over normalised text (accents folded, "ı" → "i").
 */

/** A live chat or live support desk: "live chat", "canlı destek", "chat en vivo", "онлайн-чат", "在线客服". */
const LIVE_CHAT =
  '\\blive[\\s-]?(?:chat|support|help|agent)\\b|\\bonline\\s+(?:chat|support)\\b|\\bchat\\s+(?:en\\s+vivo|en\\s+directo|en\\s+direct|en\\s+ligne|ao\\s+vivo|online|dal\\s+vivo)\\b|\\bcanli\\s+(?:destek|sohbet|yardim)\\w*|\\bchat\\s+langsung\\b|\\bchat\\s+truc\\s+tuyen\\b|\\bczat\\w*\\s+(?:na\\s+zywo|online)\\b|(?<![\\p{L}])(?:онлайн[-\\s]?(?:чат|консультант|поддержк)\\p{L}*|чат\\p{L}*\\s+на\\s+(?:нашем\\s+)?сайте)|在线客服|在線客服|官网客服|官網客服|ライブチャット|라이브\\s?채팅|الدردشة\\s+المباشرة';
/** Talking there: a word of writing or answering, or "there" pointing at the site ("a doorbell app with live chat" has none). */
const TALK_THERE =
  '(?:\\b(?:(?:reply|replies|answer|respond)(?!\\s+(?:time|times|rate|speed)\\b)|talk|chat\\s+with|write|contact|ask|message|msg|serve|help\\s+you|there|yazis\\w*|yaz\\w*|gorus\\w*|oradan|orada|escrib\\w*|atiend\\w*|habl\\w*|respond\\w*|alli|ecriv\\w*|repond\\w*|parl\\w*|la-bas|schreib\\w*|antwort\\w*|dort|fale|falar|ali|scriv\\w*|rispond\\w*|pisz\\w*|napisz\\w*|nhan|tra\\s+loi|hubungi|tanya)\\b|(?<![\\p{L}])(?:пиш|напиш|ответ|свяж|там)\\p{L}*|联系|聯繫|咨询|諮詢|回复|回覆|聊)';
const NEAR = '[^.!?\\n]{0,60}?';

/** The seller's own site named in the message: an address, or "our website / online store", in the languages read. */
const OWN_SITE =
  /www\.|https?:\/\/|\b[a-z0-9-]+\s?\.\s?(?:com|net|cn|org|co|shop|store|de|fr|es|it|tr|ru|pl|nl|com\.tr|online)\b|\b(?:our|my)\s+(?:own\s+|official\s+|company\s+)?(?:online\s+|web\s*)?(?:website|web\s?site|site|homepage|store|shop|webshop)\b|\bweb\s?sitemiz\w*|\bsitemiz\w*|\bmagazamiz\w*|\bnuestr[oa]\s+(?:web|pagina|sitio|tienda)|\bnotre\s+(?:site|boutique)\b|\bunser\w*\s+(?:website|webseite|homepage|shop|onlineshop)|\b(?:nosso\s+site|nossa\s+loja)\b|\b(?:nostro\s+sito|nostro\s+negozio)\b|\bnaszej\s+stron\w*|(?<![\p{L}])нашем\s+сайте|官网|官網|网站|網站|自己的网店/u;
/** The platform's own chat or shop: "live chat here on Alibaba" keeps the talk here. */
const PLATFORM_ITSELF =
  /alibaba|aliexpress|1688|trade\s?assurance|\bplatform\w*|plataforma|plateforme|платформ/u;
/**
 * The live chat as a feature of a product the seller sells: "the kiosk software has online chat support", "a
 * doorbell app with live chat". It serves the product's users, not the buyer.
 */
const PRODUCT_FEATURE_CHAT =
  /\b(?:software|app|application|system|kiosk|device|module|plugin|plug-in|terminal|firmware|solution|robot|widget|template|theme|script)s?\b[^.!?\n]{0,40}?\b(?:has|have|with|supports?|includes?|offers?|features?|provides?|comes\s+with)\b[^.!?\n]{0,20}?\b(?:live|online)[\s-]?chat/u;
const LIVE_CHAT_NOT_A_MOVE = new RegExp(
  `${PLATFORM_ITSELF.source}|${TALK_KEPT_HERE.source}|${PRODUCT_FEATURE_CHAT.source}`,
  'u',
);

/** A search engine. */
const ENGINE = '(?:google|bing|baidu|yandex|яндекс\\p{L}*|гугл\\p{L}*|百度|谷歌)';
/**
 * A paper or a norm, not the seller: "certificate", "standard", "EN71", "test report". Googling one, or finding one,
 * checks a claim; it leads to no contact.
 */
const DOCUMENT =
  '\\b(?:certificat\\w*|certs?|standards?|norms?|regulations?|directives?|reports?|patents?|trademarks?|licen[cs]es?|registrations?|lookup|verification|iso|en\\s?\\d+\\w*|astm|din|rohs|reach|fcc|ul|sgs|tuv|bsci|sedex|fda|msds|sds)\\b';
/** What is looked up: a name in quotes, "our name", "us", or up to six words; never a document's name. */
const LOOKED_UP = `(?:'(?![^']*${DOCUMENT})[^']{2,60}'|"(?![^"]*${DOCUMENT})[^"]{2,60}"|(?:(?!${DOCUMENT})[^\\s.!?,]+\\s+){1,6}?)`;
/** The platform kept for the order or the talk: "but please order here on this platform", "pay through Alibaba". */
const KEPT_ON_PLATFORM =
  "(?<!\\b(?:not|dont|don't|do\\s+not|never|no)\\s+(?:\\w+\\s+)?)\\b(?:order|buy|purchase|pay|talk|chat|deal|trade|continue|keep|stay)\\w*\\b[^.!?\\n]{0,25}?\\b(?:here\\s+on\\s+(?:this\\s+platform|alibaba|aliexpress)|(?:on|through|via|in|with)\\s+(?:this\\s+platform|alibaba|aliexpress|trade\\s+assurance|this\\s+chat))\\b";
/**
 * Searched to check the seller, with no way to reach it named anywhere: "Search our name on Google, you will see we
 * are a verified manufacturer", "google us to read our reviews", "… you will find our factory video".
 */
const SEARCHED_TO_CHECK = `^(?=[^]*(?:\\bwe\\s+are\\s+(?:an?\\s+)?(?:verified|real|genuine|legit\\w*|reliable|trusted|professional|established)\\b|\\b(?:real|genuine|verified|professional|reliable)\\s+(?:manufacturer|factory|company|supplier)\\b|\\bfactory\\s+(?:video|photos?|tour|pictures?)\\b|\\breviews?\\b|\\breputation\\b))(?![^]*(?:\\b(?:contact\\w*|reach|write|call|e-?mail|mail|whats\\w*|wechat|telegram|skype|viber|line|phone|number|site|website|web\\s?page|homepage|store|shop|direct|directly|message|add\\s+(?:me|us)|find\\s+us)\\b))`;
/** The search engine and the platform in one clause: "search our store on Google or on Alibaba". */
const ENGINE_WITH_PLATFORM = `${ENGINE}[^.,;!?\\n]{0,60}?(?:${PLATFORM_ITSELF.source})|(?:${PLATFORM_ITSELF.source})[^.,;!?\\n]{0,60}?${ENGINE}`;

/** A profile picture: "profile pic", "avatar", "DP", "foto de perfil", "Profilbild", "аватарка", "头像". */
const PROFILE_PICTURE =
  '\\b(?:profile|head|display)\\s*(?:pic|pics|picture|photo|image|img)\\b|\\bavatar\\b|\\bdp\\b|\\bfoto\\s+(?:de\\s+|do\\s+)?perfil\\b|\\bphoto\\s+de\\s+profil\\b|\\bprofilbild\\w*|\\bfoto\\s+(?:del\\s+)?profilo\\b|\\bfoto\\s+profil\\b|\\bprofil\\s+(?:fotograf|resm)\\w*|\\bzdjeci\\w*\\s+profilow\\w*|\\banh\\s+dai\\s+dien\\b|(?<![\\p{L}])(?:аватар\\p{L}*|фото\\s+профил\\p{L}*)|头像|頭像|プロフィール(?:画像|写真)|프로필\\s?사진';
/**
 * A document or a product named before "number"/"id": "order number", "model number", "certificate number",
 * "número de pedido". Such a number is read on a paper or a part, not in a picture to reach the seller by.
 */
const THING_NUMBERED =
  '(?:order|po|model|item|part|serial|tracking|waybill|certificate|cert|iso|licen[cs]e|registration|invoice|batch|lot|article|art|style|sku|product|reference|ref|container|booking|case|ticket|hs|report|test|patent)';
/**
 * An id, a number or an app to be read there, in the words tied to the picture (not "order number 40917" elsewhere
 * in the message).
 */
const CONTACT_TO_READ = `(?:\\b(?<!\\b${THING_NUMBERED}\\s)(?:id|number|numero|nummer|numer|numara\\w*|nomor)\\b(?!\\s+(?:de|do|da|del)\\s+(?:pedido|modelo|serie|orden|certificado|factura|lote|articulo|encomenda)\\b)|\\b(?:contact\\w*|kontakt\\w*|handle|username|user\\s+name|qr|wechat|whats\\w*|wa|telegram|tg|line|skype|zalo|kakao\\w*|viber|phone|tel|mobile|cell)\\b|(?<![\\p{L}])(?:номер|контакт|телеграм|вотсап|ватсап)\\p{L}*|微信|二维码|二維碼|(?<![型单單货貨批编編证證])(?:号|號)|ＩＤ|아이디|번호)`;

/** The seller's own picture pointed at: "check my profile pic", "mi foto de perfil", "на аватарке", "我的头像". */
const SELLERS_PICTURE = [
  `\\b(?:(?:check|see|look\\s+at|in|on|at)\\s+)?(?:my|our)\\s+(?:${PROFILE_PICTURE})|\\b(?:check|see|look\\s+at)\\s+(?:the\\s+)?(?:${PROFILE_PICTURE})`,
  `\\b(?:mi|mis|meu|minha|nuestra|nossa|ma|notre|mein\\w*|unser\\w*|la\\s+mia|mia|moje|moim|mojej|cua\\s+(?:toi|em|minh))\\s+(?:\\S+\\s+)?(?:${PROFILE_PICTURE})|(?:${PROFILE_PICTURE})\\s+(?:de\\s+mi|da\\s+minha|cua\\s+(?:toi|em|minh))\\b`,
  '\\bprofil\\s+(?:fotograf|resm)\\w*(?:im|imiz|um|umuz)\\w*',
  `(?<![\\p{L}])(?:мо|наш)\\p{L}*\\s+(?:аватар\\p{L}*|фото\\s+профил\\p{L}*)|(?<![\\p{L}])на\\s+аватар\\p{L}*`,
  '(?:我|我们|我們)的?(?:头像|頭像)|(?:头像|頭像)(?:上|里|裡)',
  'プロフィール(?:画像|写真)(?:に|を)|프로필\\s?사진(?:에|을|를)',
].join('|');
/**
 * The contact and the picture in one sentence, a few words apart ("my WeChat ID is on my profile picture", "check
 * my profile pic, the ID is there"): a number said elsewhere in the message is not what the picture shows.
 */
const TIED = '[^.!?\\n。！？]{0,40}?';

export const POINTED_CONTACT_MOVES: readonly ChatPattern[] = [
  {
    // "I reply u there on live chat", "oradan canlı destekle yazışabiliriz", "écrivez-nous sur le chat en direct de notre
    // site": a chat desk named, in a message that names the seller's own site.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /live|online|chat|canli|czat|онлайн|чат|在线|在線|官网|官網|ライブ|라이브|الدردشة/,
    needs: OWN_SITE,
    needsIn: 'message',
    unless: LIVE_CHAT_NOT_A_MOVE,
    unlessIn: 'sentence',
    re: anyOf(`${TALK_THERE}${NEAR}(?:${LIVE_CHAT})`, `(?:${LIVE_CHAT})${NEAR}${TALK_THERE}`),
  },
  {
    // "google 'Hengda Valve Factory' and you will find us", "search our company name on Google", "búscanos en Google",
    // "cherchez … sur Google, vous nous trouverez", "googeln Sie …", "найдите нас в гугле", "Google'da … aratın".
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /google|googl|bing|baidu|yandex|яндекс|гугл|загугл|百度|谷歌/,
    unless: new RegExp([KEPT_ON_PLATFORM, ENGINE_WITH_PLATFORM, SEARCHED_TO_CHECK].join('|'), 'u'),
    unlessIn: 'message',
    re: anyOf(
      `\\b(?:google|googling)\\s+(?:for\\s+)?${LOOKED_UP}(?:and|,|then)?\\s*(?:you\\s+(?:will|'ll|can|could)\\s+|u\\s+(?:will|can)\\s+)?(?:find|see|reach|get\\s+to)\\s+(?:us\\b|our\\s+(?!${DOCUMENT}))`,
      `\\b(?:search|look\\s+up|look\\s+for|find|type)\\s+(?:for\\s+)?(?:us|our\\s+(?:company|factory|brand|shop|store|name|website)(?:\\s+name)?|${LOOKED_UP})(?:on|in|at)\\s+${ENGINE}`,
      `\\b(?:find|see)\\s+us\\s+on\\s+${ENGINE}|\\bgoogle\\s+(?:us|our\\s+(?:company|factory|brand|shop|store|name)(?:\\s+name)?)\\b`,
      `\\b(?:buscanos|busquenos|busque|busca|buscar|pesquise|pesquisa|procure|procura|procure-nos|cherchez|cherche|tapez|cercate|cerca|cercaci|suchen\\s+sie|such|wyszukaj|szukaj|cari|carilah|tim|tra)\\b\\s+(?:nos\\s+|-nous\\s+|uns\\s+)?(?:${LOOKED_UP})?(?:en|no|na|sur|su|bei|auf|in|w|di|tren)\\s+${ENGINE}`,
      `\\bgoogeln\\s+sie\\b|\\b(?:nous\\s+trouverez|nos\\s+encontrara\\w*|nos\\s+encontrar\\w*|uns\\s+finden|ci\\s+troverete|znajdziesz\\s+nas)\\b[^.!?\\n]{0,30}?${ENGINE}|${ENGINE}[^.!?\\n]{0,60}?\\b(?:nous\\s+trouverez|nos\\s+encontrara\\w*|nos\\s+encontrar\\w*|uns\\s+finden|ci\\s+troverete|znajdziesz\\s+nas)\\b`,
      `(?<![\\p{L}])(?:найдите|ищите|поищите|загуглите|наберите|знайдіть|шукайте|пошукайте|загугліть)\\s+(?:нас\\s+)?(?:[\\p{L}'"]+\\s+){0,6}?(?:в|у|через)\\s+${ENGINE}|(?<![\\p{L}])загугл\\p{L}*`,
      `\\b(?:google|yandex)\\s*'?\\s*(?:da|de|dan|den)\\s+(?:[^\\s.!?,]+\\s+){0,6}?(?:arat|ara|bul)\\w*`,
      `(?:百度|谷歌|google)\\s?(?:搜索|搜一下|一下|搜)\\s?\\S{0,30}?(?:就能|可以|能)?(?:找到|搜到)(?:我们|我們)`,
    ),
  },
  {
    // "check my profile pic, the ID is there", "my WeChat is on my avatar", "mi número está en mi foto de perfil",
    // "ID'm profil fotoğrafımda", "мой номер на аватарке", "微信号在我头像上": the seller's picture, read for a contact.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /profile|head|display|avatar|dp|perfil|profil|zdjeci|anh|аватар|фото|头像|頭像|プロフィール|프로필/,
    re: anyOf(
      `(?:${SELLERS_PICTURE})${TIED}${CONTACT_TO_READ}`,
      `${CONTACT_TO_READ}${TIED}(?:${SELLERS_PICTURE})`,
    ),
  },
];
