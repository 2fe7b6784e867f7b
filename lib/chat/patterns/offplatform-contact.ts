import { COMPOSED_MOVE_PATTERNS } from '../compose';
import {
  MONEY_BEFORE_WECHAT,
  PHONE_CUE_SOURCES,
  WECHAT_TRANSFER,
  WECHAT_TRANSFER_TO_PERSON,
} from '../guard-words';
import { anyOf, type ChatPattern } from '../match';
import { BUY_BY_FOREIGN_LINK_AFTER_CANCEL } from './buy-by-foreign-link';
import { SCRIPT_CHANNEL_PATTERNS } from './channel-scripts';
import { SPELT_CHANNEL_PATTERNS } from './channel-spellings';
import { CHAT_ABANDONED_MOVES } from './chat-abandoned';
import { CHAT_SAID_TO_FAIL_MOVES } from './chat-said-to-fail';
import { ARRANGED_CONTACT_MOVES } from './contact-arranged';
import { HANDED_ON_CONTACT_MOVES } from './contact-handed-on';
import { POINTED_CONTACT_MOVES } from './contact-pointed';
import { THIRD_PARTY_CONTACT_MOVES } from './contact-third-party';
import { ELSEWHERE_MOVES } from './elsewhere';
import { INQUIRY_FORM_MOVES } from './inquiry-form';
import { INVITATION_PATTERNS } from './invitations';
import { LANGUAGE_CHANNEL_PATTERNS, LANGUAGE_MOVE_PATTERNS } from './languages';
import type { ChannelPattern } from './languages/pack';
import { MAIL_ADDRESS_ASKED_MOVES } from './mail-address-asked';
import { MAIL_FROM_OUR_PERSON } from './mail-from-our-person';
import { MAIL_SWITCH_MOVES } from './mail-switch';
import { MAIL_VERB_MOVES } from './mail-verb';
import { DEAL_IN_PERSON_MOVES } from './money-to-our-person';
import { NUMBER_ASKED_MORE_MOVES } from './number-asked-more';
import { NUMBER_IN_PICTURE } from './number-in-picture';
import { ORDER_IN_APP_GROUP_MOVES } from './order-in-app-group';
import { OWN_SITE_INQUIRY } from './own-site-inquiry';
import { PAYMENT_DETAILS_BY_MAIL } from './payment-details-by-mail';
import { PAYMENT_DETAILS_BY_MAIL_ASIA } from './payment-details-by-mail-asia';
import { ORDER_CONFIRMED_BY_MAIL } from './price-if-confirmed-elsewhere';
import { REFUND_PHONE_ASKED } from './refund-by-other-channel';
import { SHOP_ELSEWHERE_MOVES } from './shop-elsewhere-contact';
import { SMS_AND_IMO_MOVES } from './sms-and-imo';
import { SOCIAL_PAGE_DEALS } from './social-page-deals';
import { STORE_MOVED_MOVES } from './store-moved';
import { TALK_MOVED_BY_MAIL_MORE } from './talk-moved-by-mail-more';
import { UNNAMED_CHANNEL_MOVES } from './unnamed-channels';

/**
 * Moving the conversation off the platform (trade-assurance-rules.md §3): WhatsApp ("WA", "whats app", "w.a.",
 * "wts", "zap"), WeChat ("vx", "wx", "V", 微信, weixin), Telegram ("TG"), Skype, Line, Viber, e-mail.
 * Short nicknames need a contact cue next to them ("add my WA", "V: lily88"), so "WA series pumps",
 * "V-neck" and "model TG-2024" stay quiet. Phone numbers and addresses are found by extract.ts. Apps of other
 * languages (Zalo, KakaoTalk, LINE in Japanese, Messenger…) and invitations that name no app ("add me",
 * "give me your number") come from languages/ and invitations.ts. Every app name is a brand word: "WhatsApp
 * green icons" describes a product and is not reported.
 */
/**
 * E-mail named only as how a named document arrives ("the invoice goes to your e-mail", "I e-mail you the drawings,
 * the files are too big", "新的报价我发邮件给您", "the new bank details come by e-mail") moves no conversation: a clause
 * naming a document and no invitation (contact, write, continue, an address asked for) is not a move. What the
 * document asks for (a new account) is judged by the payment and bank-change rules. Details, data or information
 * left unnamed ("le mando los datos por correo", "I send you the info by e-mail", "je vous envoie les détails par
 * mail") are the talk itself going on in the mailbox, and move it; qualified as technical they name a document
 * ("the data sheet", "i dati tecnici", "die technischen Daten", "test data", "certificates").
 */
const DOCUMENT_BY_MAIL =
  /^(?![\s\S]*(?:contact|reach|write|talk|chat|continue|discuss|message|reply|answer|address|mail\s*-?\s*id\b|(?<!check\s{1,3})\byour\s+e-?mail|\b(?:leave|drop)\s+(?:me\s+|us\s+)?(?:your|ur|yr)\b|\bmy\s+e-?mail|联系|聯繫|聊|沟通|溝通|留|地址|回复|回覆|escrib|contact|ecri|fale|chama|schreib|пиш|связ))[\s\S]*(?:\bcheck\s+(?:your\s+|ur\s+|yr\s+)?(?:e-?mail|inbox|mailbox)|invoice|\bpi\b|proforma|catalog\w*|price\s*list|quotation|drawings?|\bbom\b|bill\s+of\s+materials?|\bgerber\w*|\b(?:cad|step|dxf|dwg|stl|design|artwork|logo)\s+files?\b|\bartworks?\b|stuckliste\w*|lista\s+de\s+materiales|nomenclature|distinta\s+base|物料清单|documents?|\bfiles?\b|\bpdf\b|\bspec\s*sheets?\b|\bdata\s*sheets?\b|\b(?:technical|tech|test|testing|product)\s+(?:data|details|info\w*|reports?)\b|\b(?:certificates?|manuals?|test\s+reports?)\b|dati\s+tecnici|scheda\s+tecnica|datos\s+tecnicos|ficha\s+tecnica|dados\s+tecnicos|fiche\s+technique|donnees\s+techniques|technische\w*\s+daten|datenbl[a-z]*tt|\b(?:bank|banking|payment|account|remittance|beneficiary)\s+(?:details|info\w*|data|instructions)|\baccount\b|\biban\b|\brib\b|datos\s+bancarios|dados\s+bancarios|coordonnees\s+bancaires|bankdaten|bankverbindung|kontodaten|dati\s+bancari|资料|資料|银行信息|銀行信息|收款信息|账户信息|賬戶信息|发票|發票|报价|報價|目录|目錄|合同|factura|fatura|facture|fattura|\brechnung|\bangebot|\bkatalog\w*|faktur\w*|\bcenik\w*|\bnabidk\w*|\bvykres\w*|\bdokument\w*|\bcertifikat\w*|bankovni\s+(?:udaje|spojeni)|platebni\s+udaje|cislo\s+uctu|\bcatalogo|\bcotizacion|\bcotacao|\bdevis\b|реквизит|счет[-\s]?фактур|инвойс)/u;

/** "Send 50 USD by PayPal to my email": the address is a payment account, judged by the payment rules. */
const PAYMENT_MAIL = /\b(?:pay\s?pal|payoneer|skrill|zelle|interac|wise)\b/u;
/**
 * The platform or a carrier as the sender: "Alibaba will send you a confirmation by e-mail", "DHL e-mails you the
 * tracking", "vous recevrez la confirmation par e-mail d'Alibaba". Its mail is not the seller moving the talk.
 */
