import { anyOf, type ChatPattern } from '../match';
import { ANY_DETAILS } from './details-by-other-channel';

/**
 * The seller's number or payment details shown in a picture or on a business card instead of written in the chat:
 * "meine Nummer steht auf dem Foto", "мой номер на фото", "mera number photo mein hai", "số điện thoại em có trong
 * ảnh", "電話番号は写真に載っています", "收款信息在我名片上". Sellers send their card as an image so that the chat's
 * number filter never reads the digits (unnamed-channels.ts reads this in English, Spanish and Portuguese). Each
 * language reads an owned contact word (mine / ours, or the phone itself) in the same clause as a picture or a card;
 * a number that names a thing ("order number", "Bestellnummer", "номер заказа") is not a contact word.
 * Words over normalised text (lower case, Latin accents folded).
 */

/** The same clause. */
const GAP = '[^.!?;。！？\\n]{0,30}?';

/**
 * A number word that goes on to name a thing of the goods: "notre numéro de modèle", "il nostro numero di catalogo",
 * "nasz numer katalogowy", "наш номер модели". That number is printed on the product or its label, not a line to call.
 */
const OF_A_THING =
  '(?!\\s+(?:(?:de|du|des|d|di|del|della|dell)\\s?)?(?:modele|modello|catalogue|catalogo|reference|riferimento|serie|article|articolo|commande|ordine|produit|prodotto|lot|lotto|facture|fattura|suivi|piece|pezzo)\\b)';
const OF_A_THING_PL =
  '(?!\\s+(?:katalogow|modelu|seryjn|zamowieni|produktu|artykulu|partii|faktury|przesylki|czesci))';
const OF_A_THING_RU = '(?!\\s+(?:модел|каталог|артикул|заказ|парти|сери|товар|накладн|счет|счёт|детал))';

/** An owned number or contact, per language (the number word right after the owner). */
const OWNED_NUMBER = [
  '\\b(?:meine|unsere)\\s+(?:handy|telefon|whats\\s?app)?(?:nummer|kontakt\\w*|kontaktdaten)\\b',
  `\\b(?:mon|notre)\\s+(?:numero\\b${OF_A_THING}|contact\\b)`,
  `\\b(?:il\\s+)?(?:mio|nostro)\\s+(?:numero\\b${OF_A_THING}|contatto\\b)`,
  `\\b(?:moj|nasz)\\s+(?:numer\\b${OF_A_THING_PL}|kontakt\\b)`,
  '\\b(?:mijn|ons)\\s+(?:telefoon)?(?:nummer|contact\\w*)\\b',
  '\\b(?:benim|bizim)\\s+(?:numaram\\w*|iletisim\\w*)|\\bnumaram(?:iz)?\\b',
  '\\b(?:so\\s+(?:dien\\s+thoai|dt|zalo)|sdt)\\s+(?:cua\\s+)?(?:em|anh|chi|minh|toi|shop|ben\\s+em)\\b',
  '\\b(?:nomor|no\\.?\\s?(?:hp|wa|telp))\\s+(?:saya|aku|kami|toko)\\b|\\bnombor\\s+(?:saya|kami)\\b',
  '\\b(?:mera|meri|hamara|apna)\\s+(?:mobile\\s+|phone\\s+|whats\\s?app\\s+)?(?:number|no\\.?|nambar|contact)(?![a-z])',
  `(?<![\\p{L}])(?:мой|моя|мои|наш|мій|моє|менің|біздің)\\s+(?:номер\\p{L}*(?![\\p{L}])${OF_A_THING_RU}|контакт\\p{L}*|нөмір\\p{L}*)|(?<![\\p{L}])нөмірім`,
  '\\b(?:mening|bizning)\\s+(?:raqam\\w*|telefon\\w*)|\\braqamim\\b',
  '(?:میرا|ہمارا|میری)\\s+(?:موبائل\\s+|فون\\s+)?(?:نمبر|رابطہ)|شماره\\s+(?:من|ما|تماس)',
  '(?:電話番号|連絡先|携帯番号)',
  // Chinese names the owner ("我的电话号码", "我们的联系方式"); a bare "电话号码" on a card is as likely the printed
  // sample of a business-card maker. Payment-receiving details (收款) are the seller's own by their nature.
  '(?:我|我们|我們|本人|我司)的?\\s?(?:(?:电话|電話)号码|電話號碼|手机号|手機號|联系方式|聯繫方式|聯絡方式)|收款(?:信息|資訊|码|碼)',
].join('|');

