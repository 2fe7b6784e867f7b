import { PAID_TO_COURIER } from '../compose/compose';
import { anyOf, type ChatPattern } from '../match';
import { PLATFORM_HOST } from '../platform-host';
import { OFFICIAL_CARRIER_HOST } from './fees-and-terms';

/**
 * Two requests to pay the seller's own way that name no wallet and no account number (probe r24, modelled on
 * buyers' reports of "company payment portals" and of suppliers who announce the next order "direct"):
 * - a payment link, page or portal whose address the message gives, away from the platform's own domains ("pay
 *   through this payment link: https://pay.example-trade.net/…, it is our company payment portal"); the
 *   platform's or the carrier's own address ("alibaba.com/…", "fedex.com/billing") is no such page;
 * - the next or future orders settled "direct" with the company ("next order we do direct with our company
 *   account", "la próxima vez directo con nuestra empresa", "下次直接跟公司付款", "다음 주문부터는 직접 거래").
 */

/** A web address off the platform's hosts and the carriers' own (a look-alike such as "alibaba-pay.top" is off). */
const FOREIGN_URL = new RegExp(
  `(?:https?:\\/\\/|www\\.|(?<![\\w./@-])(?=[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:top|xyz|cc|icu|shop|online|site|vip|info|net|com|cn|link|me|io|co|store|pay)(?:\\/|(?![\\w.-])|\\.(?=\\s|$))))(?!${PLATFORM_HOST})(?!${OFFICIAL_CARRIER_HOST})`,
  'u',
);