const SENT_BY_PLATFORM_OR_CARRIER =
  /\b(?:alibaba|aliexpress|the\s+platform|dhl|fedex|ups|tnt|ems|usps|aramex|the\s+(?:courier|carrier|customs))\s+(?:\w+\s+){0,2}?(?:send|sends|sent|e-?mail(?:s|ed)?|mailed|wrote|writes|written|messaged|contacted|notif\w*|inform\w*|envia\w*|envoie\w*|schickt|sendet|invia\w*)\b|\be-?mail\s+(?:from|de|d'|von|da|dal|od)\s*(?:alibaba|aliexpress|dhl|fedex|ups|tnt|aramex)\b/u;
/**
 * The seller's mailbox named as hacked or its mails as fake ("our mailbox got hacked", "emails … are fake", "unser
 * E-Mail-Konto wurde gehackt", "nuestro correo fue hackeado", "notre boîte mail a été piratée", "邮箱被盗"): a
 * warning against mail, not a move to it (stop 53). A new address handed over in another clause is still read.
 */
const MAILBOX_HACKED =
  /\b(?:e-?mail|mailbox|inbox|correo|courriel|boite\s+(?:e-?)?mail|posta)\w*\s+(?:\S+\s+){0,3}?(?:hacked|compromised|spoofed|stolen|gehackt|hackeado|hackeada|pirate|piratee|violad[oa]|invadid[oa]|hackerat[oa]|violat[oa])\b|\bfake\s+e-?mails?\b|\be-?mails?\b[^.!?\n]{0,60}?\b(?:are|is)\s+(?:fake|not\s+from\s+us|fraud\w*|scams?)\b|(?:邮箱|郵箱)(?:被盗|被盜|被黑)/u;
const MAIL_NOT_A_MOVE = new RegExp(
  `${DOCUMENT_BY_MAIL.source}|${PAYMENT_MAIL.source}|${SENT_BY_PLATFORM_OR_CARRIER.source}|${MAILBOX_HACKED.source}`,
  'u',
);

const CUE_BEFORE =
  // "me passa seu zap": the Portuguese "your" asks for the buyer's app.
  '(?:my|add|on|via|by|in|at|use|text|message|msg|contact|call|chat|ping|reach|send|write|al|por|pelo|no|sur|par|в|по|mi|meu|seu|sua|teu|tua|mon|ma|di|ke|lewat|hubungi|加|我的|我)';
/**
 * After the nickname: a colon, a handle, a word of contact, or a phone's digits — seven or more, so that a quantity or
 * a postcode ("tg 200?", "Perth WA 6000": Western Australia) is not read as a number to add. "me", "us" and "id" are
 * whole words: Swahili "wa usafirishaji" (of shipping), "wa idara" (of the department) are not "WA us" (stop 53).
 */
const CUE_AFTER =
  '(?:\\s*[:：]|\\s*\\+?\\d(?:[\\s().-]?\\d){6}|\\s+(?:(?:me|us|id)\\b|number|no\\b|is\\b|account)|\\s*@)';
const weak = (names: string) =>
  `(?:\\b${CUE_BEFORE}\\s+(?:me\\s+(?:on|in|at|via)\\s+)?(?:${names})\\b|\\b(?:${names})${CUE_AFTER})`;

/**
 * The nickname alone as a question, on a line of its own: "tg?", "wa??", "vx?" — a one-word "shall we move there?".
 * Anything else on the line ("TG-2024?", "wa series?") leaves it to the cues above.
 */
const bareAsk = (names: string) => `(?<![^\\n])[ \\t]*(?:${names})[ \\t]*\\?+[ \\t]*(?![^\\n])`;
/**
 * "WA" is also Western Australia (and Washington): after the lines of a street address ("12 Hay Street / Perth / WA?",
 * "Ship to … / Nedlands / WA?") it is the state, asked about or confirmed, not WhatsApp. An address is a house
 * number before a street word, or "ship / deliver to", within the lines just before.
 */
const AFTER_AN_ADDRESS =
  '(?<!(?:\\b\\d+[a-z]?\\s+(?:[a-z]+\\s+){0,3}(?:street|st|road|rd|avenue|ave|drive|dr|lane|ln|boulevard|blvd|highway|hwy|crescent|cres|terrace|tce|parade|pde|place|pl|court|ct|way|close)\\b|\\b(?:ship|deliver|send\\s+it)\\s+to\\b|\\b(?:unit|suite|apt|po\\s+box)\\s+\\d)[^?!]{0,80})';

/**
 * The buyer's own handle asked for under a nickname: "whats ur wa?", "pls share your wts", "¿cuál es tu wsp?",
 * "c'est quoi ton wa", "wa kakak berapa?", "apna wa do". Asked for, the nickname is the app (a model "WA-200" is not).
 */
const NOT_A_MODEL =
  '(?![-/]?\\d|\\s+(?:series|model|type|range|line|version|size|price|pump|valve|unit)s?\\b)';
const askedFor = (names: string) =>
  [
    `\\b(?:what'?s|whats|wats|what\\s+is|wat\\s+is|share|send\\s+me|give\\s+me|drop|tell\\s+me|need)\\s+(?:your|ur|yr|u)\\s+(?:${names})\\b${NOT_A_MODEL}`,
    `\\b(?:cual\\s+es|pasame|pasa|dame|mandame|quel\\s+est|c'?est\\s+quoi|donne(?:-moi|z-moi)?|envoie(?:-moi|z-moi)?|qual\\s+(?:e\\s+)?(?:o\\s+)?)\\s+(?:tu|su|ton|votre|teu|seu)\\s+(?:${names})\\b${NOT_A_MODEL}`,
    `\\b(?:${names})\\s+(?:kamu|kakak|kak|nya|mu|anda|agan|sis|gan)\\s+(?:berapa|brp|apa)\\b|\\b(?:minta|bagi)\\s+(?:${names})\\s*(?:nya|mu|kamu|kakak|kak)?\\b${NOT_A_MODEL}`,
    `\\b(?:apna|apni|aapka|aapki|apka|tumhara)\\s+(?:${names})\\s+(?:\\w+\\s+)?(?:do|dijiye|bhejo|bhejiye|batao|bataiye|de\\s+do)\\b`,
  ].join('|');

/**
 * The room said to be the platform's own video call ("our Teams meeting is held inside Alibaba's video call", "the
 * Zoom-style call runs in the Alibaba app"): the talk stays where the platform keeps it.
 */
const ROOM_ON_PLATFORM =
  /\b(?:inside|within|in|on|through|via|using)\s+(?:the\s+)?(?:alibaba|aliexpress)(?:'s|s)?\s+(?:own\s+)?(?:video\s+)?(?:call|chat|meeting|app|messenger)\b/u;

/** A video room or meeting, named as a place (folded Latin). */
const ROOM_WORD =
  'video\\s?(?:room|meeting|conference)|meeting\\s+room|conference\\s+(?:room|call)|sala\\s+de\\s+(?:videollamada|videochamada|reunion|reuniao|video)|salle\\s+(?:de\\s+)?(?:visio\\w*|reunion)|video\\s?raum|besprechungsraum|konferenzraum';
/** A video call, the thing a link opens. */
const CALL_WORD =
  'video\\s?(?:call|chat)|videollamada|videochamada|videoanruf|videocall|visio\\w*|reunion|reuniao|meeting';
/** Asked in: "join", "enter", "click", "únase", "entre", "rejoignez", "treten Sie bei", "unisciti", "dołącz". */
const ROOM_INVITE =
  'join|enter|click|unase|unete|entre|entra|entrar|acceda|acesse|rejoignez|entrez|cliquez|treten|beitreten|klicken|unisciti|dolacz\\w*|wejdz|pripoj\\w*|vstupte';
/** A link word beside the room or call: "meeting link", "video room link", "Link zum Videocall", "enlace de la videollamada". */
const ROOM_LINK = `(?:${ROOM_WORD}|${CALL_WORD})\\s+(?:link|url)|(?:link|enlace|lien|url)\\s+(?:(?:zum|zur|da|do|de|del|de\\s+la|for\\s+the|to\\s+the|to|for|of\\s+the|of|pour\\s+la|per\\s+la)\\s+)?(?:${ROOM_WORD}|${CALL_WORD})`;
/** Another host, not the platform's and not a video or shop page ("youtu.be/…", "vimeo.com/…"). */
const ROOM_HOST =
  '(?:https?:\\/\\/)?(?![a-z0-9.-]*\\b(?:alibaba|aliexpress|1688|youtu|youtube|vimeo|bilibili|youku|tiktok|douyin)\\.)(?:[a-z0-9-]+\\.)+[a-z]{2,}';
/** A link on such a host. */
const ROOM_URL = `${ROOM_HOST}\\/[a-z0-9][\\w-]*`;
/** …whose path is a meeting's: "/j/8821", "/join/…", "/room/…", "/meet/…", "/r/77", "/sala7". */
const ROOM_URL_MEETING_PATH = `${ROOM_HOST}\\/(?:j|r|join|meet|meeting|room|rooms|call|conf|sala)(?![a-z])`;
/** Goods and their papers beside a room word: "conference room speakerphone, datasheet", "video call feature demo". */
const GOODS_WITH_ROOM_WORD =
  '\\b(?:data\\s?sheets?|datenbl\\w*|ficha\\s+tecnica|fiche\\s+technique|scheda\\s+tecnica|demo|feature|tutorial|review|unboxing|manual|speakerphones?|headsets?|microphones?|webcams?)\\b';

function meetingRoom(channel: string, gate: RegExp, re: string): ChannelPattern {
  return {
    kind: 'explicit',
    channel,
    what: 'a request to talk outside the platform',
    gate,
    brandWord: true,
    unless: ROOM_ON_PLATFORM,
    unlessIn: 'sentence',
    re: anyOf(re),
  };
}

/**
 * Tagalog and Taglish put the person after the verb and its enclitics: "add nyo po ako sa FB", "i-message mo ko sa
 * IG", "pm nyo na lang kami sa Facebook" (add / message me on …).
 */
const TL_VERB_ME =
  '\\b(?:i-?)?(?:add|message|msg|pm|dm|chat|text|contact|follow)\\s+(?:(?:nyo|niyo|ninyo|mo|po|na|lang|nalang)\\s+){1,3}(?:ako|ko|kami)\\s+(?:(?:po|na|lang)\\s+)?sa\\s+(?:aming\\s+|ang\\s+)?';
/**
 * The Tagalog request prefix "pa-" / "paki-" asks the reader to do it and may leave the person out: "pa-add po sa FB",
 * "paki-message na lang sa IG", "pa add nyo ako sa FB" (please add [me] on …).
 */
const TL_PLEASE_VERB =
  '\\b(?:paki|pa)[\\s-]?(?:add|message|msg|pm|dm|chat|text|follow)\\s+(?:(?:nyo|niyo|ninyo|mo|po|na|lang|nalang|ako|ko|kami)\\s+){0,4}sa\\s+(?:aming\\s+|ang\\s+|amin\\s+sa\\s+)?';

/**
 * After "加个V" the nickname is followed by a particle or a word of talking or sending ("加个V吧", "加我V，原图发你",
 * "加个V聊"); any other Han character makes it a product's V-shaped part.
 */
const AFTER_THE_NICKNAME =
  '吧|呢|啊|呀|哈|嘛|哦|喔|噢|好|聊|发|發|给|給|我|号|號|私|详|詳|细|細|方便|沟通|溝通|联系|聯繫|交流|谈|談|说|說|传|傳|备注|備註|信';
/** A price or a sum just before: "tseny v tg", "summa 5000 v tg" names the tenge, not Telegram. */
const NOT_AFTER_A_PRICE =
  "(?<!(?:\\d|\\b(?:tseny|tsena|tsenu|ceny|cena|cenu|stoimost\\w*|summa|summy|summu|ukazan\\w*|price\\w*))[\\s',.]*)";

/**
 * With the person left out, the page may be someone else's: "paki-message po sa FB page ng J&T Express" (the courier's
 * page, "ng" = of) sends the buyer to the carrier, not to the seller. A page "ng" someone of the writer's ("ng boss
 * ko", "ng shop namin") is still the seller's.
 */
const NOT_SOMEONE_ELSES_PAGE =
  '(?!\\s+(?:(?:page|account|profile|acct)\\s+)?ng\\s+(?![^,.;!?\\n]{0,40}?\\b(?:ko|namin|amin|natin|kami|akin|aming|nila\\s+ko)\\b))';

/**
 * A verb of talking addressed to the reader, then "there" within a few words: "contact our boss there", "you can ask
 * us there", "écrivez-nous là-bas", "escríbale por ahí", "schreiben Sie dort", "hubungi admin di sana". Read only after
 * a social page just named. Only an ask counts: the English verb opens its clause or follows "and / please / you can /
 * let's", the other languages' verbs are imperative forms ("escriba", not "escribe"; "fragen Sie", not the noun
 * "Fragen"); a description ("we talk about cotton there", "sellers call it grade A there", "customers ask us there")
 * and a refusal ("don't contact us there", "no escriba por ahí", "n'écrivez pas là-bas") ask nothing. The short words
 * that also mean something else ("la", "da", "lì") are left out.
 */
const NOT_BEFORE =
  "(?<!\\b(?:not|don'?t|dont|never|no|nunca|nao|jamais|nicht|nie|niemals|non|jangan)\\s+)(?<!\\bn')";
const EN_ASKED =
  "(?<=(?:^|[,:;(\\u2013\\u2014-]|\\b(?:and|then|please|pls|plz|kindly|just|also|simply|or|(?:you|u)\\s+(?:can|could|may|should)|feel\\s+free\\s+to|welcome\\s+to|let'?s))\\s*)";
const IMPERATIVE = [
  'escriba\\w*|escriban\\w*|escribe(?:nos|me|le|les)|hable\\w*|hablen\\w*|pregunte\\w*|contacte(?:nos|me|le)?|contactenos',
  'fale|fala|escreva\\w*|chame\\w*|pergunte\\w*',
  'ecrivez|ecris|contactez|demandez|parlez|joignez',
  '(?:schreiben|kontaktieren|fragen|kontaktiert|schreibt)\\s+sie|schreib|frag',
  'hubungi|tanya\\w*',
  'scriv(?:a|i|ete)\\w*|contatt(?:a|i|ate)\\w*',
  'napisz(?:cie)?',
].join('|');
const TALK_THERE = `(?:${[
  `${EN_ASKED}(?<!\\b(?:not|don'?t|dont|never)\\s+)\\b(?:contact|message|msg|write|talk|chat|ask|reach|text|call|speak)\\b(?:\\s+[\\w']+){0,4}?\\s+(?:there|on\\s+it)\\b`,
  `${NOT_BEFORE}\\b(?:${IMPERATIVE})\\b(?!\\s+pas\\b)(?:\\s+[\\w'-]+){0,4}?\\s+(?:la-bas|alli|ahi|dort|di\\s+sana|disana|tam)\\b`,
].join('|')})`;

/**
 * What lies between the page and the talk sent there, with no word saying the page is dead or not the seller's: "our
 * Instagram was hacked / is closed / is a fake account" sends nobody there.
 */
const PAGE_ALIVE =
  '(?:(?!\\b(?:closed|hacked|fake|deleted|banned|suspended|cerrad\\w*|hackead\\w*|falsa?|fechad\\w*|faux|fermee?|piratee?|gehackt|geschlossen|gesperrt|geloscht|gefalscht|chiusa|falso)\\b)[^.!?;\\n]){0,80}?';

function socialChannel(channel: string, what: string, names: string, gate: RegExp): ChannelPattern {
  return {
    channel,
    kind: 'explicit',
    what,
    gate,
    re: anyOf(
      // "contact our boss on our Facebook page": someone of the seller's reached on the page.
      `\\b(?:message|msg|dm|pm|inbox|chat|talk|write|text|contact|reach|add)\\s+(?:me|us|(?:our|my)\\s+(?:boss|manager|owner|director|team|sales(?:\\s+(?:team|manager))?|agent|admin|staff|colleague|designer|engineer|assistant))?\\s*(?:on|via|in|at|through)\\s+(?:my\\s+|our\\s+)?(?:${names})\\b`,
      `${TL_VERB_ME}(?:${names})\\b`,
      `${TL_PLEASE_VERB}(?:${names})\\b${NOT_SOMEONE_ELSES_PAGE}`,
      // "IG: lily.chen", "IG @lily.chen", a possessive between ("IG kami @…", "our insta @…", "mi IG @…") or the
      // page named ("Facebook page @x").
      `\\b(?:${names})\\s*(?:id|account|name)?\\s*[:：]\\s*@?[a-z0-9_.]{3,}|\\b(?:${names})\\s+(?:(?:id|account|name|handle)\\s+)?is\\s+@[a-z0-9_.]{3,}|\\b(?:${names})\\s+(?:(?:kami|saya|aku|kita|toko|our|my|mio|nostro|nuestro|meu|nosso|notre|mon|unser\\w*|mein\\w*)\\s+)?(?:(?:page|account|profile|handle|shop|store)\\s+)?@[a-z0-9_.]{3,}`,
      // "follow IG kami dan DM di sana", "check our Instagram and DM us": the page named, then a private message
      // there — in the same sentence, even after the handle and "follow us there" ("… page @x, follow us and DM").
      `\\b(?:${names})\\b[^.!?;\\n]{0,80}?\\b(?:dm|pm|inbox)\\b`,
      // "check our Facebook page and contact our boss there", "revise nuestra página de Facebook y escríbale al jefe
      // por ahí", "schauen Sie auf unsere Facebook-Seite und schreiben Sie dort unserem Chef": a verb of talking sent
      // "there", to the page just named — the talk moves to it, as a DM there does.
      `\\b(?:${names})\\b${PAGE_ALIVE}${TALK_THERE}`,
      // "send the screenshot to our Facebook page", "envíe la captura a nuestra página de Facebook", "envoyez la photo à
      // notre page Facebook", "mande o print para a nossa página do Instagram", "kirim screenshot ke FB kami": the reader
      // told to send something to the seller's own page, where the talk then goes on (a review-for-coupon ask). The
      // seller telling what it sends ("we send the catalogue to our Facebook followers") asks nothing, nor is the
      // buyer's own page ("share it on your Facebook") the seller's.
      `(?<!\\b(?:we|i|they|he|she|it|will|would|shall|can|could|to|who|which|that|ll|usually|always|also|often)\\s+)\\b(?:send|forward|share|submit|post|dm|pm|message|envie|envien|envia|enviame|envianos|enviem|mande|manden|mandem|manda|mandame|mandanos|envoyez|envoie|envoyer|partagez|postez|kirim|kirimkan)\\s+(?:[\\w'-]+\\s+){0,4}?(?:to|a|au|para|ke)\\s+(?:la\\s+|a\\s+)?(?:our|my|nuestr[oa]|mi|notre|ma|mon|nossa|minha|nosso|meu)\\s+(?:(?:official|shop|store|fan|oficial|officielle)\\s+)?(?:(?:page|pagina|pagina\\s+d[eo]|account|conta|cuenta|compte|profile|perfil|inbox|messenger)\\s+(?:de\\s+|do\\s+|da\\s+)?)?(?:${names})\\b(?!\\s+(?:followers|fans|friends|subscribers|community|communities|group|groups|audience|seguidores|fas|abonnes|pengikut|ads?|campaign))`,
      // "kami kirim katalog ke FB kami" (we send) tells; only the reader is told to send.
      `(?<!\\b(?:kami|kita|saya|aku|akan|sudah|biasa)\\s+)\\bkirim\\w*\\s+(?:\\w+\\s+){0,4}?ke\\s+(?:halaman\\s+|page\\s+|akun\\s+)?(?:${names})\\s+(?:kami|toko\\s+kami)\\b`,
    ),
  };
}

