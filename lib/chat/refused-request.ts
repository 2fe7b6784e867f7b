import { mayMatchInMessage } from './literal-prefilter';
import type { TextContext } from './text-context';

/**
 * Another party's request told as one the seller turned down: "other customers asked to pay us privately, we refused
 * them all", "之前有其他客户要求私下打款，我们都拒绝了", "algunos clientes nos pidieron pagar por fuera y lo rechazamos",
 * "некоторые покупатели просили перевести на карту — мы отказали". Suppliers write this to show that they keep to the
 * platform; the request is the customer's, and the refusal after it says so. Both halves are needed: "other customers
 * asked to pay directly and saved 10%" is the seller's pitch, not a refusal, and a "but" after the refusal ("…we
 * refused, but for you we can") hands the word back to the seller. Words over normalised text.
 */
const ASKED_BY_OTHERS = new RegExp(
  [
    '\\b(?:some|other|many|several|a\\s+few|previous|earlier|past|new)\\s+(?:\\w+\\s+)?(?:buyers?|customers?|clients?|people|importers?)\\s+(?:have\\s+|had\\s+)?(?:also\\s+|once\\s+|already\\s+)?(?:asked|requested|wanted|offered|proposed|suggested|insisted|tried)\\b',
    '\\b(?:algun[oa]s|otr[oa]s|vari[oa]s|muchos)\\s+(?:clientes|compradores)\\s+(?:nos\\s+)?(?:pidieron|pidio|quisieron|propusieron|ofrecieron)\\b|\\b(?:algun[sn]|outros|varios|muitos)\\s+(?:clientes|compradores)\\s+(?:nos\\s+)?(?:pediram|quiseram|propuseram|ofereceram)\\b',
    "\\b(?:certains|d'autres|plusieurs)\\s+(?:clients|acheteurs)\\s+(?:nous\\s+)?(?:ont|avaient)\\s+(?:demande|propose|voulu)\\b|\\b(?:einige|andere|manche|viele)\\s+(?:kunden|kaufer)\\s+(?:haben|wollten|baten)\\b|\\b(?:alcuni|altri|molti)\\s+clienti\\s+(?:ci\\s+)?(?:hanno|avevano)\\s+(?:chiesto|proposto)\\b",
    '(?<![\\p{L}])(?:некоторые|другие|многие|деякі|інші)\\s+(?:покупател\\p{L}*|клиент\\p{L}*|покупц\\p{L}*|клієнт\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:просил\\p{L}*|предлагал\\p{L}*|хотел\\p{L}*|просили|пропонували)',
    '\\b(?:bazi|diger)\\s+(?:musteri\\w*|alici\\w*)\\s+(?:\\w+\\s+)?(?:istedi|talep\\s+etti|teklif\\s+etti)\\w*|\\b(?:beberapa|ada)\\s+(?:pembeli|pelanggan|customer)\\s+(?:\\w+\\s+)?(?:minta|meminta|mau|ingin)\\b|\\b(?:mot\\s+so|nhieu|co)\\s+(?:khach(?:\\s+hang)?)\\s+(?:\\w+\\s+)?(?:yeu\\s+cau|doi|muon|de\\s+nghi)\\b',
    '(?:之前|以前|曾经|曾經|也)?有(?:其他|别的|別的|些|一些|很多|不少)?(?:客户|客戶|买家|買家|客人|顾客|顧客)(?:曾经|曾經)?(?:要求|想|让|讓|叫|提出|问|問|希望)',
    '(?:他の|一部の)?(?:お客様|お客さん|バイヤー)(?:から|が)\\S{0,12}(?:求められ|頼まれ|依頼|希望)|(?:다른|일부)\\s?(?:고객|바이어|손님)(?:들)?(?:이|가|께서)\\s?\\S{0,12}(?:요청|원하|요구)',
  ].join('|'),
  'u',
);

