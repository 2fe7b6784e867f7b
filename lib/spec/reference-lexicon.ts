/**
 * Phrases that point somewhere else instead of stating a value: a sample, a
 * picture, a file, an inspection, or "to be decided".
 */
import { anyOf, cjk, latinWords, scriptWords, test } from './patterns';

/** "Not decided yet" in any of the languages we read. */
export const UNDECIDED = anyOf(
  latinWords([
    'TBD',
    'TBC',
    // "xx pcs/carton", "XX cm": a placeholder the template left unfilled.
    '(?:xx|xxx|XX|XXX)(?= ?(?:pcs|pieces|units|sets|pairs|cm|mm|kg|gsm|days|ctns?|cartons?)\\b)',
    'TBA',
    'to be (?:confirmed|decided|determined|advised|discussed)',
    'will send later',
    // "Logótipo: enviamos depois", "Logo: le enviamos luego": the buyer's own promise to send it, not a value.
    '(?:(?:we )?(?:will )?send (?:it |them )?later)',
    '(?:enviamos|enviaremos|mandamos|mandaremos|envio|mando) (?:depois|mais tarde|em breve|después|más tarde|luego)',
    '(?:nous )?(?:envoyons|enverrons|enverrai) plus tard',
    '(?:wir )?(?:schicken|senden|liefern) (?:wir )?(?:später|nach)',
    '(?:inviamo|invieremo|mandiamo|manderemo) (?:dopo|più tardi|in seguito)',
    // Not "whichever is later" (the later of two named events, as firm as either) nor "no later than <date>".
    // Nor "the later of (a) deposit received (b) PP sample approval": the same choice written before the events.
    '(?<!\\bwhichever (?:is|comes|occurs|happens|falls) |\\b(?:no|not) )later(?! than\\b)(?!(?<=\\bthe later) of\\b)',
    // …but "whichever is later" after an event nobody records ("or when our factory is free", "or when materials
    // arrive"), or with no event at all, and "no later than" with no day after it, are still open.
    '(?:or|and) (?:when|once|as soon as|until|whenever) [^.;:]{0,60}?whichever (?:is|comes|occurs|happens) later',
    '(?<=[:：]\\s{0,3})whichever (?:is|comes|occurs|happens) later',
    '(?:the )?later of [^.;:]{0,60}?(?:or|and|\\([b-d2-4]\\)) (?:when|once|as soon as|until|whenever)\\b',
    '(?:no|not) later than(?= ?(?:$|[,.;)]|possible|needed|necessary|required|we can|you need|(?:the )?end of (?:the )?season))',
    'a confirmar',
    'por definir',
    'por confirmar',
    'à confirmer',
    'à définir',
    'offen',
    'folgt',
    'da (?:definire|confermare|decidere|concordare)',
    // "a convenir", "nach Vereinbarung", "a ser definida": left to a later agreement that may never come.
    'to be (?:agreed|defined|fixed)',
    'a (?:convenir|combinar|acordar)',
    'à convenir',
    'à déterminer',
    'a definir',
    'a ser(?:em)? definid[oa]s?',
    'nach Vereinbarung',
    'noch (?:festzulegen|offen)',
    // "conforme combinado com o vendedor", "do uzgodnienia", "uzgadniany indywidualnie": an agreement the order does not record.
    'conforme combinado',
    'como (?:combinado|acordado)',
    'do uzgodnienia',
    '(?:uzgadnian|ustalan)[ya] indywidualnie',
    'anlaşmaya göre',
    // Turkish "to be set later": "daha sonra belirlenecek", "sonra bildirilecek".
    '(?:daha )?sonra (?:belirlenecek|bildirilecek|karar verilecek)',
    'belirlenecek',
    'theo thỏa thuận',
    // "to be announced later" as each language says it: "sẽ thông báo sau", "akan diinformasikan kemudian", "akan
    // dimaklumkan kemudian", "se va anunța ulterior", "később egyeztetjük", "bude upřesněno", "zostanie podany
    // później", "meddelas senare", "da comunicare", "a informar". Whoever announces it, the order holds no value.
    'sẽ (?:được )?(?:thông báo|báo|xác nhận|cập nhật) sau',
    'akan (?:di)?(?:informasikan|beritahukan|kabarkan|konfirmasi|maklumkan|tentukan) (?:kemudian|nanti|menyusul|kelak)',
    'se va (?:anunța|anunta|comunica|stabili|confirma) (?:ulterior|mai târziu|mai tarziu)',
    'később (?:egyeztetjük|egyeztetendő|közöljük|értesítjük|kerül meghatározásra)',
    'bude (?:upřesněn|sdělen|potvrzen|stanoven)\\p{L}{0,2}(?: později| dodatečně)?',
    'zostanie (?:podan|ustalon|potwierdzon|określon|przekazan)\\p{L}{0,2}(?: później| w terminie późniejszym)?',
    '(?:meddelas|bekräftas|fastställs|bestäms) senare',
    'da comunicare',
    'a informar',
    // "Garantie: nach Absprache", "Logoposition: wird später besprochen", "à discuter", "por acordar": settled in a talk
    // the order does not record, as each language says it.
    'nach (?:Absprache|Rücksprache)',
    'wird (?:später |noch |separat )?(?:besprochen|abgestimmt|vereinbart|festgelegt|geklärt)',
    '(?:später|noch) (?:zu )?(?:besprechen|klären|abstimmen|vereinbaren)',
    'à (?:discuter|négocier)',
    'da (?:discutere|negoziare)',
    '(?:a|por) (?:discutir|negociar|acordar|tratar)',
    'do (?:ustalenia|negocjacji|omówienia)',
    'görüşülecek',
    'sẽ (?:thảo luận|trao đổi) sau',
    'akan (?:didiskusikan|dibahas)(?: kemudian| nanti)?',
  ]),
  scriptWords([
    'по договор[её]нности',
    'по согласованию',
    '(?:сообщим|уточним) позже',
    'будет (?:сообщ|уточн|определ)\\p{L}{0,4} (?:позже|дополнительно)',
    '(?:буде|будуть) (?:повідомлен|уточнен|визначен)\\p{L}{0,2} (?:пізніше|згодом|додатково)',
    'повідомимо (?:пізніше|згодом)',
    'θα (?:ανακοινωθεί|επιβεβαιωθεί|καθοριστεί|ενημερώσουμε)(?: αργότερα)?',
    '(?:بعداً|بعدا|متعاقباً|متعاقبا) اعلام (?:می‌شود|میشود|می شود|خواهد شد)',
    '(?:يحدد|يتحدد|سيحدد|يُحدد) (?:لاحقا|لاحقاً)',
    'سيتم (?:تحديده|تحديدها|الإعلان عنه|إبلاغكم به|تأكيده) (?:لاحقا|لاحقاً)',
    '(?:ייקבע|יימסר|יעודכן|יאושר) (?:בהמשך|מאוחר יותר|בהמשך)',
    'পরে (?:জানানো হবে|জানাব|জানাবো|নির্ধারণ করা হবে)',
    'बाद में (?:बताया|सूचित किया|तय किया) जाएगा',
    'बाद में बताएंगे',
    'بعد میں (?:بتایا|مطلع کیا|طے کیا) جائے گا',
  ]),
  cjk(['แจ้ง(?:ให้ทราบ)?ภายหลัง']),
  cjk([
    '待定',
    '待确认',
    '未定',
    '再定',
    '另议',
    '要相談',
    '別途相談',
    // "相談の上決定", "協議の上": settled in a later talk; Korean "추후 협의", "협의 후 결정", "미정".
    '(?:ご)?(?:相談|協議)の上',
    '別途協議',
    '추후 (?:협의|결정|통보|논의)',
    // "保修：面议", "保証：応相談", "보증: 별도 협의": terms left to a talk, in Chinese, Japanese and Korean.
    '面议',
    '面議',
    '(?:另行|双方)?协商(?:确定|决定)',
    '応相談',
    '別途 ?협의',
    '별도 ?협의',
    '협의(?= ?(?:[)）.。]|$))',
    '협의 후 결정',
    '미정',
  ]),
);