const OWN_CHANNELS: readonly ChannelPattern[] = [
  {
    channel: 'WhatsApp',
    kind: 'explicit',
    what: 'a move to WhatsApp',
    // In Devanagari as Hindi writers spell it: "व्हाट्सऐप", "व्हाट्सएप", "वॉट्सऐप", "वाट्सएप".
    gate: /app|wa|wp|wts|wsp|zap|whats|ватсап|вотсап|вацап|уатсап|ватс|вотс|व्हाट्स|वॉट्स|वाट्स|व्हॉट्स|واتس|וואטס|ווטס|ווצאפ/,
    re: anyOf(
      '\\bwh?ats?\\s?app\\b|\\bwhats?app\\w*|\\bwhatsap\\b|\\bwtsapp\\b|\\bwatts?app\\b|(?<![\\p{L}])(?:ватсап|вотсап|вацап|уатсап)\\p{L}*',
      // Split by a space as Russian writers do: "в вотс ап", "ватс ап".
      '(?<![\\p{L}])(?:ватс|вотс)\\s(?:ап|апп)(?![\\p{L}])',
      // Split by an apostrophe or a space so that filters miss it: "what's app", "what s app", "whats-app".
      "\\bwhat'?\\s?s[\\s-]?app\\b|\\bwhats-app\\b",
      '(?:व्हाट्स|वॉट्स|वाट्स|व्हॉट्स)\\s?(?:ऐप|एप|अप|ऍप)',
      // Persian "واتساپ / واتس‌اپ" and Hebrew "וואטסאפ" (a preposition may be glued on: "לוואטסאפ", "בווטסאפ").
      'واتس\\s?(?:اپ|آپ)|(?:וו?אטס\\s?אפ|ווצאפ)',
      weak('wa|wts|wtsp|wsp|whats|zap|zapzap|zap\\s+zap'),
      askedFor('wa|wts|wtsp|wsp|whats|watsap|guasap|zap'),
      `${AFTER_AN_ADDRESS}${bareAsk('wa')}`,
      bareAsk('wts|wtsp|wsp|zap'),
      // Turkish "WP" with its case ending or a word of reaching: "WP'den ulaşın", "wp'ye yazın", "WP hattımız".
      "\\bwp\\s?'?\\s?(?:den|dan|ten|tan|ye|ya|e|a|de|da)\\b|\\bwp\\s+(?:hatt\\w*|numara\\w*|uzerinden|ile|grub\\w*)\\b",
    ),
  },
  {
    channel: 'WeChat',
    kind: 'explicit',
    what: 'a move to WeChat',
    gate: /chat|weixin|wei xin|微信|вичат|vx|wx|加|v信|薇信|威信/,
    re: anyOf(
      weak('we\\s+chat'),
      `\\bwechat\\b(?!\\s?pay)|\\bweixin\\b(?!\\s?pay)|\\bwei\\s+xin\\b|微信(?!支付|转账|轉帳|轉賬|付款)(?!(?<=${MONEY_BEFORE_WECHAT})${WECHAT_TRANSFER}|${WECHAT_TRANSFER_TO_PERSON})|(?<![\\p{L}])вичат\\p{L}*`,
      weak('vx|wx'),
      bareAsk('vx|wx'),
      '加\\s*(?:v|vx|wx|微|薇|威)|(?:v信|薇信|威信)',
      // "加个V吧", "加我V", "加一下vx": a measure word or "me" between the verb and the nickname; "加个V领" (add a
      // V-neck), "加个V型槽" (a V-groove) and a model code ("加个V8") are parts.
      // Any other product word after the V is a part too ("V扣" a V buckle, "V标" a V logo): only a particle, a word of
      // talking or sending, or the end of the phrase leaves the V the nickname.
      `加\\s*(?:个|個|一下|下|我的?)\\s*(?:vx|wx|v(?![a-z0-9])(?!(?!${AFTER_THE_NICKNAME})\\p{Script=Han}))`,
    ),
  },
  {
    channel: 'WeChat',
    kind: 'explicit',
    what: 'a move to WeChat ("V")',
    gate: /\bv\b/,
    re: anyOf(
      '\\b(?:add|my)\\s+(?:me\\s+on\\s+)?v\\b(?![-.])|(?<![\\p{L}\\p{N}])v\\s*[:：]\\s*(?=[a-z0-9_]*[a-z])[a-z0-9_]{3,}',
    ),
  },
  {
    channel: 'Telegram',
    kind: 'explicit',
    what: 'a move to Telegram',
    gate: /tele|t\.me|телег|tg|тг|टेलीग्राम|टेलिग्राम|تلگرام|تلگرم|טלגרם/,
    re: anyOf(
      // "tele gram", "tele-gram": the name cut in two so that filters miss it.
      '\\btele[\\s.-]gram\\b|\\btelegram\\w*|\\bt\\.me\\/|(?<![\\p{L}])(?:телеграм|телеграмм|телег[аеуи])\\p{L}*|टेलीग्राम|टेलिग्राम|تلگرام|تلگرم|טלגרם',
      weak('tg|telega'),
      bareAsk('tg|telega'),
      // "msg me on tele", "tele @shop_cs", "my tele": Telegram cut short; a camera's "tele lens" or "Tele: 12MP" is not.
      '\\b(?:msg|message|text|dm|pm|add|contact|reach|chat|write|ping|find)\\s+(?:me|us)\\s+(?:on|in|at|via)\\s+tele\\b(?!-|\\s*(?:lens|photo|zoom|camera|mode|end|side|converter|macro|\\d))|\\btele\\s*(?:id|account|username)?\\s*[:：]?\\s*@\\s?[a-z0-9_.]{3,}|\\bmy\\s+tele\\b(?!-|\\s*(?:lens|photo|zoom|camera|mode))',
      // "пиши в тг", "по тг", "тг: @…", "мой тг": Telegram's short name in Cyrillic, with a cue or a handle.
      '(?<![\\p{L}])(?:в|по|мой|наш|мій|у)\\s+тг(?![\\p{L}])|(?<![\\p{L}])тг\\s*(?:[:：—–-]\\s*)?@?(?=[a-z0-9_]*[a-z])[a-z0-9_]{4,}',
      // The same in Latin letters ("obsudit' v telege", "pishite v tg", "po telege"): Russian and Ukrainian typed
      // without Cyrillic; the preposition before the slang name is the cue.
      // "Tseny v tg (tenge)": after a price or a sum, "tg" is Kazakhstan's tenge.
      `${NOT_AFTER_A_PRICE}\\b(?:v|vo|po|u|cherez|moi|moj|moy|nash)\\s+(?:telege|telegu|telegi|telezi|tg|tgk)\\b(?!\\s*\\(?\\s*teng)`,
    ),
  },
  {
    channel: 'Skype',
    kind: 'explicit',
    what: 'a move to Skype',
    gate: /skype|скайп/,
    re: anyOf('\\bskype\\b|(?<![\\p{L}])скайп\\p{L}*'),
  },
  {
    channel: 'Viber',
    kind: 'explicit',
    what: 'a move to Viber',
    // Also as written in Persian, Urdu, Hebrew, Greek and Bengali (stop 49): "وایبر", "ויבר", "βάιμπερ", "ভাইবার" (as
    // normalise.ts leaves it, vowel signs dropped: "ভইবর").
    gate: /viber|вайбер|وایبر|وائبر|ויבר|βάιμπερ|βαιμπερ|ভইবর/,
    re: anyOf('\\bviber\\b|(?<![\\p{L}])(?:вайбер|وایبر|وائبر|ויבר|βάιμπερ|βαιμπερ|ভইবর)\\p{L}*'),
  },
  {
    channel: 'Line',
    kind: 'explicit',
    what: 'a move to Line',
    // Taiwan's nickname for LINE, 賴 (also a surname and "to rely"): only added, messaged, "my 賴" or with an id.
    gate: /line|賴/,
    re: anyOf(
      // Stop 51: "continue on Line, ID yuki_88": the id may follow after a comma or a dash (not "line, ID cards").
      // Only the app: after "on / via / add / my / our" ("continue on Line, ID hana"), or with an id of letters and
      // digits ("Line - ID: yuki_88"), never a production or assembly line's id ("Assembly line - ID 20455", "each
      // production line, ID printed on the label").
      '\\bline\\s*(?:id|app)\\b|\\b(?:on|via|in|over|through|add|use|my|our)\\s+line\\s*[,;-]\\s*(?:(?:my|our)\\s+)?id\\b(?!\\s*(?:cards?|badges?|holders?|tags?|numbers?\\s+of))\\s*(?:is\\s+)?[:：]?\\s*@?[a-z0-9_.]{3,}|(?<!\\b(?:production|assembly|product|packing|packaging|sewing|bottling|filling|moulding|molding|injection|extrusion|coating|welding|painting|each|every|this|that|the|one|our|a)\\s+)\\bline\\s*[,;-]\\s*(?:(?:my|our)\\s+)?id\\s*(?:is\\s+)?[:：]?\\s*@?(?=[a-z0-9_.]*[a-z])(?=[a-z0-9_.]*[0-9_.])[a-z0-9_.]{3,}|\\bline\\s*[:：]\\s*[a-z0-9_@]|\\b(?:add|contact)\\s+(?:me\\s+)?(?:on|via|in)\\s+line\\b',
      // A LINE official account by its "@" id (stop 55): "add LINE @shopcn168", "follow our LINE OA @lily.home",
      // "message us on LINE @x". Only after a verb of adding or reaching, or "our / my": a production line is no "@id".
      '\\b(?:add|follow|contact|message|msg|text|chat|find|search|(?:add|follow|contact|message|find)\\s+(?:us|me)\\s+(?:on|via|at)|our|my)\\s+(?:official\\s+)?line\\s+(?:(?:oa|official(?:\\s+account)?|account|id)\\s*[:：]?\\s*)?@(?=[a-z0-9_.]*[a-z])[a-z0-9_.]{3,}',
      // "Azonosító" is the Hungarian "ID": "a Line azonosítóm lina_gz", "adja meg a Line azonosítóját", "Line
      // azonosító: lina_gz" — mine, ours or yours, or with the id after it (red team, stop 47).
      '\\bline[\\s-]*(?:azonosito(?:m|nk|d|dat|mat|nkat|jat)\\b|azonosito(?:ja|t)?\\s*[:：]?\\s*@?[a-z0-9_.]{3,})',
      // The name with a case ending after a hyphen or an apostrophe, as Hungarian and Turkish write an app's name
      // ("Line-on elér: lina_gz", "Line-on írjon", "Line'dan yazın", "Line'a ekleyin"): then an id or a verb of
      // reaching; a product line is never declined so. A Hungarian possessive may stand before the case ending
      // ("Line-omon: lina_gz", "Line-unkon írjon", "Line-om: …"; stop 47).
      `\\bline[-'’](?:(?:om|od|ja|unk|otok|juk)(?:on|ban|ra|rol|tol|nal|hoz|at)?|on|en|ban|ben|ra|re|rol|tol|nal|hoz|dan|den|tan|ten|da|de|a|e)\\b(?:(?:\\s+\\p{L}+){0,2}\\s*[:：]\\s*@?[a-z0-9_.]{3,}|\\s+(?:\\p{L}+\\s+)?(?:eler\\w*|irj\\w*|irhat\\w*|keress\\w*|hivj\\w*|hivhat\\w*|adj\\w*|yaz\\w*|ulas\\w*|ekle\\w*|mesaj\\w*))`,
      '(?:(?:加|私訊|私讯|密|敲)\\s?(?:我|我們|我们)?|我|我們|我们)\\s?(?:的)?賴(?!床|皮|帳|賬|以|在|著|不|上|掉|到|給|他|她|你)|賴\\s?(?:id|帳號|账号)|賴\\s*[:：@]\\s*@?[a-z0-9_.]{3,}',
    ),
  },
  {
    channel: 'KakaoTalk',
    kind: 'explicit',
    what: 'a move to KakaoTalk',
    gate: /kakao|katalk/,
    re: anyOf('\\bkakao\\s?talk\\b|\\bkatalk\\b|\\bkakao\\b(?!\\s?(?:pay|bank|map|t\\b))'),
  },
  // A social network is a chat only when the talk is sent there ("message me on Instagram", "FB: lily.chen",
  // "add me on Facebook"); "follow us on Instagram" or "our Facebook page" is publicity, not a move.
  socialChannel('Facebook', 'a move to Facebook', 'facebook|fb', /facebook|\bfb\b/),
  socialChannel('Instagram', 'a move to Instagram', 'instagram|insta|ig', /instagram|insta|\big\b/),
  // "follow our TikTok shop and DM me there": a live-selling account named, then a private message there.
  socialChannel('TikTok', 'a request to talk outside the platform', 'tik\\s?tok', /tik/),
  // China's short-video and social apps, written in Latin letters (stop 55): "Douyin ID: shop8866", "add me on Xiaohongshu".
  socialChannel(
    'Douyin',
    'a request to talk outside the platform',
    'douyin|kuaishou|xiaohongshu|rednote|weibo',
    /douyin|kuaishou|xiaohongshu|rednote|weibo/,
  ),
  {
    // The same apps in Chinese, with an id or a name to search (stop 55): "我的抖音号是 shop8866", "抖音搜索 shop8866 关注我们",
    // "小红书搜「丽丽家居」", "加我快手". The app's name alone describes goods ("抖音同款", as seen on Douyin) and is not read.
    channel: 'Douyin',
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /抖音|快手|小红书|小紅書|微博|视频号|視頻號/,
    re: anyOf(
      '(?:抖音|快手|小红书|小紅書|微博|视频号|視頻號)(?:号|號|id|账号|帳號|名|名字)\\s*(?:是|为|為)?\\s*[:：]?\\s*[@「『"\'“]?[a-z0-9_.\\-\\p{Script=Han}]{2,}',
      '(?:抖音|快手|小红书|小紅書|微博)\\S{0,4}?(?:搜索|搜一下|搜)\\s*[@「『"\'“]?[a-z0-9_.\\-\\p{Script=Han}]{2,}',
      '加(?:我|我们|我們|一下)?的?(?:抖音|快手|小红书|小紅書|微博|视频号|視頻號)(?!同款|爆款|网红|網紅)',
    ),
  },
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|yahoo|outlook|yandex|icloud|gmx|aol|邮箱|郵箱|邮件|郵件|correo|courriel|почт|пошт|имейл|імейл|メール/,
    unless: MAIL_NOT_A_MOVE,
    re: anyOf(
      // "your company e-mail", "our office mailbox": a mailbox named for whose it is is still a mailbox.
      '\\b(?:my|our|your|ur|yr)\\s+(?:(?:company|business|work|office|personal|private|own)\\s+)?(?:e-?mail|gmail|mailbox)\\b(?!\\s*-?\\s*domains?\\b)|\\be-?mail\\s+(?:me|us)\\b|\\be-?mail\\s*(?:address\\s*)?[:：]',
      // "the further discussion about delivery and payment we do by e-mail": the talk itself placed in the mailbox.
      '\\b(?:discussions?|negotiations?|talks?|communication|correspondence|conversations?)\\s+(?:\\S+\\s+){0,6}?(?:by|via|over|through|per)\\s+e-?mail\\b',
      // "schreiben Sie mir bitte per E-Mail", "me escreva por e-mail": the talk sent to the mailbox in de and pt.
      '\\b(?:schreiben|kontaktieren|erreichen|antworten)\\s+sie\\s+(?:mir|uns|mich)\\s+(?:\\w+\\s+){0,2}?(?:per|uber|via|an\\s+(?:meine|unsere))\\s+(?:(?:\\w+-)?e-?mail|\\w+mail(?:adresse)?\\b)|\\bschreib\\s+(?:mir|uns)\\s+(?:\\w+\\s+)?(?:per|uber)\\s+e-?mail|\\b(?:me|nos)\\s+(?:escreva|escreve|mande|manda|contate|chame)\\s+(?:\\w+\\s+)?(?:por|pelo|via)\\s+e-?mail',
      // "share your good self's personal mail ID", "my mail-id": Indian English for an address.
      "\\b(?:share|send|give|provide|drop|forward|what'?s|what\\s+is|your|ur|my|our|personal|private|official|direct)\\s+(?:[\\w']+\\s+){0,3}?(?:e-?)?mail\\s*-?\\s*id\\b",
      // "our new mailbox sunny.trade88 at gmail": the address spelt with "at" and a mail provider, no dot needed.
      `(?<!\\b(?:buy|buying|sell|sold|selling|shop|store|price|prices|listed|available|auction|auctions|found|look|sale)\\s+)\\b[a-z][a-z0-9._-]{2,}\\s+(?:at|@)\\s+(?:gmail|yahoo|hotmail|outlook|yandex|icloud|proton\\s?mail|foxmail|gmx|aol|qq\\s?mail|163\\s?mail|126\\s?mail)\\b`,
      '\\b(?:contact|reach|write|talk|chat|continue|discuss|send|message|reply)\\s+(?:\\w+\\s+){0,3}?(?:by|via|on|through|over|per)\\s+e-?mail\\b',
      // "I sent u a mail with the new price, reply me there": the answer asked for in the mailbox.
      '\\b(?:sent|send)\\s+(?:you|u)\\s+(?:an?\\s+)?e?-?mail\\b.{0,80}?\\b(?:reply|answer|respond)\\w*\\s+(?:me\\s+|us\\s+|to\\s+me\\s+)?(?:there|by\\s+e-?mail|to\\s+(?:it|that\\s+mail))\\b',
      '邮箱|郵箱|电子邮件|電子郵件|发邮件|發郵件|\\b(?:mi|nuestro|su)\\s+correo\\b|\\bpor\\s+correo\\b|\\b(?:meu|nosso|seu)\\s+e-?mail\\b|\\b(?:mon|notre|votre)\\s+(?:e-?mail|courriel|adresse\\s+mail)\\b|\\bpar\\s+(?:e-?mail|courriel)\\b',
      // "te mando por e-mail", "envio pelo e-mail", "je vous envoie par mail", "schicke ich Ihnen per Mail", "te lo mando
      // per mail": the mailbox named as the way, in es, pt, fr, de and it (a named document is still only its courier).
      '\\b(?:por|pelo|via)\\s+(?:e-?mail|mail)\\b|\\bpar\\s+mail\\b|\\bper\\s+(?:e-?mail|mail)\\b',
      // Stop 52: Czech and Slovak "pošlu e-mailem" (by e-mail), "na (váš) e-mail" (to your e-mail), as the others. A bare
      // "na e-mail" needs a sending or writing verb before it or the seller's mailbox (s52nchat): "potvrzení vám přijde
      // na e-mail od Alibaby" (it comes from the platform) moves nothing; mail from the platform never does.
      // A payment link sent "mailem" is the payment rule's ("Wyślę Panu mailem link do płatności"), as in English.
      '\\b(?:e-?)?mailem\\b(?!\\s+(?:od|z|ze)\\s+(?:alibab|aliexpress|platform))(?!\\s+(?:\\S+\\s+){0,2}?(?:link\\w*|odkaz\\w*)\\b)',
      '\\b(?:posl\\w*|zasl\\w*|odesl\\w*|posil\\w*|napis\\w*|pis\\w*|ozv\\w*|odpov\\w*|kontakt\\w*|wysl\\w*|przesl\\w*|wysyl\\w*|przesyl\\w*|napisz\\w*|pisz\\w*|odpisz\\w*)\\s+(?:\\S+\\s+){0,5}?na\\s+(?:(?:vas|nas|muj|moj|tvuj|wasz|twoj)\\w*\\s+)?e-?mail\\w*\\b(?!\\s+(?:od|z|ze)\\s+(?:alibab|aliexpress|platform))',
      '\\bna\\s+(?:nas|muj|moj|nasz)\\w*\\s+e-?mail\\w*\\b',
      '(?<![\\p{L}])(?:мо[яю]|нашу?)\\s+(?:почт\\p{L}*|e-?mail|имейл\\p{L}*)|(?<![\\p{L}])(?:на|по)\\s+(?:почт\\p{L}*|e-?mail)',
      // The buyer's address asked for: "надішліть вашу пошту", "пришлите вашу почту", "залиште свій e-mail".
      '(?<![\\p{L}])(?:надішл|надсил|напиш|дай|скин|залиш|вкаж|пришл|присыл|оставь|укаж)\\p{L}*,?\\s+(?:[\\p{L},]+\\s+){0,3}?(?:вашу|ваш|свою|свій|твою|твій)\\s+(?:електронн\\p{L}*\\s+|электронн\\p{L}*\\s+)?(?:пошт\\p{L}*|почт\\p{L}*|e-?mail|имейл\\p{L}*|імейл\\p{L}*)',
      // "担当者のメールにご連絡ください", "メールでご連絡いただければ": the talk moved to someone's mailbox.
      'メール(?:アドレス)?(?:に|で|へ|まで)\\s?(?:ご)?(?:連絡|返信|送信)',
    ),
  },
];

