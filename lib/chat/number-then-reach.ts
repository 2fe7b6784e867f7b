/**
 * A number given for one of the seller's people, with the reader told right after it to reach that person (stop 55):
 * "Sales kami Budi …, 0812 3456 7890. Hubungi dia langsung ya", "o nosso vendedor Carlos, 11 98765-4321, mande
 * mensagem para ele", "chị Lan bên em …, 0903 456 789, anh nhắn chị ấy nhé", "مندوبنا أحمد، 0551234567، تواصل معه",
 * "राहुल, 98765 43210, उनसे सीधे बात कर लीजिए", "Ayşe Hanım, 0532 123 45 67, ona yazın". The cue stands after the digits,
 * where the phone cues before them (offplatform-contact.ts) never look; the person is reached on that number, off the
 * chat. A courier, a driver, customs or the platform's help named in the number's sentence or the cue's is reached for
 * the delivery (a courier's phone given for the delivery stays clear). Words over normalised text (accents folded).
 */

import { sentenceStartBefore } from './text-context';

/** Reaching him, her or them, in the languages read; "him" is the person the number belongs to. */
const REACH_THEM = new RegExp(
  [
    // English: "call him", "message her directly", "WhatsApp them", "talk to him" — not "call him back here".
    '\\b(?:call|ring|phone|text|txt|message|msg|sms|whats\\s?app|contact|reach|ping|write\\s+to|talk\\s+to|speak\\s+(?:to|with))\\s+(?:him|her|them)\\b(?!\\s+(?:here|in\\s+this\\s+chat|on\\s+(?:alibaba|aliexpress)))',
    // Indonesian / Malay: "hubungi dia", "chat beliau", "WA dia langsung".
    '\\b(?:hubungi|kontak|telepon|telpon|tlp|chat|wa|whatsapp|sms|japri)\\s+(?:saja\\s+|aja\\s+|langsung\\s+)?(?:dia|beliau|mereka|doi)\\b',
    // Portuguese: "mande mensagem para ele", "ligue para ela", "fale com ele", "chame ele no zap".
    '\\b(?:mande|manda|envie|envia)\\s+(?:uma\\s+)?(?:mensagem|msg|zap|whats\\w*)\\s+(?:para|pra|pro)\\s+(?:ele|ela|eles|elas)\\b|\\b(?:ligue|liga|fale|fala|chame|chama|contate|contacte)\\s+(?:com\\s+|para\\s+|pra\\s+)?(?:ele|ela|eles|elas)\\b|\\bcontato\\s+com\\s+(?:ele|ela)\\b',
    // Spanish: "llámelo", "escríbale", "contáctela", "hable con él", "mándele un mensaje".
    '\\b(?:llamel[oae]s?|llamal[oae]s?|escribel[ea]s?|escribal[ea]s?|contactel[oa]s?|contactal[oa]s?|mandel[ea]s?|mandal[ea]s?)\\b|\\b(?:hable|habla|contacte|comuniquese|comunicate)\\s+(?:directamente\\s+)?con\\s+(?:el|ella|ellos)\\b',
    // French: "appelez-le", "contactez-la", "écrivez-lui", "envoyez-lui un message".
    '\\b(?:appelez|appelle|contactez|contacte|joignez)-(?:le|la|les)\\b|\\b(?:ecrivez|ecris|envoyez|envoie|telephonez)-(?:lui|leur)\\b',
    // German: "rufen Sie ihn an", "schreiben Sie ihm", "kontaktieren Sie sie", "melden Sie sich bei ihm".
    '\\brufen\\s+sie\\s+(?:ihn|sie)\\b|\\bschreiben\\s+sie\\s+(?:ihm|ihr)\\b|\\bkontaktieren\\s+sie\\s+(?:ihn|sie)\\b|\\bmelden\\s+sie\\s+sich\\s+(?:direkt\\s+)?bei\\s+(?:ihm|ihr)\\b',
    // Italian: "chiamalo", "lo contatti", "gli scriva", "scrivetele".
    '\\b(?:chiamal[oa]|chiamatel[oa]|contattal[oa]|contattatel[oa]|scrivigli|scrivetegli|scrivetele|scrivile)\\b|\\b(?:lo|la)\\s+(?:chiami|contatti)\\b|\\b(?:gli|le)\\s+scriva\\b',
    // Vietnamese: "anh nhắn chị ấy", "gọi cho anh ấy", "liên hệ trực tiếp với chị ấy", "zalo anh ấy".
    '\\b(?:nhan|nhan\\s+tin|goi|goi\\s+dien|lien\\s+he|lien\\s+lac|ket\\s+ban|zalo|inbox|ib)\\s+(?:truc\\s+tiep\\s+)?(?:(?:cho|voi)\\s+)?(?:chi|anh|em|ban|co|chu|ong|ba)\\s+(?:ay|nay)\\b',
    // Turkish: "ona yazın", "onu arayın", "ona ulaşın", "onunla iletişime geçin".
    '\\b(?:ona|onlara)\\s+(?:\\p{L}+\\s+)?(?:yaz\\p{L}*|ulas\\p{L}*|mesaj\\p{L}*)|\\b(?:onu|onlari)\\s+(?:\\p{L}+\\s+)?ara(?:yin|yiniz|yabilirsiniz|r\\p{L}*)?\\b|\\bonunla\\s+(?:\\p{L}+\\s+)?(?:iletisim\\p{L}*|gorus\\p{L}*|konus\\p{L}*)',
    // Polish, Romanian, Dutch: "zadzwoń do niego", "skontaktuj się z nią", "sunați-l", "scrieți-i", "bel hem".
    '\\b(?:zadzwon\\p{L}*|napisz\\p{L}*|dzwon\\p{L}*)\\s+do\\s+(?:niego|niej|nich)\\b|\\bskontaktuj\\p{L}*\\s+sie\\s+z\\s+(?:nim|nia|nimi)\\b|\\b(?:sunati|suna|contactati|contacteaza)-(?:l|o)\\b|\\b(?:scrieti|scrie)-i\\b|\\b(?:bel|app|sms)\\s+(?:hem|haar)\\b|\\bcontact\\s+met\\s+(?:hem|haar)\\b',
    // Hinglish: "unse seedha baat kar lijiye", "unhe call karo".
    '\\b(?:unse|usse|inse)\\s+(?:\\w+\\s+){0,2}?(?:baat|sampark|contact)\\b|\\b(?:unhe|unko|use|usko)\\s+(?:\\w+\\s+){0,2}?(?:call|phone|message|msg|whatsapp)\\b',
    // Russian / Ukrainian: "позвоните ему", "напишите ей", "свяжитесь с ним".
    '(?<![\\p{L}])(?:позвон|напиш|звон|пиш|подзвон|зателефону)\\p{L}*\\s+(?:ему|ей|им|йому|їй)(?![\\p{L}])|(?<![\\p{L}])(?:свяж|зв.яж)\\p{L}*\\s+с(?:о)?\\s+(?:ним|ней|ними|нею)(?![\\p{L}])',
    // Arabic: "تواصل معه", "اتصل بها مباشرة", "راسله", "كلمه".
    '(?<![\\p{L}])(?:تواصل|تواصلوا|تواصلي|اتصل|اتصلوا|اتصلي)\\s+(?:مباشرة\\s+)?(?:معه|معها|معهم|به|بها|بهم)(?![\\p{L}])|(?<![\\p{L}])(?:راسله|راسلها|راسلوه|كلمه|كلمها)(?![\\p{L}])',
    // Hindi: "उनसे सीधे बात कर लीजिए", "उन्हें कॉल करें".
    '(?:उनसे|उससे|इनसे)\\s+(?:\\S+\\s+){0,2}?(?:बात|संपर्क)|(?:उन्हें|उसे|इन्हें|उनको)\\s+(?:\\S+\\s+){0,2}?(?:कॉल|फोन|मैसेज|व्हाट्सएप)',
    // Stop 56 — the same ask in forms the lists above missed: an infinitive or a modal with its pronoun ("n'hésitez pas
    // à lui écrire", "puede escribirle", "può contattarlo", "Sie können ihn direkt anrufen", "можете написать ему",
    // "pode falar com ele"), a pronoun of respect ("kendisiyle görüşebilirsiniz", "با ایشان تماس بگیرید", "ওনার সাথে
    // কথা বলুন", "ان سے بات کریں", "לדבר איתו", "επικοινωνήστε μαζί του"), a pronoun inside the verb ("mpigie simu",
    // "mwandikie", "مراسلته", "الاتصال به"), Tagalog "i-message nyo po siya", Thai "ทักหาน้อง" (write to her).
    "\\b(?:lui|leur)\\s+(?:ecrire|telephoner|envoyer|parler)\\b|\\b(?:l'|le\\s+|la\\s+|les\\s+)(?:appeler|contacter|joindre)\\b",
    '\\b(?:escribir|llamar|contactar|mandar|enviar|marcar)l[eoa]s?\\b|\\b(?:hablar|falar|conversar)\\s+(?:directamente\\s+)?com?\\s+(?:el|ella|ele|ela)\\b|\\b(?:ligar|mandar\\s+mensagem)\\s+(?:direto\\s+|diretamente\\s+)?(?:para|pra)\\s+(?:ele|ela)\\b',
    '\\b(?:contattarl[oa]|chiamarl[oa]|scrivergli|scriverle)\\b',
    '\\b(?:ihn|sie)\\s+(?:\\w+\\s+)?(?:anrufen|kontaktieren|erreichen)\\b|\\b(?:ihm|ihr)\\s+(?:\\w+\\s+)?schreiben\\b|\\bmit\\s+(?:ihm|ihr)\\s+(?:\\w+\\s+)?(?:sprechen|telefonieren|reden)\\b',
    '(?<![\\p{L}])(?:напис|написат|позвонит|звонит|подзвонит)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:ему|ей|им|йому|їй)(?![\\p{L}])',
    '\\bkendi(?:si|leri)(?:yle|ne|ni)\\s+(?:\\p{L}+\\s+)?(?:gorus\\p{L}*|konus\\p{L}*|yaz\\p{L}*|ulas\\p{L}*|ara\\p{L}*|iletisim\\p{L}*|mesaj\\p{L}*)',
    '(?<![\\p{L}])(?:مراسلته|مراسلتها|مراسلتهم|الاتصال\\s+(?:به|بها)|التواصل\\s+(?:معه|معها))(?![\\p{L}])',
    '(?<![\\p{L}])(?:با|به)\\s+(?:ایشان|او|وی|ایشون)\\s+(?:\\p{L}+\\s+)?(?:تماس|پیام|صحبت)',
    '(?<![\\p{L}\\p{M}])(?:ان|اُن|انہیں|ان\\s+کو)\\s+(?:سے\\s+)?(?:\\p{L}+\\s+){0,2}?(?:بات|رابطہ|کال|میسج|فون)',
    '(?:ওনর|তর|ওন|তন)(?:\\s+সথ|ক)\\s+(?:\\p{L}+\\s+)?(?:কথ|যগযগ|ফন|কল|মসজ)',
    '(?:לדבר|דברו|דבר|תדבר|להתקשר|התקשרו|התקשר|תתקשר|לכתוב|כתבו|תכתוב|לפנות|פנו)\\s+(?:\\p{L}+\\s+)?(?:איתו|איתה|אליו|אליה)(?![\\p{L}])',
    '(?:επικοινων\\p{L}*|μιλήστε|μιλήσετε)\\s+(?:\\p{L}+\\s+)?μαζί\\s+(?:του|της)(?![\\p{L}])|(?:καλέστε|πάρτε)\\s+(?:τον|την)(?![\\p{L}])',
    '\\b(?:mpigie|mwandikie|mtumie\\s+ujumbe|wasiliana\\s+naye|ongea\\s+naye|zungumza\\s+naye)\\b',
    '\\b(?:i-?)?(?:message|msg|text|txt|pm|chat|tawag\\w*|kontakin|contact)\\s+(?:(?:nyo|niyo|ninyo|mo|po|na|lang|nalang|lamang)\\s+){0,4}(?:siya|sya|sila)\\b',
    '(?:ทกหา|โทรหา|ตดตอ|แอดไลน|ไลน)(?:นอง|พ|เขา|เธอ|คณ)',
    // Korean and Japanese put "to this number" after the digits: "010-… 으로 바로 연락 주세요", "090-… までご連絡ください".
    '^\\s*(?:으로|로)\\s*(?:바로\\s*|직접\\s*)?(?:연락|전화|문자)|^\\s*(?:まで|に)\\s*(?:直接)?(?:ご連絡|お電話|電話|連絡)',
    // Chinese, Japanese, Korean: "直接联系他", "打给她", "彼に直接ご連絡ください", "그분께 연락 주세요".
    '(?:联系|聯繫|联络|聯絡|打给|打給|找)(?:他|她)|给(?:他|她)打电话|給(?:他|她)打電話|(?:彼|彼女|担当者)に(?:直接)?(?:ご)?(?:連絡|電話)|(?:그분|담당자|그)(?:께|에게|한테)\\s*(?:직접\\s*)?(?:연락|전화|문자)',
  ].join('|'),
  'u',
);