/**
 * Not followed by the number of the link or option picked: "link no. 5", "link #5", "enlace 3", "链接5号", "链接第5个".
 * A numbered pick names one entry of the supplier's own list; "same as link" leaves which page, and its changes, open.
 */
const PICK_NUMBER = String.raw`\s{0,2}(?:no\.?|nr\.?|n[º°.]|núm\.?|number|número|#|№|第)?\s{0,2}[1-9]\d?(?![\d.,:：%]|\s{0,2}(?:[%:：比]|(?![号个個款])\p{L}))`;
/**
 * The pick must be the whole answer: "same as link 2 or 3", "link 2 or similar", "as per link 5 but slightly
 * different", "details may change", "seller may update the page" leave the choice or the page open again.
 */
const PICK_LEFT_OPEN = String.raw`[^\n]*?(?:(?<!\p{L})(?:or|o|ou|oder|similar|similaire|parecid[oa]s?|simil[ei]|ähnlich|but|pero|mais|aber|may|might|can|update[sd]?|chang(?:e|es|ed)|vary|varies|approx(?:imately)?)(?!\p{L})|或|类似|差不多|可能|左右|更新|变化|變化)`;
const NUMBERED_PICK = `(?!${PICK_NUMBER}(?!${PICK_LEFT_OPEN}))`;

/** "same as sample / as picture / like the photo": a reference nobody can measure. */
/**
 * The kind of sample named as the reference: "PP sample", "pre-production sample", "approved counter sample". The
 * kind does not identify it: a PP sample is remade until approved, and only its number or date says which one binds
 * (SAMPLE_IDENTIFIED, SAMPLE_DATED).
 */
const SAMPLE_KIND =
  "(?:(?:approved|confirmed|PP|P\\.P\\.|pre-?production|PPS|counter|golden|reference|master|bulk|shipping|production|previous|original|buyer[’']s|last|sent) ){0,3}";