export const CHANNEL_PATTERNS: readonly ChannelPattern[] = [
  ...OWN_CHANNELS.map((p) => ({ ...p, brandWord: true })),
  ...LANGUAGE_CHANNEL_PATTERNS,
  ...SPELT_CHANNEL_PATTERNS,
  ...SCRIPT_CHANNEL_PATTERNS,
  ...MAIL_VERB_MOVES,
  ...MAIL_SWITCH_MOVES,
  ...MAIL_FROM_OUR_PERSON,
  ...ORDER_CONFIRMED_BY_MAIL,
  ...SMS_AND_IMO_MOVES,
  ...PAYMENT_DETAILS_BY_MAIL,
  ...PAYMENT_DETAILS_BY_MAIL_ASIA,
  ...TALK_MOVED_BY_MAIL_MORE,
  ...ORDER_IN_APP_GROUP_MOVES,
];

/** The conversation being moved in general ("let's talk outside", "contact me directly"). */
/**
 * The users of software or a shop the seller sells (s53nchat): "diners", "guests", "your clients", "customers",
 * "users". When they order or pay in "our app", the app is the product, and the buyer is told nothing.
 */
const APP_USERS =
  '(?:diners|guests|patrons|clients|customers|users|shoppers|visitors|members|students|patients|tenants|residents|players|employees|staff|consumers|end[\\s-]?users|buyers\\s+of\\s+your\\s+\\w+)';