/** Someone else reached for the delivery or for their own part: a carrier, its driver, customs, the platform's help. */
const DELIVERY_SIDE =
  /\b(?:courier|carrier|driver|delivery|dhl|fedex|ups|tnt|ems|usps|post\s+office|customs|forwarder|kurir|sopir|supir|ekspedisi|repartidor|mensajero|transportista|entregador|motorista|motoboy|transportadora|correios|livreur|transporteur|fahrer|zusteller|kurier\w*|kierowca|corriere|autista|kargo|kurye|sofor|tai\s+xe|shipper|giao\s+hang|bezorger|chauffeur|alibaba|aliexpress|customer\s+service)\b|(?<![\p{L}])(?:курьер|водител|доставк|таможн)\p{L}*|التوصيل|الشحن|السائق|سائق|الجمارك|(?<![\p{L}])(?:پیک|راننده|گمرک|کوریئر|کورئیر|ڈرائیور|שליח|נהג|מכס|κούριερ|οδηγ\p{L}*|τελωνεί\p{L}*|dereva|mjumbe\s+wa\s+posta|forsa)(?![\p{L}])|कूरियर|डिलीवरी|ड्राइवर|快递|快遞|司机|司機|配送|海关|海關|配達|택배|기사님|배송/u;

/**
 * The reader's own person: "Seu despachante, Sr. Paulo, 11 …, fale com ele", "Il suo idraulico, 333 …, lo chiami",
 * "El técnico … que usted contrató, Pedro, 612 …, llámelo", "Teknisi dari toko bangunan Bapak, 0812 …, hubungi dia",
 * "Ihr Elektriker hat die Nummer 0171 … hinterlassen – rufen Sie ihn an" (red team, stop 55). The buyer's broker,
 * plumber or colleague is reached for the buyer's own errand; nothing moves the talk with the seller. Only where no
 * word of the seller's own ("our", "nuestro", "kami", 我们) stands beside it: "our agent for your order" is the seller's.
 */