export const AS_SAMPLE = anyOf(
  latinWords([
    `(?:the )?same as (?:the |our |your )?(?:${SAMPLE_KIND}samples?|(?:approved |previous |original |last |sent )?(?:pictures?|photos?|images?|pics?|last order|before|drawing))`,
    `(?:as|like) (?:per |in |on |the |our |your )*(?:attached )?(?:${SAMPLE_KIND}samples?|pictures?|photos?|images?|pics?)(?: (?:we|you) sent)?`,
    // "per PP sample", "following the approved pre-production sample", "to match PP sample": with the kind named, the
    // other prepositions of reference too ("per sample" alone is also a price's unit).
    '(?:per|following|based on|to match|matching|in line with|conform(?:s|ing)? to) (?:the |our |your )?(?:(?:approved|confirmed|PP|P\\.P\\.|pre-?production|PPS|counter|golden|reference|master) ){1,3}samples?',
    '(?:PP|pre-?production|counter|golden) samples? standard',
    'as shown',
    'similar to (?:the |our )?(?:samples?|pictures?|photos?|images?)(?: (?:we|you) sent)?',
    // Suppliers' English: "similar like sample", "similar as the photo", "close to the sample".
    '(?:similar|same) (?:like|as|with) (?:the |our |your )?(?:samples?|pictures?|photos?|images?)(?: (?:we|you) sent)?',
    'close to (?:the |our |your )?(?:samples?|pictures?|photos?|images?)',
    `according to (?:the )?(?:${SAMPLE_KIND}samples?|pictures?|photos?)`,
    `refer to (?:the )?(?:${SAMPLE_KIND}samples?|pictures?|photos?)`,
    'design like the sample photo',
    'igual (?:a|que|à) (?:la |a )?(?:muestra|foto|imagen|amostra|figura)',
    'como (?:en |na )?(?:la |a )?(?:foto|imagen|muestra|imagem|amostra)',
    'según (?:la )?(?:foto|imagen|muestra)',
    "comme (?:sur )?(?:la |l[’'])?(?:photo|image|échantillon)",
    "identique à l[’']échantillon",
    // "identique à la photo du site", "identique au lien": the listing's picture or page, which the seller can change.
    "identiques? (?:à la |à l[’']|au |aux )(?:photos?|images?|lien|annonce|fiche)",
    // A listing link as the spec: "same as the link", "as per listing", "como el enlace", "wie im Link". A link or
    // option the buyer picked by its number ("as per link no. 5", "como el enlace 3") is a choice from the supplier's
    // own numbered catalogue, the item itself, not a likeness to a page (NUMBERED_PICK).
    `(?:the )?same as (?:the |your |our )?(?:link|listing|product page)${NUMBERED_PICK}`,
    `as (?:per )?(?:the )?(?:link|listing)${NUMBERED_PICK}`,
    `(?:igual (?:al?|que el) |como (?:en )?el )(?:enlace|link|anuncio)${NUMBERED_PICK}`,
    "conforme à l[’']échantillon",
    // "selon échantillon", "d'après l'échantillon", "suivant photo": the French prepositions of reference, article or not.
    "(?:selon|suivant|d[’']après) (?:la |le |l[’'])?(?:photo|image|échantillon)",
    'wie (?:auf dem |das )?(?:Foto|Bild|Muster)',
    'nach (?:Foto|Bild|Muster)',
    'gemäß (?:Foto|Bild|Muster)',
    'conforme (?:a )?(?:foto|amostra)',
    '(?:come|uguale) (?:da |a(?:l|lla)? |nel(?:la)? |il |la )?(?:foto|immagine|campione|figura)',
    'secondo (?:il |la )?(?:foto|immagine|campione)',
    'simile (?:a(?:l|lla)? )?(?:foto|immagine|campione)',
    // Polish and Turkish: "jak w próbce", "zgodnie z wzorem", "numune gibi", "resimdeki gibi".
    'jak (?:w |na )?(?:próbce|próbka|wzorze|wzór|zdjęciu|zdjęcie|obrazku)',
    '(?:zgodnie z|według) (?:próbką|próbki|wzorem|wzoru|zdjęciem|zdjęcia)',
    // Czech: "dle vzorku", "podle fotky", "jako na obrázku", "stejná jako vzorek", "viz foto".
    '(?:dle|podle|dl\\.|ve shodě se|v souladu se) (?:(?:zaslaného|schváleného|dodaného|původního|našeho|vašeho) )?(?:vzorku|vzoru|fotky|fotografie|foto|obrázku)',
    '(?:(?:stejn[éáýí]|shodn[éáýí]) )?jako (?:na |v |u )?(?:(?:zaslaném|zaslaný|schváleném|původním|původní) )?(?:vzorek|vzorku|vzor|fotce|fotografii|fotka|obrázku|obrázek)',
    'viz (?:foto|fotka|obrázek|vzorek)',
    '(?:numune|numunedeki|resimdeki|fotoğraftaki|görseldeki|örnekteki) gibi',
    '(?:numuneye|örneğe|resme|fotoğrafa) (?:göre|uygun)',
    'laut (?:Muster|Foto|Bild)',
    // Indonesian and Vietnamese: "sesuai gambar", "seperti foto", "như hình", "giống mẫu", "theo ảnh".
    '(?:sesuai|seperti|sama (?:dengan|seperti)) (?:di |dengan )?(?:gambar|foto|contoh|sampel)',
    '(?:như|giống(?: như)?|theo) (?:trong )?(?:hình|ảnh|mẫu)',
    // Dutch: "zoals op de foto", "volgens monster", "gelijk aan het staal".
    '(?:zoals|als|volgens|gelijk aan) (?:op |in )?(?:de |het )?(?:foto|afbeelding|plaatje|monster|staal)',
    // Hungarian: "a képen látható", "kép szerint", "mint a mintán", "a mintával megegyező".
    '(?:a )?(?:kép|fotó|minta|mintadarab)(?:en|on|n)? (?:látható|szerint|alapján)',
    '(?:mint|ahogy) a (?:képen|fotón|mintán|minta|mintadarab)',
    '(?:a )?mintával (?:megegyező|azonos)',
    // Swedish: "enligt bild", "som på bilden", "samma som provet".
    '(?:enligt|som på|som i|likt|liknande) (?:bild(?:en)?|foto(?:t)?|prov(?:et)?|varuprov(?:et)?|fotot)',
    'samma som (?:provet|bilden|fotot|varuprovet)',
    // Romanian: "conform pozei", "ca în imagine", "la fel ca mostra".
    '(?:conform|ca (?:în|pe)|la fel ca|identic cu) (?:poza|pozei|poză|fotografi(?:a|ei|e)|imagin(?:ea|ii|e)|mostr(?:a|ei|ă)|eșantion(?:ul|ului)?)',
  ]),
  scriptWords([
    'как (?:в|на) (?:образце|фото|фотографии|картинке)',
    '(?:по|согласно) (?:образцу|фото|картинке)',
    'как образец',
    // Ukrainian: "як на фото", "згідно зразка", "за зразком", "відповідно до фото".
    '(?:як|згідно(?: з)?|відповідно до|за) (?:на |у |в )?(?:фото|зразк\\p{L}{0,2}|картинц\\p{L}|картинки|зображенн\\p{L})',
    // Greek: "όπως στη φωτογραφία", "σύμφωνα με το δείγμα", "ίδιο με το δείγμα".
    '(?:όπως|σύμφωνα με|ίδι(?:ο|α|ος) με) (?:(?:σ)?τη(?:ν)? |(?:σ)?το |η )?(?:φωτογραφία|εικόνα|δείγμα)',
    // Hebrew: "לפי התמונה", "כמו בתמונה", "בהתאם לדוגמה", "זהה לדוגמה".
    '(?:לפי|כמו|בהתאם ל|זהה ל|כמו ב)ה?(?:תמונה|תמונות|דוגמה|דוגמא|צילום)',
    // Arabic: "حسب الصورة", "مثل العينة", "كما في الصورة", "مطابق للعينة".
    '(?:حسب|بحسب|مثل|كما في|طبق|مطابق ل|مطابقة ل)\\s?(?:ال)?(?:صورة|صور|عينة)',
    // Persian: "مطابق نمونه", "مانند عکس", "طبق تصویر", "مثل نمونه", "همانند عکس"; the ye and kaf in either form.
    '(?:مطابق|طبق|مانند|همانند|مثل|شبیه|شبيه|عین|عين|براساس|بر اساس)\\s?(?:با |به )?(?:نمونه|عکس|[تت]صو[یي]ر)(?:\\u200c?(?:ها|ی|ي))?',
    // Urdu: "تصویر کی طرح", "نمونے کے مطابق", "تصویر کے مطابق", "سیمپل جیسا".
    '(?:تصو[یي]ر|نمونے|نمونہ|سیمپل|فوٹو|تصویروں) (?:کی طرح|کے مطابق|جیسا|جیسی|جیسے)',
    // Bengali: "নমুনা অনুযায়ী", "ছবির মত/মতো", "ছবি অনুযায়ী", "স্যাম্পলের মতো".
    '(?:নমুনা|নমুনার|ছবি|ছবির|ফটো|ফটোর|স্যাম্পল|স্যাম্পলের) (?:অনুযা(?:য়|য়)ী|মত|মতো|মতন|অনুসারে|মোতাবেক)',
    // Hindi: "नमूने जैसा", "सैंपल के अनुसार", "फोटो के मुताबिक", "तस्वीर की तरह".
    '(?:नमूने|नमूना|नमूनों|सैंपल|सैम्पल|सेम्पल|फोटो|फ़ोटो|तस्वीर|चित्र|इमेज) (?:(?:के|की) )?(?:जैसा|जैसी|जैसे|अनुसार|मुताबिक|मुताबिक़|समान|तरह)',
  ]),
  cjk([
    '按样品',
    '同样品',
    '跟样品一样',
    '与样品一致',
    '和样品一样',
    '按图片',
    '如图',
    '同图片',
    '参照图片',
    '按照片',
    '参考图片',
    '和图片一样',
    '按样',
    // A listing link as the spec: "同链接", "跟链接一样", "按链接".
    `(?:同|按|跟|和|与)(?:链接|連結|页面|頁面)${NUMBERED_PICK}(?:一样|一致|相同)?`,
    // Japanese: "サンプル通り", "見本と同じ", "写真どおり".
    '(?:サンプル|見本|写真|画像)(?:と同じ|と同様|通り|どおり)',
    // Thai: "ตามรูป" (as the picture), "ตามภาพ", "ตามตัวอย่าง" (as the sample), "เหมือนรูป" (like the picture).
    '(?:ตาม|เหมือน|เหมือนกับ)(?:ใน)?(?:รูป(?:ภาพ)?|ภาพ|ตัวอย่าง|แบบ)',
  ]),
);