export const MOVE_PATTERNS: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /outside|off|私聊|私下聊|站外/,
    re: anyOf(
      '\\b(?:talk|chat|contact|discuss|communicate)\\s+(?:\\w+\\s+){0,2}?(?:outside|off)\\s+(?:of\\s+)?(?:the\\s+)?(?:alibaba|platform|here)',
      '(?:私聊|私下聊|站外联系|站外聯繫)',
    ),
  },
  // DingTalk, the other Chinese work chat ("付完截图发我钉钉"), and a meeting room outside the platform ("I'll send you the
  // Zoom link", "let's jump on Google Meet"): the talk goes where the platform no longer keeps its record. Each names
  // its app, so the finding lists the channel the buyer is asked to use.
  meetingRoom('DingTalk', /ding|钉钉|釘釘/, '\\bding\\s?talk\\b|钉钉|釘釘'),
  // Stop 51: the room's own link pasted ("here is the room meet.google.com/abc-defg-hij", "zoom.us/j/8123…",
  // "teams.microsoft.com/l/meetup-join/…") is the same move, whatever words come with it.
  meetingRoom(
    'Zoom',
    /zoom/,
    '\\bzoom\\s+(?:link|meeting|call|id|room)\\b|\\b(?:on|via|over|through|in)\\s+zoom\\b|\\b(?:[a-z0-9-]+\\.)?zoom\\.(?:us|com)\\/(?:j|my|w|s|wc)\\/[a-z0-9]',
  ),
  meetingRoom('Google Meet', /meet/, '\\bgoogle\\s+meet\\b|\\bmeet\\.google\\.com\\/[a-z]{3,}'),
  meetingRoom(
    'Microsoft Teams',
    /teams/,
    '\\b(?:ms\\s+|microsoft\\s+)?teams\\s+(?:link|meeting|call)\\b|\\bteams\\.(?:microsoft|live)\\.com\\/(?:l\\/meetup|meet)',
  ),
  // Stop 52: rooms on other hosts ("join our video room meet.jit.si/…", "whereby.com/…", a Webex or Tencent Meeting
  // link) are the same move as a Zoom room.
  meetingRoom('Jitsi', /jit/, '\\bjitsi(?:\\s+meet)?\\b|\\bmeet\\.jit\\.si\\/[a-z0-9]'),
  meetingRoom(
    'Whereby',
    /whereby/,
    '\\bwhereby\\.com\\/[a-z0-9]|\\bwhereby\\s+(?:link|room|call|meeting)\\b',
  ),
  meetingRoom(
    'Webex',
    /webex/,
    '\\b(?:[a-z0-9-]+\\.)?webex\\.com\\/(?:meet|join|[a-z0-9-]+\\/j\\.php)|\\bwebex\\s+(?:link|meeting|call|room)\\b',
  ),
  meetingRoom(
    'Tencent Meeting',
    /tencent|voov|腾讯会议|騰訊會議/,
    '腾讯会议|騰訊會議|\\bmeeting\\.tencent\\.com\\/|\\bvoov\\s+meeting\\b',
  ),
  // Stop 53: the seller's own app, where the buyer registers and pays ("download our app, register with my invite code
  // and pay inside the app", "regístrese con mi código de invitación", "baixe nosso app e cadastre-se com meu código de
  // convite", "用我的邀请码注册"): the talk and the order follow the buyer into it. A product's companion app ("download
  // the Tuya app to control the bulb") names no invite code, no payment in it and no shop moved there.
  {
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /code|codigo|codice|kode|einladungscode|邀请码|邀請碼|推荐码|app|aplica|applica|appli/,
    unless: /\b(?:alibaba|aliexpress)\b/,
    unlessIn: 'sentence',
    re: anyOf(
      '\\b(?:register|sign\\s*-?up|download|install|join|regist\\w*|descarg\\w*|baix\\w*|cadastr\\w*|inscri\\w*|telecharg\\w*|installier\\w*|herunterlad\\w*|scaric\\w*|daftar|unduh)\\b[^.!?\\n]{0,60}?\\b(?:my|our|mi|nuestro|meu|nosso|mon|notre|meinem|unserem|mio|nostro|saya|kami)\\s+(?:invite|invitation|referral|recommendation|codigo\\s+de\\s+(?:invitacion|convite|referido|indicacao)|code\\s+(?:d.invitation|de\\s+parrainage)|codice\\s+(?:invito|di\\s+invito)|kode\\s+(?:undangan|referral))\\b',
      '\\b(?:with|using|con|com|avec|mit|usando|pakai|dengan)\\s+(?:my|our|mi|nuestro|meu|nosso|mon|notre|meinem|unserem)\\s+(?:invite|invitation|referral)\\s+code\\b|\\b(?:meinem|unserem)\\s+(?:einladungs|empfehlungs)code\\b',
      // Paying or ordering in it is the buyer's only when no users of a product sold are the ones who do it: "diners
      // order and pay inside our app", "lets your clients pay inside our app", "guests order in our app" describe
      // software for sale (s53nchat).
      `(?<!\\b${APP_USERS}\\b[^.!?\\n]{0,60})\\b(?:pay|order|buy|checkout|shop|purchase|pague|pida|compre|payez|commandez)\\s+(?:\\w+\\s+)?(?:inside|in|within|through|via|on|dentro\\s+de|dentro\\s+do|en|no|na|dans)\\s+(?:our|my|nuestra|nuestro|nossa|nosso|notre)\\s+(?:own\\s+)?(?:app|aplicacion|aplicativo|application)\\b`,
      // "Install our app and enter invitation code TG88": an invite code in the seller's app, however it is owned.
      '\\b(?:download|install|descargue|baixe|instale|telechargez|installez)\\s+(?:our|my|nuestra|nuestro|nossa|nosso|notre)\\s+(?:own\\s+)?(?:app|aplicacion|aplicativo|application)\\b[^.!?\\n]{0,60}?\\b(?:invite|invitation|referral|codigo\\s+de\\s+(?:invitacion|convite)|code\\s+d.invitation)\\b',
      '\\b(?:moving|moved|move|switching|switched)\\s+(?:our|my)\\s+(?:shop|store|business|sales)\\s+to\\s+(?:our|my)\\s+(?:own\\s+)?app\\b',
      '(?:用|填|输入|輸入)\\S{0,3}(?:我的|我们的)?(?:邀请码|邀請碼|推荐码|推薦碼)',
    ),
  },
  // Stop 53: Feishu / Lark, ByteDance's work chat and meetings ("let's meet on Feishu: vc.feishu.cn/j/…", "加我飞书",
  // "send you a Lark meeting link"). "Lark" alone is a bird or a word: only with a meeting word or its host.
  meetingRoom(
    'Feishu',
    /feishu|lark|飞书|飛書/,
    '\\bfeishu\\b|\\b(?:[a-z0-9-]+\\.)?(?:feishu\\.cn|larksuite\\.com)\\/[a-z0-9]|\\blark\\s+(?:link|meeting|call|room|app|id|group|chat)\\b|\\b(?:on|via|over|through|in)\\s+lark\\b(?!\\s+(?:\\w+\\s+)?(?:feathers?|birds?|song|pattern|print|color|colour))|飞书|飛書',
  ),
  // A video room or meeting link on any host, pasted after its name ("join our video room talkroom.io/abc",
  // "meeting link: vc.example.cn/j/123", "sala de videollamada: …", "salle de visio : …", "Videoraum: …"). A room word
  // and any link are not enough (s52nchat): "Video call feature demo: youtu.be/…" or "Conference room speakerphone,
  // datasheet: www…" name goods with their video or data sheet. The room needs an invitation (join, enter), a link
  // word beside it ("meeting link", "Link zum Videocall", "enlace de la videollamada") or a meeting path (/j/, /room/).
  {
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /video|meeting|conference|visio|videollamada|videochamada|reuni|raum|konferen|видео|会议|會議/,
    unless: new RegExp(`${ROOM_ON_PLATFORM.source}|${GOODS_WITH_ROOM_WORD}`, 'u'),
    unlessIn: 'sentence',
    re: anyOf(
      `\\b(?:${ROOM_INVITE})\\b[^.!?\\n]{0,40}?\\b(?:${ROOM_WORD}|${CALL_WORD})\\b[^.!?\\n]{0,30}?${ROOM_URL}`,
      `\\b(?:${ROOM_LINK})\\b[^.!?\\n]{0,30}?${ROOM_URL}`,
      `\\b(?:${ROOM_WORD})\\b[^.!?\\n]{0,30}?${ROOM_URL_MEETING_PATH}`,
      '(?<![\\p{L}])(?:видеоконференц\\p{L}*|видеокомнат\\p{L}*|ссылк\\p{L}*\\s+на\\s+(?:видео\\p{L}*|конференц\\p{L}*|встреч\\p{L}*))[^.!?\\n]{0,30}?(?:https?:\\/\\/)?(?![a-z0-9.-]*\\b(?:alibaba|aliexpress|1688)\\.)(?:[a-z0-9-]+\\.)+[a-z]{2,}\\/[a-z0-9][\\w-]*',
      '(?:视频会议|視訊會議|会议链接|會議連結|会议室|會議室)[^。！？\\n]{0,20}?(?:https?:\\/\\/)?(?:[a-z0-9-]+\\.)+[a-z]{2,}\\/[a-z0-9][\\w-]*',
    ),
  },
  ...INVITATION_PATTERNS,
  ...CHAT_SAID_TO_FAIL_MOVES,
  ...NUMBER_ASKED_MORE_MOVES,
  REFUND_PHONE_ASKED,
  ...DEAL_IN_PERSON_MOVES,
  OWN_SITE_INQUIRY,
  BUY_BY_FOREIGN_LINK_AFTER_CANCEL,
  ...UNNAMED_CHANNEL_MOVES,
  ...NUMBER_IN_PICTURE,
  ...INQUIRY_FORM_MOVES,
  ...ARRANGED_CONTACT_MOVES,
  ...HANDED_ON_CONTACT_MOVES,
  ...THIRD_PARTY_CONTACT_MOVES,
  ...POINTED_CONTACT_MOVES,
  ...SHOP_ELSEWHERE_MOVES,
  ...MAIL_ADDRESS_ASKED_MOVES,
  ...STORE_MOVED_MOVES,
  ...SOCIAL_PAGE_DEALS,
  ...CHAT_ABANDONED_MOVES,
  ...ELSEWHERE_MOVES,
  ...LANGUAGE_MOVE_PATTERNS,
  ...COMPOSED_MOVE_PATTERNS,
];