export const READERS_OWN =
  /\b(?:your|ur|su|sus|seu|sua|seus|suas|il\s+suo|la\s+sua|i\s+suoi|vostro|vostra|votre|vos|ton|ta|ihr|ihre|ihren|ihrem|usted|uw|jouw|pana|pani|wasz|wasza|twoj|twoja|bapak|ibu|anda|kamu|senin|sizin|cua\s+(?:anh|chi|ban))\b|(?<![\p{L}])(?:ваш|ваша|ваше|ваши|вашего|вашему|твой|твоя)(?![\p{L}])|您的|你的|贵方|あなたの|お客様の|귀하의|고객님의/u;
export const SELLERS_OWN_WORD =
  /\b(?:our|we|nuestro|nuestra|nuestros|nosso|nossa|nostro|nostra|notre|nos|unser|unsere|unseren|unserem|onze|ons|nasz|nasza|kami|chung\s+toi|ben\s+em|bizim|firmamiz)\b|(?<![\p{L}])(?:наш|наша|наше|наши|нашего|нашему)(?![\p{L}])|我们|我們|我司|本公司|弊社|当社|저희|우리/u;

/** The digits' own sentence ends here: the cue may stand in it or in the next one ("…, 0812…. Hubungi dia"). */
const SENTENCE_STOP = /[.!?。！？\n](?:\s|$)|[।؟]/gu;

/**
 * True when the reader is told, within the digits' sentence or the one after it (at most 120 characters on), to call
 * or write "him / her / them", and no carrier, driver, customs or platform help is named from the number's sentence
 * start to the cue.
 */
export function reachedAfterNumber(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 120);
  // Up to the end of the next sentence: past that, the "him" is someone else.
  SENTENCE_STOP.lastIndex = 0;
  let stops = 0;
  let limit = after.length;
  for (const m of after.matchAll(SENTENCE_STOP)) {
    stops++;
    if (stops === 2) {
      limit = m.index;
      break;
    }
  }
  const window = after.slice(0, limit);
  const cue = REACH_THEM.exec(window);
  if (!cue) return false;
  const sentenceStart = sentenceStartBefore(text, start, 120);
  const span = text.slice(Math.max(0, sentenceStart), end) + window.slice(0, cue.index + cue[0].length);
  if (DELIVERY_SIDE.test(span)) return false;
  // The words just before the number name whose person it is (not cut at "Sr. " or "Mr. ": 60 characters back).
  const owner = text.slice(Math.max(0, text.lastIndexOf('\n', start), start - 60), start);
  return !(READERS_OWN.test(owner) && !SELLERS_OWN_WORD.test(owner));
}