/** The seller's refusal after it: "we refused", "我们都拒绝了", "lo rechazamos", "мы отказали", "お断りしました". */
const REFUSED = new RegExp(
  [
    "\\b(?:we|i)\\s+(?:have\\s+|had\\s+)?(?:always\\s+|all\\s+|politely\\s+)?(?:refused|declined|rejected|refuse|decline|reject|turned\\s+(?:it|them|this|that)\\s+down|said\\s+no)\\b|\\b(?:we|i)\\s+(?:did\\s+not|didn'?t|do\\s+not|don'?t|never)\\s+(?:agree|accept|allow|do\\s+(?:it|that))\\b",
    "\\b(?:(?:lo|la|los|las|les)\\s+)?(?:rechazamos|rechace|nos\\s+negamos|dijimos\\s+que\\s+no|recusamos|nos\\s+recusamos|dissemos\\s+que\\s+nao)\\b|\\b(?:nous\\s+avons|on\\s+a|j'ai)\\s+(?:toujours\\s+)?refuse\\b|\\b(?:haben|habe)\\s+(?:\\w+\\s+){0,3}?abgelehnt\\b|\\babbiamo\\s+(?:sempre\\s+)?rifiutato\\b",
    '(?<![\\p{L}])(?:мы\\s+)?(?:отказал\\p{L}*|отказыва\\p{L}*|відмовил\\p{L}*|відмовля\\p{L}*)|\\b(?:reddettik|kabul\\s+etmedik|kami\\s+(?:tolak|menolak)|menolaknya|(?:da\\s+)?tu\\s+choi)\\b',
    '拒绝|拒絕|婉拒|没有同意|沒有同意|没答应|沒答應|没有接受|沒有接受|断り|断っ|お断り|거절|거부',
  ].join('|'),
  'u',
);
const CONTRAST =
  /\b(?:but|however|except|pero|mas|mais|aber|ma|ama|tapi|nhung)\b|(?<![\p{L}])(?:но|але)(?![\p{L}])|但是|但|不过|不過|でも|しかし|하지만|그런데/u;
const SENTENCE_END = /[.!?。！？\n]/u;
/**
 * The refusal undone or waived: "now we accept", "this time", "for you", "an exception", "现在可以", "这次", "给您例外";
 * taken back later ("we refused at first, later we agreed", "后来同意了", "потом согласились", "then we did it"); or
 * waived for the reader ("you are an old customer, no problem", "VIP", "老客户没问题", "вы постоянный клиент, вам
 * можно", "Sie sind Stammkunde, kein Problem", "Anda pelanggan lama, boleh", "anh la khach quen nen duoc").
 */
const TAKEN_BACK = new RegExp(
  [
    '\\b(?:now|this\\s+time|for\\s+you|exception|except|ahora|agora|maintenant|jetzt|adesso|teraz|artik|sekarang|bay\\s+gio)\\b',
    "\\b(?:later|then|finally|eventually|afterwards?|at\\s+first|in\\s+the\\s+end|(?:we|i)\\s+(?:also\\s+|then\\s+|finally\\s+|later\\s+)?(?:agreed|accepted|allowed|did\\s+it)|vip|old\\s+(?:customers?|clients?|friends?|buyers?)|regular\\s+(?:customers?|clients?|buyers?)|no\\s+problem|(?:it\\s+is|it'?s)\\s+(?:ok|okay|fine|possible))\\b",
    '\\b(?:despues|luego|al\\s+final|clientes?\\s+(?:antigu[oa]s?|habituales?|fijos?)|no\\s+hay\\s+problema|depois|mais\\s+tarde|plus\\s+tard|ensuite|finalement|pas\\s+de\\s+probleme|spater|dann|schliesslich|stammkunde\\w*|kein\\s+problem|poi|dopo)\\b',
    '\\b(?:kemudian|lalu|akhirnya|pelanggan\\s+lama|boleh|sau\\s+do|roi\\s+(?:dong\\s+y|chap\\s+nhan)|khach\\s+quen|duoc|sonra|sorun\\s+yok)\\b',
    '(?<![\\p{L}])(?:теперь|сейчас|потом|затем|позже|в\\s+итоге|согласил\\p{L}*|постоянн\\p{L}*|можно|без\\s+проблем)(?![\\p{L}])',
    '现在|現在|这次|這次|例外|后来|後來|然后|然後|最后|最後|最终|最終|同意|答应|答應|老客户|老客戶|老朋友|可以|没问题|沒問題|今回|後で|이번에는|지금은|나중에',
  ].join('|'),
  'u',
);