/**
 * "My number is 06-2847…", "mi número es 612…", "mon numéro c'est le 06…", "il mio numero è 347…", "meine Nummer
 * ist 0151…", "mój numer to 512…", "mijn nummer is 06…": the seller's own number announced with a verb between.
 */
const OWN_NUMBER_IS =
  "\\b(?:my|our|mi|nuestro|mon|notre|(?:il\\s+)?mio|(?:il\\s+)?nostro|meine|unsere|moj|nasz|mijn|ons|meu|nosso|o\\s+meu|o\\s+nosso)\\s+(?:(?:phone|mobile|cell|whats\\s?app|telefono|telephone|portable|movil|celular|cellulare)\\s+)?(?:number|numero|nummer|numer|handynummer|telefonnummer|telefoonnummer|no)\\s+(?:(?:de\\s+)?(?:telephone|telefono|telefone|celular|movil|portable|whats\\s?app)\\s+)?(?:is|es|est|c'est(?:\\s+le)?|e|eh|ist|lautet|to|jest|:)";
/**
 * Tagalog "text nyo po ako sa 0917…", "tawagan mo ako sa…" (text / call me at): the reader told to write or call the
 * writer, with "po" (a courtesy word) between — so the "po" is no P.O. reference (folded text). Only "me / us" (ako,
 * kami): a number for "him / her" is read as before.
 */