/**
 * The number must be the sample's: an order's, a quote's or an invoice's number ("đơn hàng số 2231", "devis réf.
 * D-2231", "PO no. 4512") finds a document again, not the sample the colour is held to.
 */
const NOT_A_DOCUMENTS = String.raw`(?<!(?:order|PO|invoice|quot(?:e|ation)|contract|devis|commande|facture|offre|contrat|pedido|factura|cotizaci[oó]n|presupuesto|contrato|Bestellung|Auftrag|Angebot|Rechnung|Vertrag|ordine|preventivo|fattura|encomenda|fatura|or[cç]amento|zam[oó]wieni\p{L}{0,2}|faktur\p{L}{0,2}|ofert\p{L}{0,2}|umow\p{L}{0,2}|bestelling|offerte|factuur|đơn hàng|đơn đặt hàng|hóa đơn|báo giá|hợp đồng)\s{1,3})`;
/**
 * A signature the line denies is none: "non signé", "aún no firmada", "noch nicht unterschrieben", "próbka nie
 * została podpisana", "chưa ký", "not yet signed".
 */
const NOT_DENIED = String.raw`(?<!(?<![\p{L}])(?:non|not|no|nie|nicht|pas|não|niet|chưa|never|nunca|jamais)\s{1,3}(?:(?:yet|been|aún|todavía|noch|encore|ainda|nog|została|został|zostało|jest|ist|wurde|est|été|é|foi|fue|está|ha|has|is|was|sido|worden)\s{1,3}){0,3})`;