/** The link or page words, in the languages read (folded). */
const PAY_PAGE = [
  // "payment link", "pay link", "checkout page", "payment portal / gateway / page", "our company payment portal".
  '\\b(?:payment|pay|paying|checkout|invoice)\\s+(?:link|portal|gateway|page|website|site|url)s?\\b',
  '\\b(?:company|own|official|secure)\\s+(?:payment\\s+)?(?:portal|gateway)\\b',
  '\\b(?:link|enlace|pagina|portal)\\s+de\\s+(?:pago|pagamento)\\b|\\blien\\s+de\\s+paiement\\b|\\bportail\\s+de\\s+paiement\\b',
  '\\b(?:zahlungs|bezahl)(?:link|seite|portal)\\w*|\\blink\\s+(?:di|per\\s+il)\\s+pagamento\\b|\\bportale\\s+(?:di\\s+)?pagamento\\b',
  '\\blink\\w*\\s+(?:do\\s+)?(?:platnosc\\w*|zaplaty)\\b|\\bbetaal(?:link|pagina|portaal)\\w*|\\bodeme\\s+(?:link\\w*|sayfa\\w*|baglanti\\w*)',
  '\\b(?:link|trang|cong)\\s+thanh\\s+toan\\b|\\b(?:link|halaman|portal)\\s+pembayaran\\b',
  '(?:付款|支付|收款)(?:链接|連結|鏈接|页面|頁面)|(?:支払い?|決済|お支払い)(?:リンク|ページ|サイト)|(?:결제|입금)\\s?(?:링크|페이지|사이트)',
  // "Pay through this link", with the verb before the link: "ادفع عن طريق هذا الرابط", "pague por este enlace",
  // "payez via ce lien", "pague pelo link", "zahlen Sie über diesen Link", "bu linkten ödeyin", "bayar lewat link
  // ini", "thanh toán qua link này", "оплатите по ссылке", "通过这个链接付款", "このリンクから支払". The page must still be
  // off the platform's domains (FOREIGN_URL, below).
  // "pls pay 150 USD customs clearance deposit via this link", "pay on their page pay.x.com/…": the sum and what it is
  // for may stand between, and the page may be a third party's ("their", "his").
  '\\b(?:pay|paying|(?:complete|make|do|proceed(?:\\s+with)?|finish|arrange|send)\\s+(?:the\\s+|your\\s+)?payment)\\s+(?:[\\w$€%]+\\s+){0,6}?(?:through|via|using|with|on|at|by)\\s+(?:this|the|my|our|their|his|her|its|below|following)\\s+(?:secure\\s+|new\\s+|own\\s+|payment\\s+)?(?:link|page|url|website)\\b',
  // Romanian "plătiți (restul) prin linkul ăsta / pe pagina asta", Hungarian "fizesse be ezen a linken", Greek "πληρώστε
  // σε αυτόν τον σύνδεσμο", Malay "bayar melalui pautan ini", Tagalog "magbayad po kayo sa link na ito", Turkish
  // "ödemeyi bu linkten yap": the verb (or "the payment … do") governs the link in one clause.
  '\\b(?:platit\\w*|plati|plateste|platesti|achitat\\w*|achita\\w*)\\s+(?:[\\w$€%]+\\s+){0,5}?(?:prin|pe|la|accesand)\\s+(?:acest\\s+|aceasta\\s+)?(?:link\\w*|pagin\\w*|site\\w*|adresa)\\b',
  '\\b(?:ezen\\s+a\\s+|az\\s+alabbi\\s+|a\\s+)?(?:linken|linkre|oldalon)\\s+(?:\\S+\\s+){0,2}?(?:fizess\\w*|fizet\\w*|utal\\w*)|\\b(?:fizess\\w*|fizet\\w*|utal\\w*)\\s+(?:\\S+\\s+){0,4}?(?:ezen\\s+a|az\\s+alabbi|a)\\s+(?:linken|oldalon)\\b',
  '(?<![\\p{L}])(?:πληρ\\p{L}*|καταβ\\p{L}*)\\s+(?:\\S+\\s+){0,5}?(?:σε|στο|στον|στη|στην|μέσω|μεσω|από|απο)\\s+(?:\\S+\\s+){0,2}?(?:σύνδεσμ|συνδεσμ|link|σελίδ|σελιδ)\\p{L}*',
  '\\b(?:bayar\\w*|magbayad|bayaran)\\s+(?:\\S+\\s+){0,5}?(?:melalui|lewat|guna|menggunakan|di|sa)\\s+(?:(?:ang|na|ini|itu)\\s+)?(?:pautan|link|laman|site)\\b',
  '\\bodeme(?:yi|nizi|niz)?\\s+(?:\\S+\\s+){0,2}?(?:bu\\s+|su\\s+|asagidaki\\s+)?(?:link|baglanti|site|sayfa)\\w*\\s+(?:uzerinden\\s+)?(?:yap|gerceklestir|tamamla)\\w*',
  // "Your payment failed, please complete payment here: http://alibaba-payment-center.com/…", "verify your payment at
  // alibaba-verify.net": paying where an address follows at once (the address must be off the platform's hosts).
  `\\b(?:pay|complete\\s+(?:the\\s+|your\\s+)?payment|make\\s+(?:the\\s+|your\\s+)?payment|verify\\s+(?:the\\s+|your\\s+)?payment|confirm\\s+(?:the\\s+|your\\s+)?payment)(?:\\s+(?:it|now|again|online))?(?:\\s+(?:here|at|on|via|through|using))?\\s*[:：]?\\s*(?!(?:https?:\\/\\/)?${PLATFORM_HOST})(?!(?:https?:\\/\\/)?${OFFICIAL_CARRIER_HOST})(?:https?:\\/\\/)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}\\b(?:\\/[^\\s]*)?`,
  '(?:ادفع|إدفع|ادفعي|ادفعوا|قم\\s+بالدفع|يرجى\\s+الدفع|الدفع)\\s+(?:\\p{L}+\\s+){0,3}?(?:هذا\\s+)?(?:ال)?رابط',
  '\\b(?:pag(?:ue|a|ar|uen|e|ate|are|hi)|paye[rz]?|zahlen|bezahlen|betaal|betalen|bayar|zaplac|zaplat\\w*)\\s+(?:\\w+\\s+){0,2}?(?:por|pelo|pela|en|no|via|par|sur|con|tramite|attraverso|uber|ueber|mit|lewat|melalui|di|przez|met)\\s+(?:este|esta|el|la|o|a|ce|cette|le|questo|il|diesen|den|dieser|die|deze|de|ten|link\\s+ini)?\\s*(?:enlace|link|lien|pagina|page|seite|linku|link)\\b',
  '\\b(?:bu\\s+)?(?:link|baglanti)(?:ten|tan|den|dan|e|a)\\s+(?:\\S+\\s+)?ode(?:yin|yiniz|yebilirsiniz|me\\s+yap\\w*|yin)\\b|\\bthanh\\s+toan\\s+(?:qua|tai|bang|theo)\\s+(?:duong\\s+)?link\\b',
  '(?<![\\p{L}])оплат\\p{L}*\\s+(?:\\p{L}+\\s+)?по\\s+(?:эт\\p{L}*\\s+|ц\\p{L}*\\s+)?(?:ссылк|посиланн)\\p{L}*|(?:通过|通過|点击|點擊|点|用)(?:这个|這個|下面的?|以下)?(?:链接|連結|鏈接)(?:付款|支付|付|下单付款)|(?:この|こちらの|下記の)?リンクから(?:お)?(?:支払|決済)',
  'رابط\\s+(?:ال)?دفع|صفحة\\s+(?:ال)?دفع|(?<![\\p{L}])(?:ссылк\\p{L}*|посиланн\\p{L}*)\\s+(?:на|для)\\s+оплат\\p{L}*',
];