export const TAGALOG_CALL_ME =
  '\\b(?:i-?)?(?:text|txt|call|tawag\\w*|message|msg|pm|contact|kontakin)\\s+(?:(?:nyo|niyo|ninyo|mo|po|na|lang|nalang)\\s+){1,3}(?:ako|kami)(?:\\s+(?:po|na|lang))?\\s+sa';
/**
 * "Text me on 330…", "reach us at…", "call me at…", "rufen Sie mich an unter…", "escríbeme al…", "llámame al…", "me chama no…", "appelez-moi au…": the buyer
 * told to write or call, with only a preposition before the digits.
 */
const CONTACT_ME_ON =
  `${TAGALOG_CALL_ME}|` +
  '\\b(?:text|txt|sms|msg|message|ring|reach|contact|write|ping|buzz|call|phone)\\s+(?:me|us)(?:\\s+(?:on|at|to|via))?|\\b(?:ruf(?:en)?|rufe)\\s+(?:sie\\s+)?(?:mich|uns)\\s+(?:bitte\\s+|gerne\\s+|direkt\\s+)?an(?:\\s+unter)?|\\b(?:escribeme|escribenos|llamame|llamanos|contactame|marcame)(?:\\s+al?)?|\\bme\\s+(?:chama|liga|escreve|manda\\s+(?:msg|mensagem))(?:\\s+(?:no|pelo|para\\s+o))?|\\b(?:appelez|ecrivez|appelle|ecris)-?(?:moi|nous)(?:\\s+au)?';
