import { SELLERS_OWN_WORD } from './number-then-reach';

/**
 * A carrier, its courier or its driver said to call the buyer before the delivery (stop 56): "the PPL courier will call
 * you from +420 …", "the DHL driver will contact you, his number is …", "el repartidor de Correos le llamará al …",
 * "le livreur Colissimo vous appellera", "der DPD-Fahrer ruft Sie an", "il corriere BRT la chiamerà", "курьер СДЭК
 * позвонит вам", "kurye sizi arayacak", "shipper sẽ gọi cho anh", "kurir J&T akan menelepon", "المندوب سيتصل بك",
 * "快递员会给您打电话". The number in that sentence (or in the next one, pointed back to with "his / its") is the
 * delivery's line: the seller moves no talk. Not when the writer's own line is offered too ("…, or call me on …").
 * Words over normalised text (accents folded).
 */

/** Who delivers: a carrier's name or a word for its courier or driver. */
const CARRIER =
  '\\b(?:courier|carrier|driver|delivery\\s+(?:man|guy|person|agent|company|service)|postman|mailman|dhl|fedex|ups|tnt|ems|usps|gls|dpd|ppl|hermes|inpost|brt|sda|sdek|cdek|correos|correios|colissimo|chronopost|la\\s+poste|sf(?:\\s+express)?|aramex|j\\s?&\\s?t|jne|sicepat|ninja\\s?van|ghn|ghtk|yunexpress|kuryr|kurier\\w*|kurir|kurye\\w*|kargo\\w*|livreur|transporteur|facteur|repartidor|mensajero|transportista|cartero|entregador|motoboy|carteiro|transportadora|corriere|fattorino|postino|zusteller|paketbote|postbote|fahrer|spediteur|kierowca|listonosz|ridic|shipper|tai\\s+xe|buu\\s+ta|nguoi\\s+giao\\s+hang|sopir|supir)\\b|(?<![\\p{L}])(?:курьер|водител|почтальон|кур.єр)\\p{L}*|المندوب|مندوب\\s+(?:التوصيل|الشحن|أرامكس|ارامكس)|السائق|سائق\\s+التوصيل|快递员|快遞員|快递小哥|派送员|配送员|司机|司機|配達員|ドライバー|택배\\s?기사|배송\\s?기사|기사님';

/**
 * …calls or writes the reader: the verb after the carrier, with no clause end between ("we ship by DHL, for questions
 * contact Amy …" is the seller's own line).
 */
const CALLS =
  '\\b(?:call\\w*|ring\\w*|phone\\w*|contact\\w*|text\\w*|reach\\w*|be\\s+in\\s+touch|zavol\\w*|kontakt\\w*|ozve|zadzwoni\\w*|skontaktuje|llamar\\w*|contactar\\w*|comunicar\\w*|ligar\\w*|ligara|telefonar\\w*|appeler\\w*|appellera|contactera|telephonera|anrufen|ruft|melden|meldet|kontaktier\\w*|chiamer\\w*|chiamata|contatter\\w*|telefoner\\w*|arayacak\\w*|arar|ulasacak\\w*|goi|lien\\s+he|lien\\s+lac|menelepon|menghubungi|hubungi|telepon|zadzwonic)\\b|(?<![\\p{L}])(?:позвон|свяж|зателефон|подзвон|зв.яж)\\p{L}*|(?:سيتصل|يتصل|سيكلمك|سيتواصل|يتواصل)|打电话|打電話|联系|聯繫|致电|致電|電話|連絡|전화|연락';

const CARRIER_CALLS = new RegExp(`(?:${CARRIER})[^.!?。！？\\n,;，；]{0,60}?(?:${CALLS})`, 'u');
/** The writer's own line offered as well: "…, or call me", "my number". */
const WRITERS_LINE =
  /\b(?:me|my|mine|mi|mio|mia|meu|minha|moi|mon|mich|mir|mein\w*|mnie|moj\w*|beni|bana|benim|saya|aku|toi|em\s+gui)\b|(?<![\p{L}])(?:мне|мой|мою|моя|меня)(?![\p{L}])|我的|给我|給我|私の|제\s?번호|나에게|رقمي/u;

/**
 * The seller's own courier or driver ("our driver", "el transportista de nuestra fábrica", "курьер нашей компании",
 * "o motoboy da nossa loja"): the seller's own person, whose line is the seller's (red team of stop 56).
 */
const SELLERS_OWN_CARRIER = /(?<![\p{L}])наш\p{L}*/u;

/** True when `sentence` (the digits' sentence, up to them) says a carrier or its courier will call the reader. */
export function carrierCallsBuyer(sentence: string): boolean {
  return (
    CARRIER_CALLS.test(sentence) &&
    !WRITERS_LINE.test(sentence) &&
    !SELLERS_OWN_WORD.test(sentence) &&
    !SELLERS_OWN_CARRIER.test(sentence)
  );
}