const PAY_WORD =
  /\b(?:pay\w*|checkout|pag\w*|paie\w*|payer|zahl\w*|bezahl\w*|platn\w*|betaal\w*|odeme\w*|thanh\s+toan|pembayaran|bayar\w*|platit\w*|plati|plateste|achit\w*|fizess\w*|fizet\w*|utal\w*|magbayad|bayad\w*)\b|(?<![\p{L}])πληρ\p{L}*|付款|支付|支払|払|決済|결제|입금|دفع|оплат/u;

const PAYMENT_PAGE_GIVEN: ChatPattern = {
  kind: 'contextual',
  what: 'a payment link sent in chat',
  gate: /payment|pay|paying|checkout|invoice|company|own|official|secure|link|lien|baglanti|ادفع|الدفع|оплат|リンク|enlace|pagina|portal|lien|portail|zahlungs|bezahl|portale|betaal|odeme|trang|cong|halaman|付款|支付|收款|支払|決済|お支払|결제|입금|رابط|صفحة|ссылк|посиланн|plati|plateste|platesti|achita|fizet|fizess|utal|oldalon|linken|linkre|πληρ|καταβ|bayar|magbayad|bayaran/,
  needs: new RegExp(`^(?=[^]*(?:${FOREIGN_URL.source}))(?=[^]*(?:${PAY_WORD.source}))`, 'u'),
  needsIn: 'message',
  // The carrier's own duty page ("fedex.com/billing") is the carrier's, not the seller's.
  unless: PAID_TO_COURIER,
  unlessIn: 'message',
  re: anyOf(...PAY_PAGE),
};

/** The next or future orders: what is moved, not the current one. */
const NEXT_ORDER_DIRECT: ChatPattern = {
  kind: 'contextual',
  what: 'a request to pay outside the platform',
  gate: /next|future|from|later|proxim|proxima|prochain|nachst|kunftig|prossim|nastepn|volgende|sonraki|lan\s+sau|berikut|selanjutnya|下次|以后|以後|次回|今後|다음|앞으로|следующ|наступн/,
  re: anyOf(
    // "next order we do direct with our company account", "future orders we can deal directly", "from next time pay direct".
    '\\b(?:next|future|later|coming)\\s+(?:time|order|orders|purchase|purchases)\\b[^.!?\\n]{0,40}?\\b(?:do|deal|trade|work|pay|settle|transfer)\\w*\\s+(?:\\w+\\s+){0,2}?direct(?:ly)?\\b',
    '\\b(?:from\\s+)?(?:next|future)\\s+(?:time|order|orders)\\b[^.!?\\n]{0,40}?\\bdirect(?:ly)?\\s+(?:with|to|via|through)\\s+(?:our|my|the)\\s+(?:company|factory|own|boss)',
    // "la próxima vez directo con nuestra empresa", "prochaine commande directement avec notre société".
    '\\b(?:proxim[oa]s?|prochaine?s?|prossim[oa]|nachste[nr]?)\\s+(?:vez|pedido|pedidos|commande|commandes|ordine|bestellung|mal)\\b[^.!?\\n]{0,40}?\\b(?:directo|directa|directamente|direto|diretamente|directement|direttamente|direkt)\\b',
    '\\b(?:volgende|sonraki|nastepn\\w*)\\s+(?:bestelling|keer|siparis\\w*|zamowien\\w*|raz\\w*)\\b[^.!?\\n]{0,40}?\\b(?:rechtstreeks|direct|direkt|bezposrednio)\\b',
    '\\b(?:don|lan)\\s+(?:hang\\s+)?(?:sau|toi)\\b[^.!?\\n]{0,30}?\\btruc\\s+tiep\\b|\\b(?:pesanan|order)\\s+(?:berikut\\w*|selanjutnya)\\b[^.!?\\n]{0,30}?\\blangsung\\b',
    '(?:下次|以后|以後|下一单|下單|下一單)[^。.!?！？\\n]{0,12}?直接(?:跟|和|与|與|给|給|打|付|转|轉|找)?(?:我们|我們|公司|我)?',
    '(?:次回|今後)[^。.!?！？\\n]{0,12}?(?:直接|直取引)',
    '(?:다음|앞으로)[^.!?\\n]{0,12}?(?:직접|직거래)',
    '(?<![\\p{L}])(?:следующ\\p{L}*|наступн\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}?напрямую',
  ),
  needs:
    /\b(?:account|acct|acc|company|factory|price|cheaper|discount|bank|pay\w*|cuenta|empresa|compte|societe|konto|firma|azienda|rekening|bedrijf|hesap|sirket|tai\s+khoan|cong\s+ty|rekening|perusahaan)\b|公司|账户|賬戶|账号|付款|会社|口座|계좌|회사|입금|счет|счёт|рахун|компани/u,
  needsIn: 'message',
};

export const OWN_PAYMENT_PAGE_PATTERNS: readonly ChatPattern[] = [PAYMENT_PAGE_GIVEN, NEXT_ORDER_DIRECT];