/** A sample that can be found again (numbered, sealed, signed) is a real standard, unlike "as sample". */
export const SAMPLE_IDENTIFIED = anyOf(
  String.raw`${NOT_A_DOCUMENTS}(?:r[eé]f\.?|no\.?|nr\.?|n\.|n[º°o]\.?|(?<!\p{L})số|(?<!\p{L})č\.|№|#|id|编号|رقم|شماره|نمبر|नंबर|नं\.?|संख्या|নং|নম্বর|מס['׳]?|หมายเลข|เลขที่|번호|番号)\s{0,3}[:：]?\s{0,3}[A-ZА-Я]{0,8}-?[\d٠-٩۰-۹০-৯०-९]`,
  NOT_DENIED +
    latinWords([
      'sealed',
      'signed',
      // "échantillon signé", "muestra firmada", "amostra assinada", "campione firmato", "monster ondertekend",
      // "mẫu đã ký": a sample both sides signed is kept by both, as a sealed one is.
      'signée?',
      'firmad[oa]',
      'assinad[oa]',
      'firmat[oa]',
      'unterschrieben(?:e[sn]?)?',
      'ondertekend',
      'podpisan\\p{L}{0,3}',
      'đã ký',
      'có chữ ký',
      'versiegelt',
      'scellé',
      'sellad[oa]',
      'lacrad[oa]',
      'zapečetěn\\p{L}{0,3}',
      'podepsan\\p{L}{0,3}',
    ]),
  // "un-" on the word itself: "unsigned", "unsealed" are no signature either; WORD_START keeps them out above.
  // "以双方封存的大货样 HZ-0912-03 为准": a sample both sides sealed and kept.
  cjk(['封样', '签字', '封存']),
);

/**
 * "or similar", "or equivalent", "o similar", "ou similaire", "oder ähnlich", "或类似": after a named sample or code, the
 * door reopened to any other the supplier calls alike.
 */
export const OR_SIMILAR = anyOf(
  latinWords([
    'or (?:something |anything )?(?:similar|equivalent|alike|close)',
    'or the like',
    'o (?:similar|equivalente|parecido|simil[ei])',
    'ou (?:similaire|équivalente?|semelhante|equivalente|parecido)',
    'oder (?:ähnlich|gleichwertig|vergleichbar)(?:e[sn]?)?',
    'lub podobn\\p{L}{1,2}',
    '(?:veya|ya da) benzeri',
    'of (?:vergelijkbaar|gelijkwaardig)',
  ]),
  cjk(['或类似', '或相近', '或近似', '或同等']),
);

/** A sample named as the reference ("counter-sample", "golden sample", Gegenmuster, 封样), identified or not. */
const SAMPLE_WORD =
  /samples?|muestras?|amostras?|échantillons?|Muster|campion[ei]|próbk\p{L}*|wzor\p{L}*|wzór|vzor\p{L}*|numune\p{L}*|образ\p{L}*|mẫu|sampel|contoh|monsters?|見本|サンプル|样品|样板|封样|货样|샘플|견본|عينة|العينة|ตัวอย่าง|зраз(?:ок|к\p{L}{0,3})|δείγμα(?:τος)?|דוגמ(?:ה|א)|mostr(?:a|ei|ă|ele)|eșantion\p{L}{0,4}|نمون(?:ه|ے)|নমুনা|স্যাম্পল|नमून[ाेी]|सैंपल|(?<!\p{L})(?:mint(?:a|ával|ának|adarab)|(?:varu)?prov(?:et)?)(?!\p{L})/iu;

/**
 * "counter-sample CS-0412 sealed and signed by both parties", "dimensions as per approved sample ref S-12": a
 * numbered, sealed or signed sample is kept by both sides and can be measured against; a bare "as sample" cannot.
 */
export function heldToIdentifiedSample(text: string): boolean {
  // "as sample S-1 or similar": the numbered sample named, then any other like it allowed; nothing is pinned.
  if (test(OR_SIMILAR, text)) return false;
  return (
    (SAMPLE_WORD.test(text) &&
      (test(SAMPLE_IDENTIFIED, text) || SAMPLE_CODE.test(text) || SAMPLE_DATED.test(text))) ||
    PPS_CODE.test(text)
  );
}
/**
 * A month by its word, in the languages the dated samples are written in; whole words only, so "2 sets" or "3 mail"
 * are no months (and no bare "set", "mag", "gen": words of their own).
 */
const MONTH_WORD =
  '(?:jan(?:uary|vier|eiro|uar)?|janv|feb(?:ruary|rero|braio|ruar)?|fév(?:rier)?|févr|mar(?:ch|zo|s|ço)?|mär(?:z)?|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mayo|mai|maggio|maio|jun(?:e|io|i|ho)?|juin|giu(?:gno)?|jul(?:y|io|i|ho)?|juil(?:let)?|lug(?:lio)?|aug(?:ust)?|ago(?:sto)?|août|sep(?:t(?:ember|iembre|embre)?)?|sett(?:embre)?|setembro|oct(?:ober|ubre|obre)?|okt(?:ober)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|iembre|embre|embro)?|dec(?:ember)?|dic(?:iembre|embre)?|déc(?:embre)?|dez(?:ember|embro)?|ene(?:ro)?|gennaio)\\.?(?!\\p{L})';
/**
 * A sample pinned by the day it was approved or sent: "PP sample approved 12 May", "counter sample dated 2026-03-03",
 * "muestra aprobada el 12/05/2026". Both sides can tell that sample from the remakes before it. A real date only: a
 * month word, a year, or day and month with a year; "sample 3-4", "sent 1-2 days ago", "sample 1/2" are no dates.
 */
