import { anyOf, type ChatPattern } from '../match';
import { PLATFORM_HOST } from '../platform-host';
import { CARD_AS_PRODUCT } from './card-details-asked';

/**
 * The buyer's card asked for on a page that is not the platform's: "for your refund click this link and enter your
 * card details: https://ali-refund-help.top/…", "introduzca los datos de su tarjeta en refund-center.shop", "введите
 * данные карты по ссылке". A refund or a compensation never needs the buyer's card typed anywhere (the platform pays
 * it back to the card the order was paid with), so a card form off the platform is the "refund centre" phishing
 * buyers report on AliExpress: the card is charged, not refunded. Modelled on buyers' reports of fake AliExpress
 * refund pages (scam warnings on consumer forums), written in our own words. A link on the platform's own hosts
 * (platform-host.ts) and a card word with no address in the message are left to the other patterns. Words are
 * matched on folded text (accents dropped, lower case).
 */

/** The card's data, not the card as a way the platform pays back ("returns to your card"). */
const CARD_DATA =
  '\\b(?:card\\s+(?:details?|number|no\\.?|data|info(?:rmation)?)|(?:cvv|cvc|cvv2)\\b|security\\s+code|expiry\\s+date|datos\\s+de\\s+(?:su\\s+|tu\\s+|la\\s+)?tarjeta|numero\\s+de\\s+(?:su\\s+|tu\\s+|la\\s+)?tarjeta|kartendaten|kartennummer|dados\\s+do\\s+(?:seu\\s+)?cartao|numero\\s+do\\s+(?:seu\\s+)?cartao|donnees\\s+de\\s+(?:votre\\s+|ta\\s+|la\\s+)?carte|numero\\s+de\\s+(?:votre\\s+|ta\\s+|la\\s+)?carte|dati\\s+della\\s+(?:tua\\s+|sua\\s+)?carta|numero\\s+della\\s+(?:tua\\s+|sua\\s+)?carta|dane\\s+(?:swojej\\s+)?karty|numer\\s+(?:swojej\\s+)?karty|kart\\s+(?:bilgi|numara)\\w*|thong\\s+tin\\s+the|data\\s+kartu|nomor\\s+kartu|gegevens\\s+van\\s+(?:uw\\s+|je\\s+)?kaart|kaartgegevens)\\b' +
  '|(?<![\\p{L}])(?:данные|реквизиты|номер)\\s+(?:вашей\\s+|своей\\s+)?карт\\p{L}*|(?<![\\p{L}])(?:дані|реквізити|номер)\\s+(?:вашої\\s+|своєї\\s+)?картк\\p{L}*' +
  '|カード(?:情報|番号)|카드\\s?(?:정보|번호)|(?:银行卡|信用卡)(?:号|信息|資料|资料)|卡号|卡號|(?:بيانات|رقم)\\s+(?:ال)?بطاق\\p{L}*|(?:شماره|اطلاعات)\\s+کارت';

/**
 * An address off the platform's hosts: with a scheme or "www.", or a bare host on a top-level domain scam pages use
 * ("refund-ali.top", "ali-help.shop"); an e-mail address is not a page.
 */
const FOREIGN_PAGE = new RegExp(
  `(?<![\\w@.\\/-])(?!(?:https?:\\/\\/)?${PLATFORM_HOST})(?:(?:https?:\\/\\/|www\\.)(?:[a-z0-9-]{1,63}\\.){1,4}[a-z]{2,24}|(?:[a-z0-9-]{2,63}\\.){1,4}(?:com|net|org|top|shop|xyz|help|site|online|info|cc|ru|ir|io|co|me|link|click|store|vip|live|pro|app|biz|icu|club|support|services?|center|cn|hk)(?![\\w-]))`,
  'u',
);

/**
 * Typing or giving the data, in the languages read (folded): "enter", "fill in", "introduzca", "geben Sie … ein",
 * "введите", "入力", "وارد کنید". Unlike card-details-asked.ts, "enter" counts: the form here is not the platform's.
 */
const ENTER =
  '\\b(?:enter|fill\\w*|type|input|submit|provide|give|send|update|(?:verify|confirm)\\s+(?:your|ur)|introduzca|introduce|ingrese|rellene|complete|escriba|geben|eingeben|tragen\\s+sie|insira|digite|preencha|informe|saisissez|entrez|renseignez|indiquez|inserisci|inserire|compila|wpisz|podaj|wprowadz\\w*|girin\\w*|girmeniz|girilmesi|nhap|masukkan|isi|vul|voer)\\b' +
  '|(?<![\\p{L}])(?:введ|укаж|заполн|впиш|вкаж|заповн)\\p{L}*|入力|입력|输入|輸入|填写|填寫|填入|(?<![\\p{L}])(?:أدخل|ادخل)|وارد';

/**
 * A warning about such pages, or a card holder sold: "never enter your card details on sites like …", "scammers send
 * 'enter your card at …'", "Ne saisissez jamais …", "Đừng bao giờ nhập …", "card holders fit cards up to 86 mm"
 * (a red team wrote these against the first version).
 */
const WARNING_OR_PRODUCT = new RegExp(
  `${CARD_AS_PRODUCT.source}|\\b(?:never|niemals|nie|jamais|nunca|mai|nigdy|asla|jangan|fake|scam\\w*|phishing|ignore|beware|warning|betrug\\w*|betruger\\w*|arnaque\\w*|estafa\\w*|golpe\\w*|truffa\\w*|oszust\\w*|dolandirici\\w*|penipu\\w*|lua dao|dung bao gio|khong bao gio|holders?|slots?|sleeves?|wallets?)\\b|(?<![\\p{L}])(?:никогда|мошенн|шахра|ніколи)\\p{L}*|不要|绝不|絶対|決して|詐欺|诈骗|詐騙|절대|사기|احتيال|أبدا|هرگز|کلاهبردار`,
  'u',
);

export const CARD_DATA_ON_FOREIGN_PAGE: ChatPattern = {
  kind: 'explicit',
  what: "the buyer's card details asked for on a page that is not the platform's",
  // Vietnamese "thẻ" folds to "the": only "thong tin" opens it, so English "the" does not open this for every message.
  gate: /card|cvv|cvc|security|expiry|tarjeta|karten|cartao|carte|carta|karty|kart|thong tin|kartu|kaart|карт|カード|카드|卡|بطاق|کارت/,
  needs: FOREIGN_PAGE,
  needsIn: 'message',
  // "card number printing available, see www.…", "the gift card number is on the back": cards as the product.
  unless: WARNING_OR_PRODUCT,
  unlessIn: 'message',
  re: anyOf(`(?:${ENTER})[^.!?\\n]{0,40}?(?:${CARD_DATA})`, `(?:${CARD_DATA})[^.!?\\n]{0,40}?(?:${ENTER})`),
};