/**
 * "Contact our Lahore dealer 0300-…", "call Mr Ahmed on 055…", "reach our agent Li Wei 138…" (stop 50), "WhatsApp my
 * boss Mr Tan, 0812…", "text our manager Ana 612…" ("wa" alone is Swahili "of") (stop 56): the buyer told to
 * call or contact someone named in up to four words, then the digits. A carrier or a reference before the digits is
 * still read first (THIRD_PARTY_PHONE, NOT_PHONE_CUE).
 */
const CONTACT_SOMEONE =
  "\\b(?:contact|call|ring|reach|whats\\s?app|text|txt|message|msg)\\s+(?!(?:him|her|them|it|they|us|me)\\b)(?:[\\p{L}'.-]+\\s+){0,3}[\\p{L}'.-]+(?:\\s+(?:on|at))?";
/**
 * "Contact our dealer in Lahore 0300…", "تواصل مع وكيلنا في دبي على 050…", "skontaktuj się z naszym dystrybutorem
 * 601…", "Contactați distribuitorul nostru la 0721…", "서울 대리점 연락처", "תתקשר לסוכן שלנו 052…" (stop 50): the
 * reader told to get in touch, with a few words (whom, where) before the digits. Only the 60 characters before the
 * number are read, so the verb is close; folded text (Bengali without its marks, Thai without vowels and tones).
 */
const CONTACT_VERB_AHEAD =
  '(?:\\b(?:contact(?:ez|ati|eaza|ati-?ne|ar|e|a)?|kontakt\\w*|skontaktuj\\w*|skontaktowac|kontaktujte|kontaktovat|kontakin|hubungi|wasiliana|lien\\s+he|irtibat|iletisim\\w*|keresse|keressen|hivja|hivjon)\\b' +
  '|(?<![\\p{L}])(?:رابط[ہه]|تواصل\\p{L}*|اتصل\\p{L}*|تماس|תתקשר\\p{L}*|התקשר\\p{L}*|צרו\\s+קשר|צור\\s+קשר|επικοινων\\p{L}*|зверн\\p{L}*|звернит\\p{L}*|обращайт\\p{L}*|свяжит\\p{L}*|зв.яж\\p{L}*)' +
  '|संपर्क|যগযগ|ตดตอ|연락|連絡|lien\\s+he|gorus\\w*|ulasin|ulasabilirsiniz|arayin)' +
  '[^\\s\\d.!?;。]{0,24}(?:[\\s,]+[^\\s\\d.!?;。]+){0,8}?(?:\\s+(?:at|on|la|na|pod|على|ב|на|στο|sa|kwa))?[\\s:：,(]*$';
/** The same, read in the 60 characters before the digits (rules/offplatform-contact.ts). */
export const CONTACT_AHEAD = new RegExp(CONTACT_VERB_AHEAD, 'u');
/** A phone number is read as one only with a phone cue, a +/00 prefix, or a Chinese mobile shape. */
export const PHONE_CUE = new RegExp(
  `(?:${CONTACT_ME_ON}|${CONTACT_SOMEONE}|\\b(?:call|phone|tel|telephone|mobile|cell|whats?\\s?app|wa|viber|number|telefono|telefone|telephone|portable|zap)\\b|电话|電話|手机|手機|打我|号码|號碼|(?<![\\p{L}])(?:телефон|номер|звоните)\\p{L}*|${PHONE_CUE_SOURCES.join('|')}|${OWN_NUMBER_IS})\\W{0,12}$`,
  'u',
);
// A tracking, order or reference word, then perhaps a word for "number" in the same language: the digits
// after it are a reference ("takip numaranız 123…", "رقم التتبع 987…", "número de seguimiento …"), as are a
// carrier's waybill labels ("waybill", "consignment no.", "номер ТТН", "експрес-накладна", "list przewozowy").
const REFERENCE_WORDS =
  '\\b(?:order|tracking|track|container|invoice|model|item|po|sku|batch|lot|serial|coupon|voucher|reference|ref|awb|b\\/l|bl|hs|dhl|fedex|ups|tnt|ems|aramex|seguimiento|rastreio|rastreamento|suivi|pedido|commande|sendungsnummer|sendungsverfolgung|sendung|bestellnummer|bestellung|takip|siparis|kargo|van\\s+don|ma\\s+don|resi|pesanan|tracciamento|spedizione|ordine|przesylki|zamowienia|nadania|waybill|way\\s+bill|consignment|shipment|parcel|package|guia|lettre\\s+de\\s+(?:transport|voiture)|lettera\\s+di\\s+vettura|vettura|przewozow\\w*|paketnummer|pakketnummer|zending\\w*|track\\s*(?:&|and|n)\\s*trace|gonderi\\w*)\\b|订单|訂單|单号|單號|运单|運單|追跡|伝票|注文|운송장|송장|주문|(?<![\\p{L}])(?:заказ|трек|отслеживани|накладн|посилк|посылк|відправленн|отправлени)\\p{L}*|(?<![\\p{L}])(?:ттн|ен)(?![\\p{L}])|التتبع|تتبع|الشحن[ةه]|الطلب|البوليص[ةه]|(?<![\\p{L}\\p{M}])(?:ऑर्डर|ट्रैकिंग|इनवॉइस|बिल|मॉडल)' +
  // A wallet or a bank account that the digits identify: "בביט למספר 052-…" (Bit to the number), "ゆうちょ 記号12340 番号…".
  '|(?<![\\p{L}])[בל]?(?:ביט|פייבוקס)|ゆうちょ|口座|記号\\s?\\d{3,6}\\s?';
const NUMBER_WORDS =
  'no\\.?|nr\\.?|number|numero|numer\\w*|numara\\w*|nomor|so|номер\\p{L}*|ל?מספר|رقم|番号|번호|号码|號碼|नंबर|नम्बर|#';
export const NOT_PHONE_CUE = new RegExp(
  `(?:${REFERENCE_WORDS})\\W{0,6}(?:(?:${NUMBER_WORDS})\\W{0,4})?(?:\\p{L}{1,3}\\W{0,2}){0,2}$`,
  'u',
);