const SAMPLE_DATED = new RegExp(
  `(?:samples?|muestras?|amostras?|échantillons?|Muster|campion[ei]|样品|样板|产前样)[^,;，；]{0,24}?(?:approved|dated|confirmed|signed|sealed|sent|received|of|from|aprobad[oa]|fechad[oa]|del?|approuvée?|validée?|du|vom|freigegeben(?: am)?|approvat[oa]|aprovad[oa]|em)?\\s{0,2}(?:on\\s{1,2})?(?:\\d{1,2}(?:st|nd|rd|th)?\\.?[ -]?(?:de |of )?${MONTH_WORD}(?:,?[ ./-]\\d{4}|[ ./-]\\d{2}(?!\\d))?|${MONTH_WORD} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2}([./-])\\d{1,2}\\1(?:\\d{4}|\\d{2})|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日)(?!\\d)`,
  'iu',
);
/** The pre-production sample by its own code: "PPS-0412", "PPS 22-118" (PPS is the sample's usual abbreviation). */
const PPS_CODE =
  /\bPPS[-_ #]?(?:no\.?\s?)?[A-Z]{0,4}[-_ ]?\d{1,8}(?![\d.,]?\d|\s{0,2}(?:mm|cm|m|g|kg|ml|pcs|%))/u;
/** The sample by its code right after the word: "golden sample GS-22", "Gegenmuster GM 0412", "样品 YP-3". */
// Vietnamese "theo mẫu W-05", Indonesian "sampel S-12", Dutch "monster M-3", Turkish "numune N-7": the same code.
// "muestra aprobada CH-22", "échantillon validé V-118", "campione approvato C-7", "mẫu đã duyệt M-14": the approval
// word between the sample and its code does not unname it.
// "sample batch 2024-11-B", "Muster Charge 24-117", "muestra lote L-0311": the batch code names the sample kept as well.
// "amostra padrão AP-3", "campione standard CS-9", "Standardmuster SM-04": the sample's kind between it and its code.
// "ähnlich Farbmuster FM-31": a sample the colour only resembles holds it to nothing (detect-color.ts, RESEMBLES); the
// lower-case "muster" read inside a compound must not skip that reading.
const SAMPLE_CODE =
  /(?<!(?:ähnlich\p{L}{0,3}|similar\p{L}{0,2}|proche|simile|parecid[oa]|semelhante|vergelijkbaar|benzer)\s{1,3}\p{L}{0,12})(?:samples?|muestras?|amostras?|échantillons?|[Mm]uster|campion[ei]|mẫu|sampel|monsters?|numune|vzor(?:ek|ku|u)|样品|样板|封样|货样|샘플|견본|(?:ال)?عينة|ตัวอย่าง|नमून[ाेी]|सैंपल|सैम्पल|образ(?:ец|ца|цу|цом)|зраз(?:ок|ка|ку|ком)|próbk[aią]|wzor(?:zec|ca|cem|u|em)?|δείγμα(?:τος)?|mostr(?:a|ei|ă)|নমুনা)(?:\s{1,2}(?:padr[aã]o|est[aá]ndar|standard|étalon|tipo|de referencia|de référence|di riferimento))?(?:\s{1,2}(?:aprobad[oa]|aprovad[oa]|validée?|approuvée?|approvat[oa]|convalidat[oa]|freigegeben(?:e[sn]?)?|goedgekeurd(?:e)?|zatwierdzon\p{L}{1,3}|đã duyệt|onaylı))?\s{0,3}(?:[A-Z]{1,8}[-_ ]?\d{1,8}(?![\d.,]?\d|\s{0,2}(?:mm|cm|m|g|kg|ml|pcs|%))|(?:batch|lot|Charge|lote|lotto|partia|partii)\s{1,2}(?:no\.?\s{0,2}|#\s{0,2})?[A-Z]{0,4}-?\d[\dA-Z]{1,7}(?:[-_/][\dA-Z]{1,6}){0,3}(?![\w.,]?\d))/u;

/** A document a design is kept in: artwork, proof, drawing, tech pack, dieline, spec sheet. */
// "maqueta aprovada REF-2291": the mock-up (es/pt maqueta, pt-BR maquete, fr maquette) named by its reference, approved or not.
// "per file LG-01", "nach Datei LG-01", "selon fichier LG-01": a file named by its code is as fixed as a drawing is.
// The noun first, as Indonesian, Malay, Vietnamese and the Romance languages write it: "file desain v2", "tệp thiết kế
// TK-03", "archivo de diseño D-12".
const DESIGN_DOC =
  '(?:artwork|art ?file|proof|drawing|dwg|tech ?pack|dieline|die[- ]line|design(?: file)?|spec(?:ification)? sheet|data ?sheet|print file|mock[- ]?up|maquet(?:a|e|te)|layout|blueprint|plano|plan|dessin|Zeichnung|desenho|disegno|výkres|rysun(?:ek|ku)|tekening|çizim(?:i)?|packing (?:spec(?:ification)?|instruction|sheet)|Stanz(?:form|kontur|linie)(?:-?Datei)?|Druck(?:datei|daten|vorlage)|fichier de découpe|forme de découpe|(?:archivo de )?troquel|fustella|file (?:di stampa|fustella)|arquivo (?:da faca|de impressão)|fiche(?: d[\\u2019\\x27 ]?emballage| technique)?|ficha(?: técnica| de embalaje)?|Verpackungs(?:vorschrift|anweisung|spezifikation)|(?:logo |artwork |print )?(?:file|Datei|fichier|archivo|arquivo|fișier(?:ul)?|fişier(?:ul)?)|(?:file|berkas|fail|tệp|archivo|arquivo|fichier) (?:desain|design|reka ?bentuk|thiết kế|de (?:diseño|design|conception))|arte(?: final)?|BAT|dise[ñn]o|gr[aá]fica)s?(?: (?:aprovad[ao]|aprobad[ao]|approuvée?|validée?|validad[ao]|approved|freigegebene?|approvat[ao]))?';
/**
 * A reference naming one document: a letter-led code with a digit (PRF-0815,
 * TP-SS26-014, LD-2231), a number after "no."/"#", or digit groups joined by
 * - _ / (22-117), not followed by a unit (then it is a size).
 */
const REF_ID = anyOf(
  String.raw`[A-Z]{1,8}(?:[-_][A-Z]{1,8}){0,2}[-_]?\d[A-Z0-9]{0,12}(?:[-_./][A-Z0-9]{1,12}){0,4}(?![\w-])`,
  // "no. 12", "n° D-4471", "n.º D-4471", "№ 12", "č. 7": the number sign as each language writes it.
  String.raw`(?:no\.?|nr\.?|#|number|n\.?\s?[°º]|№|č\.)[ \t:]{0,3}[A-Z]{0,4}-?\d[\w-]{0,20}`,
  // "réf. EMB-09", "ref. PK-12": the reference word before the code.
  String.raw`(?:r[ée]f\.?|ref(?:erence)?)[ \t:]{0,3}[A-Z]{1,8}[-_]?\d[\w-]{0,20}`,
  String.raw`\d{2,12}(?:[-_/]\d{2,12}){1,3}(?![\w-])(?![ \t]?(?:mm|cm|m|in|inch|pcs|days?|%))`,
  // "approved artwork v3", "arte aprobado rev. B", "Druckvorlage Version 2", "BAT validé v2": the document's version
  // names one state of it, as a code does.
  String.raw`(?:rev(?:ision|isi[oó]n|isão)?\.?|v(?:er(?:sion|sión|são|s\.)?)?\.?)[ \t]{0,2}(?:[A-Z]|\d{1,3}(?:\.\d{1,2})?)(?![\w-])`,
);

/** A design file attached or named by file name, drawing number or document reference. */
/** After a file named in a script without spaces: words saying it is still to come. */
const FILE_NOT_YET = String.raw`(?![^,，;；。\n]{0,24}?(?:待定|待提供|以后|以後|稍后|稍後|后发|後發|后补|後補|再发|再發|나중|예정|추후|позже|потом|ทีหลัง|ภายหลัง|لاحق|later|TBD|TBC))`;
export const DESIGN_FILE = anyOf(
  // Bounded and anchored at a token start: an unbounded [\w.-]+ backtracks quadratically on long tokens.
  String.raw`(?<![\w.-])[\w-]{1,64}(?:\.[\w-]{1,32}){0,2}\.(?:ai|ait|eps|pdf|svg|dxf|dwg|step|stp|cdr|psd|igs|iges|tiff?|indd|ps|dst|pes|emb|exp|jef|x_t|sldprt|stl|3mf)(?![A-Za-z])`,
  `${latinWords([DESIGN_DOC])}[ \t:]{0,3}${REF_ID}`,
  latinWords([
    '(?:attached|enclosed) (?:\\w+ ){0,2}(?:file|drawing|artwork|design|vector|pdf|ai|tech pack)s?',
    '(?:file|drawing|artwork|tech pack)s? (?:\\w+ )?attached',
    'drawing (?:no\\.?|#|number)? ?[A-Z]{0,8}-?\\d{1,12}',
    'DWG-?\\d{1,12}',
    // "logo 18x4mm per AW-LIP-03": a document code of two or more lettered groups and a number, pointed at with "per";
    // buyers code their artwork and spec sheets so. A one-group code ("per EN-71", "per ISO-9001") is a standard.
    '(?:as per|per|according to|following|to match) (?:ref\\.? )?[A-Z]{2,6}-[A-Z]{2,8}-\\d{1,4}[A-Za-z]?(?![\\w-])',
    'archivo (?:\\w+ )?adjunto',
    'fichier (?:\\w+ )?joint',
    'beigefügte[rn]? (?:\\w+-)?Datei',
    'arquivo (?:\\w+ )?anexo',
    'file (?:\\w+ )?allegato',
    '(?:AI|PDF|EPS|CDR|vector)(?: or (?:AI|PDF|EPS|CDR|vector))? (?:format|files?)',
    // The noun first, as Vietnamese, Indonesian and the Romance languages write it: "file AI khách gửi", "fichier
    // vectoriel PDF", "archivo AI", "arquivo vetorial", "berkas CDR".
    '(?:file|tệp|fichier|archivo|arquivo|Datei|plik|dosya(?:sı)?|berkas) (?:thiết kế |de diseño |design )?(?:AI|PDF|EPS|CDR|SVG|vector|vectoriel|vectorial|vetorial|vettoriale|wektorowy|vektör(?:el)?|vektor)',
  ]),
  cjk([
    '附件',
    '设计文件',
    '矢量文件',
    '图纸编号',
    '图纸\\s{0,2}[A-Z]{1,8}-?\\d',
    '図面番号',
    '図面\\s{0,2}[A-Z]{1,8}-?\\d',
    '도면 ?번호',
  ]),
  // The file's format named beside the word for "file" in Korean, Japanese, Chinese, Russian, Arabic and Thai:
  // "고객 제공 AI 파일", "AIファイル", "AI文件", "файл AI", "ملف AI المرفق", "ไฟล์ AI".
  // Only a file that is there: not one still to come ("AI文件待定", "AI 파일 나중에", "файл AI пришлем позже") or asked for
  // ("请提供AI文件").
  String.raw`(?<!(?:请|請)?(?:提供|发|發|给|給)\s{0,2})(?<![A-Za-z])(?:AI|PDF|EPS|CDR|SVG|DXF)\s{0,2}(?:파일|ファイル|文件|格式|[- ]?файл\p{L}{0,2})${FILE_NOT_YET}`,
  String.raw`(?:파일|ファイル|文件|(?<![\p{L}])файл\p{L}{0,2}|(?<![\p{L}])(?:ال)?ملف|ไฟล์)\s{0,2}(?:AI|PDF|EPS|CDR|SVG|DXF)(?![A-Za-z])${FILE_NOT_YET}`,
);

/**
 * A pointer back to the governing document: "as stated on the drawing", "per
 * drawing", "see spec sheet", "come da disegno", "按图纸". On a line that names
 * a controlled document (DESIGN_FILE), it makes whatever the drawing governs —
 * dimensions, tolerances, material — as precise as the drawing itself.
 */
export const DOC_BACKREF = anyOf(
  latinWords([
    "(?:as (?:stated|shown|specified|given|defined|per)|per|see|according to|refer(?:ring)? to|acc\\.? to|to) (?:(?:on|in) )?(?:the |our |your |(?:customer|client|buyer)[’']?s? |attached )?(?:(?:latest|current|newest|final|updated|approved) )?(?:drawing|dwg|print|blueprint|spec(?:ification)? sheet|data ?sheet|tech ?pack|title block)s?",
    '(?:on|in) the (?:drawing|title block|spec(?:ification)? sheet)',
    'según (?:el )?plano',
    'selon (?:le )?(?:plan|dessin)',
    'gemäß (?:der )?Zeichnung',
    'laut Zeichnung',
    'conforme (?:o )?desenho',
    '(?:come da|secondo(?: il)?) disegno',
    // The same back-reference in the other languages read: "dle výkresu", "wg rysunku", "çizime göre", "theo bản vẽ",
    // "sesuai gambar", "volgens tekening", "enligt ritning", "conform desenului", "a rajz szerint".
    '(?:dle|podle|podľa) (?:výkresu|výkresovej dokumentácie|výkresové dokumentace)',
    '(?:wg|według|zgodnie z) rysunk(?:u|iem)(?: technicznym)?',
    '(?:teknik )?(?:çizime|resme) göre',
    'theo bản vẽ',
    '(?:sesuai|mengikut|ikut) (?:gambar (?:kerja|teknik)|lukisan(?: teknikal)?)',
    'volgens (?:de )?tekening',
    'enligt ritning(?:en)?',
    'conform (?:desenului|desen)',
    '(?:a )?rajz szerint',
  ]),
  scriptWords([
    '(?:по|согласно) чертеж(?:у|ам)',
    '(?:за|згідно з|відповідно до) креслення(?:м)?',
    'σύμφωνα με το σχέδιο',
    '(?:طبق|مطابق|بر اساس) نقشه',
    '(?:حسب|وفق|بحسب) (?:الرسم(?: الفني)?|المخطط)',
    'לפי (?:ה)?שרטוט',
    'ड्राइंग के (?:अनुसार|मुताबिक)',
  ]),
  '(?<![\\p{Script=Hangul}])도면(?:에 따름|에 따라|대로| 기준| 참조)',
  cjk(['按图纸', '按照图纸', '依图纸', '见图纸', '図面通り', '図面による', '図面の通り', '図面に従う']),
);

/** Inspection companies by name: an inspector who is not the supplier. */
export const INSPECTION_BODY_WORDS = [
  'SGS',
  'Intertek',
  'BV',
  'Bureau Veritas',
  'QIMA',
  'AsiaInspection',
  'Asia Inspection',
  'TÜV',
  'TUV',
];

/** Third-party or standardised quality checks. */
export const INSPECTION = anyOf(
  latinWords([
    'AQL',
    ...INSPECTION_BODY_WORDS,
    'inspection',
    'inspected',
    'inspect',
    'QC',
    'inspección',
    'inspeção',
    'Inspektion',
    'Prüfung',
    'contrôle qualité',
  ]),
  cjk(['验货', '检验', '第三方检测', '质检']),
);

/**
 * "as per buyer's instruction", "según indicaciones del cliente", "nach Kundenvorgabe", "按客户要求": the goods held to
 * what the buyer asked for somewhere the order does not record. Whichever request the buyer meant, the supplier
 * can say it was met.
 */
export const BUYER_INSTRUCTION = anyOf(
  latinWords([
    "(?:as per|according to|per|based on|follow(?:ing)?|as) (?:the )?(?:buyer|customer|client)(?:[’']?s)? (?:requirements?|requests?|needs?|demands?|instructions?|directions?|specifications?|wish(?:es)?)",
    'as (?:requested|instructed|required) by (?:the )?(?:buyer|customer|client)',
    '(?:según|conforme|de acuerdo con) (?:los |las |as |os |el |a )?(?:requisitos|exigencias|pedido|instrucciones|indicaciones|instruções|indicações|solicitação) del? (?:cliente|comprador)',
    '(?:selon|suivant) (?:les )?(?:exigences|instructions|indications|consignes) (?:du client|de l[’\x27]acheteur)',
    '(?:nach|gemäß|laut) (?:Kundenwunsch|Kundenvorgabe|Kundenanweisung|Vorgabe des Kunden|Anweisung des Kunden)',
    '(?:secondo|come da) (?:le )?(?:istruzioni|richieste|indicazioni) del (?:cliente|compratore)',
    'zgodnie z (?:instrukcją|wymaganiami|życzeniem) (?:klienta|kupującego)',
    'müşteri(?:nin)? (?:talimatına|isteğine|talebine) göre',
    'theo (?:yêu cầu|hướng dẫn) (?:của )?khách(?: hàng)?',
    '(?:sesuai|menurut) (?:permintaan|instruksi) (?:pembeli|pelanggan)',
  ]),
  scriptWords([
    'по (?:указанию|требованию|желанию) (?:заказчика|покупателя|клиента)',
    'حسب (?:طلب|تعليمات) (?:العميل|المشتري)',
  ]),
  cjk(['按(?:客户|买家)(?:要求|指示)', '(?:お客様|バイヤー)の(?:指示|要望)通り']),
);