/**
 * The message keeping the payment on the platform: "please order and pay on Alibaba", "pay only through the order",
 * "请您在阿里巴巴下单付款", "оплата только через заказ". The refusal is believed only beside such an instruction, or
 * when nothing follows it: a seller who tells of refused buyers and then speaks on has a point to make to the reader.
 */
const ON_PLATFORM = new RegExp(
  [
    '\\b(?:order|pay|payment|checkout|place\\s+(?:the|an|your)\\s+order)\\b[^.!?\\n]{0,30}\\b(?:on|through|via|in|by)\\s+(?:the\\s+)?(?:alibaba|platform|trade\\s+assurance|(?:alibaba\\s+)?order|website|site)\\b',
    '\\b(?:pag\\w*|pedido)\\b[^.!?\\n]{0,30}\\b(?:en|por|a\\s+traves\\s+de)\\s+(?:el\\s+|la\\s+)?(?:alibaba|plataforma|pedido)\\b|\\b(?:zahl\\w*|bestell\\w*)\\b[^.!?\\n]{0,30}\\b(?:uber|auf|bei)\\s+(?:die\\s+)?(?:alibaba|plattform)\\b|\\b(?:bayar|pesan)\\b[^.!?\\n]{0,20}\\b(?:di|lewat|melalui)\\s+(?:alibaba|platform)\\b',
    '(?<![\\p{L}])(?:оплат\\p{L}*|заказ\\p{L}*)[^.!?\\n]{0,30}(?:через|на)\\s+(?:alibaba|платформ\\p{L}*|заказ\\p{L}*|сайт\\p{L}*)',
    '(?:在|通过|通過|走)(?:阿里巴巴|阿里|平台|信保)(?:上)?(?:下单|下單|付款|支付|订单|訂單)?',
  ].join('|'),
  'u',
);
/** What may close the refusal without more to say: "…we declined every time.", "…y lo rechazamos.", "…我们都婉拒了。". */
const NOTHING_MORE =
  /^[\s\p{P}]*(?:(?:every|each)\s+time|them\s+all|all\s+of\s+them|always|siempre|todos|всем|всегда|都|了)?[\s\p{P}了]*$/u;

/** The match at `start` is what other buyers asked for, and the seller says it refused: a report, not a request. */
export function isRefusedRequest(tc: TextContext, start: number, before: string): boolean {
  // Asked at every hit: the window before it is searched only when the message holds one of the request's words.
  const asked = mayMatchInMessage(tc, ASKED_BY_OTHERS) ? ASKED_BY_OTHERS.exec(before) : null;
  if (!asked) return false;
  // Nothing of the seller's own between the others' request and the match: "…asked, and we said: pay my account".
  if (CONTRAST.test(before.slice(asked.index))) return false;
  const text = tc.norm.text;
  const stop = SENTENCE_END.exec(text.slice(start, start + 200));
  const rest = text.slice(start, stop ? start + stop.index : start + 200);
  const refused = REFUSED.exec(rest);
  if (refused === null) return false;
  // What follows the refusal, in this sentence and the next ones: "…we declined. Now we accept it, send…", "…we
  // refused, but for you…" takes the refusal back, and the request is the seller's again.
  const after = text.slice(start + refused.index, start + refused.index + 300);
  // Past the refusal's own words, which may hold one of them ("没有同意").
  const tail = text.slice(start + refused.index + refused[0].length);
  if (CONTRAST.test(after) || TAKEN_BACK.test(tail.slice(0, 300))) return false;
  // Believed only when the message keeps the payment on the platform, or says no more after the refusal.
  return ON_PLATFORM.test(text) || NOTHING_MORE.test(tail);
}
