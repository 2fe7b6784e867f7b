import { anyOf } from '../../match';
import type { LanguagePatterns } from './pack';

/**
 * Turkish. Modelled on Turkish reports of second-hand and marketplace fraud: "kapora", IBAN shared in
 * private, "WhatsApp'tan yazın". Accents folded: ş→s, ğ→g, ç→c, ö→o, ü→u, ı→i.
 */
const PAY = /\b(?:gonder\w*|havale\w*|eft|ode\w*|yatir\w*|transfer\w*|at(?:in|arsiniz)|kapora)\b/;

export const TR: LanguagePatterns = {
  lang: 'tr',
  payment: [
    {
      // "İadeniz için size 'ödeme iste' gönderdik, onaylayın": a bank app's payment request, approved by the buyer
      // as if money were coming in (modelled on Turkish reports of the "ödeme iste" trick on ilan sites).
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      gate: /odeme iste/,
      needs: /\b(?:iade\w*|onayla\w*|geri\s+(?:ode|gonder)\w*|kapora\w*)/,
      needsIn: 'message',
      re: anyOf('\\bodeme\\s+iste(?:gi|k|yin|yecegim|yecegiz|riz|rim|dim|dik)?\\b'),
    },
    {
      // "Komisyon yüzünden IBAN'a havale yaparsanız…": the platform's commission given as the reason to pay an account.
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: /komisyon/,
      needs: /\biban|\bhesab|\bhesap|\bhavale|\beft\b|\belden\b|\bdirekt|\bdogrudan/,
      needsIn: 'message',
      re: anyOf(
        '\\bkomisyon\\w*\\s+(?:\\w+\\s+)?(?:yuzunden|nedeniyle|sebebiyle|oldugu\\s+icin|olmasin\\s+diye|odememek\\s+icin|vermemek\\s+icin|kesmesin\\s+diye|kesildigi\\s+icin)\\b',
      ),
    },
    {
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: /disinda|disi/,
      re: anyOf(
        '\\b(?:platform\\w*|site\\w*|uygulama\\w*|siparis\\w*|alibaba|aliexpress|trendyol)\\s+disinda\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'a personal account',
      gate: /hesab/,
      needs: PAY,
      re: anyOf('\\b(?:kisisel|sahsi|ozel|bireysel)\\s+hesab\\w*'),
    },
    {
      kind: 'contextual',
      what: 'a direct transfer to the seller',
      gate: /direkt|dogrudan|elden/,
      re: anyOf(
        '\\b(?:direkt|dogrudan)\\s+(?:bana|bize|hesab\\w*|eft|havale|transfer|odeme)|\\bhesab\\w*\\s+(?:direkt|dogrudan)\\b|\\belden\\s+odeme',
      ),
    },
    {
      kind: 'contextual',
      what: 'another way to pay',
      gate: /baska|farkli/,
      needs: /direkt|dogrudan|bana|hesab|indirim|ucuz|havale|eft|komisyon/,
      needsIn: 'message',
      re: anyOf('\\b(?:baska|farkli)\\s+(?:bir\\s+)?odeme\\s+(?:yontem|sekl|yol)\\w*'),
    },
    {
      // "IBAN'ımıza havale yaparsanız %5 indirim": a discount for a transfer to the seller's own IBAN or account.
      kind: 'contextual',
      what: 'a complaint about platform fees, or a discount, to move the payment',
      gate: /indirim/,
      needs: /iban|hesab|havale|eft/,
      needsIn: 'message',
      re: anyOf(
        "\\b(?:iban|hesab|havale|eft)\\p{L}*(?:'\\p{L}+)?\\s+(?:\\S+\\s+){0,4}?(?:yaparsaniz|ederseniz|olursa|gonderirseniz|atarsaniz|yatirirsaniz|ile|icin)\\s+(?:\\S+\\s+){0,3}?indirim",
      ),
    },
    {
      // "Siparişi iptal edin, IBAN'a havale yapın": the order is cancelled so the money goes round it.
      kind: 'contextual',
      what: 'a request to cancel the platform order',
      gate: /iptal/,
      needs: /iban|havale|\beft\b|direkt|dogrudan|elden/,
      needsIn: 'message',
      // "…havale Alibaba sipariş sayfasından yapılır": the transfer is made on the order page.
      unless: /siparis\s+sayfa\w*|(?:platform|alibaba|aliexpress|uygulama)\s+uzerinden|platformdan/,
      unlessIn: 'message',
      // Asked of the buyer ("iptal edin", "iptal eder misiniz"), not told ("iptal ettik": we cancelled it).
      re: anyOf(
        '\\bsiparis\\p{L}*\\s+(?:\\S+\\s+)?iptal\\s+(?:edin\\w*|ediniz|edelim|eder\\s+misiniz|edebilir\\s+misiniz|et\\b|etsen\\w*|etseniz)',
      ),
    },
    {
      kind: 'contextual',
      what: 'a payment "between friends"',
      gate: /arkadas/,
      re: anyOf('\\barkadas\\w*\\s+(?:\\S+\\s+){0,2}?gibi|\\barkadasa\\s+gonder\\w*'),
    },
    {
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      gate: /iade/,
      re: anyOf(
        '\\biade\\w*\\s+(?:\\S+\\s+){0,3}?(?:ama|fakat|ancak)\\s+(?:ilk\\s+)?once\\s+(?:\\S+\\s+){0,5}?(?:gonder|ode|yatir|havale|at)\\w*',
      ),
    },
    {
      kind: 'contextual',
      what: "a purchase moved to the seller's own website",
      gate: /kendi|sitemiz|ozel/,
      re: anyOf(
        '\\bkendi\\s+(?:sitemiz|sitem|web\\s?sitemiz|magazamiz)\\w*',
        '\\bsitemiz(?:den|de)\\s+(?:\\S+\\s+)?(?:siparis|satin|al)\\w*',
      ),
    },
    {
      kind: 'contextual',
      what: "a related company's account",
      gate: /sirket|sube/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf(
        '\\b(?:kardes|ana|bagli|ortak|yavru)\\s+sirket\\w*|\\bhong\\s?kong\\w*\\s+(?:\\S+\\s+)?sirket\\w*',
      ),
    },
  ],
  bank: [
    {
      kind: 'explicit',
      negationInside: true,
      what: 'a changed, new or frozen account',
      gate: /hesab|hesap|iban/,
      // "değişti" is also the start of "değiştir-mi-yoruz" (we do not change): the negative verb is not a change.
      re: anyOf(
        '\\b(?:yeni\\s+(?:hesap|iban)\\w*|hesab\\w*\\s+(?:\\S+\\s+){0,2}?(?:degisti(?!rm[ie])|degistirdik|kapali|kapandi|donduruldu|bloke)|iban\\w*\\s+(?:\\S+\\s+)?degisti(?!rm[ie]))',
      ),
    },
  ],
  channels: [],
  moves: [
    {
      kind: 'explicit',
      what: 'an invitation to add or message the seller elsewhere',
      gate: /numara|ekle|ozelden|dm at/,
      unless:
        /kargo|teslimat|adres|kurye|alici|siparis|takip|fatura|urun|model|vergi|kimlik|\bseri\b|imei|garanti/,
      // "Numaranızı verir misiniz, kargo için lazım": the purpose often comes in the next clause.
      unlessIn: 'message',
      re: anyOf(
        // A card's or an account's number is no phone (stop 54: "kart numaranızı yazın").
        '\\b(?<!\\b(?:kart|kartin|kartinizin|hesap|iban|banka)\\s)numara\\w*\\s+(?:\\S+\\s+)?(?:ver|at|yaz|gonder|paylas)\\w*',
        '\\b(?:sizi|seni)\\s+ekle\\w*|\\bbeni\\s+ekle\\w*',
        '\\bozelden\\s+(?:yaz|konus|iletisim)\\w*|\\bdm at\\w*',
      ),
    },
  ],
};