/** A picture or a business card, per language. */
const PICTURE = [
  '\\b(?:auf|im)\\s+(?:dem\\s+|der\\s+)?(?:foto|bild|visitenkarte)\\b',
  '\\b(?:sur|dans)\\s+(?:la\\s+|l\\s?)?(?:photo|image|carte\\s+de\\s+visite)\\b',
  '\\b(?:nella|sulla|in)\\s+(?:foto|immagine|biglietto\\s+da\\s+visita)\\b',
  '\\bna\\s+(?:zdjeciu|obrazku|wizytowce|fotce)\\b',
  '\\bop\\s+(?:de\\s+|het\\s+)?(?:foto|afbeelding|visitekaartje)\\b',
  '\\b(?:fotograf|resim|kartvizit)\\w*\\b',
  '\\btrong\\s+(?:anh|hinh|danh\\s+thiep)\\b',
  '\\bdi\\s+(?:foto|gambar|kartu\\s+nama)\\b',
  '\\b(?:photo|pic|image|picture|card|visiting\\s+card)\\s+(?:me|mein|mai|pe|par)\\b',
  '(?<![\\p{L}])(?:на\\s+(?:фото|картинк\\p{L}*|визитк\\p{L}*|візитц\\p{L}*)|суретте|визиткада)(?![\\p{L}])',
  '\\b(?:rasmda|suratda|vizitkada)\\b',
  'تصویر\\s+(?:میں|پر)|عکس|تصویر',
  '\\b(?:on|in)\\s+(?:my|our|the|this)\\s+(?:business\\s+card|name\\s+card|photo|picture|image|pic)\\b',
  '写真|画像|名刺',
  '图片|圖片|照片|名片',
].join('|');

export const NUMBER_IN_PICTURE: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /foto|bild|visitenkarte|photo|image|carte|immagine|biglietto|zdjec|obraz|wizyt|afbeelding|visitekaart|fotograf|resim|kartvizit|anh|hinh|danh\s+thiep|gambar|kartu|pic|card|фото|картинк|визитк|візит|сурет|rasm|surat|vizit|تصویر|عکس|写真|画像|名刺|图片|圖片|照片|名片/,
    // Payment details in a picture or on a card ("the account info is on my business card", "收款信息在我名片上").
    // Not business cards as the product: "名片上的电话号码是样品示例，可以印您自己的联系方式" (the number is a printing sample).
    // A card shown "only as a sample" ("nur als Muster", "à titre d'exemple", "solo come esempio") is the same product.
    unless:
      /印刷|印制|印製|可以印|打印|样品示例|示例|模板|テンプレート|見本|\b(?:print(?:ed|ing)?|template|mock-?up)\b|\b(?:as\s+an?|als|comme|a\s+titre\s+d\s?|come|como|jako|als\s+een)\s+(?:\w+\s+)?(?:sample|example|muster|beispiel|exemple|echantillon|esempio|campione|ejemplo|muestra|exemplo|amostra|przyklad|wzor|voorbeeld)\b|(?<![\p{L}])(?:как|в\s+качестве)\s+(?:образ(?:ец|ца)|пример\p{L}*)/u,
    unlessIn: 'sentence',
    re: anyOf(
      `(?:${OWNED_NUMBER}|${ANY_DETAILS})${GAP}(?:${PICTURE})`,
      `(?:${PICTURE})${GAP}(?:${OWNED_NUMBER}|${ANY_DETAILS})`,
    ),
  },
];
