import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 44: a language typed in Latin letters is the same language. Russian and Ukrainian in Latin letters, Arabizi,
 * Persian (Finglish), pinyin and Roman Urdu ask to pay off the order in the words ru.ts, ar.ts, zh.ts and hi.ts
 * already read in their own scripts; the platform set against the seller's own way ("faster than through the
 * platform", "no platform fee" with the seller's bank details) is a request too; a shop closed here with the buyer
 * sent to the seller's own web address moves the talk.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const CONTACT = 'offplatform-contact';

describe('Russian and Ukrainian typed in Latin letters', () => {
  it.each([
    // Card transfers.
    'Zapchast mozhno oplatit perevodom na kartu Sberbanka, tak bystree.',
    'Predoplatu 30% skinte, pozhaluista, na moyu kartu.',
    'Dlya zamovlennya zrobit perekaz na kartku Monobank, bud laska.',
    // The platform's commission left out.
    'Sleduyushchuyu partiyu sdelaem bez komissii platformy, skidka 3%.',
    'Dlya vas mozhemo oformyty bez komisii majdanchyka, tak deshevshe.',
    'Tak shvydshe i bez komisii Alibaba, rakhunok nadishlyu okremo.',
    // Straight to an account, not through the platform.
    'Oplatite napryamuyu, rekvizity prishlyu v lichku.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Oplata v zakaze na sajte, dostavka besplatnaya.',
    'Posylku otpravili, trek nomer v zakaze.',
    'Karta razmerov est v opisanii tovara.',
    'Tidak bisa kirim hari ini, tak ada stok.',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });

  it.each(['Detali luchshe obsudit v telege, pishite nashemu inzheneru.', 'Foto skinu v tg, tam udobnee.'])(
    '%s → contact',
    (text) => {
      expect(rules(text)).toContain(CONTACT);
    },
  );

  it.each(['Telega dlya perevozki gruza vkhodit v komplekt.', 'Tovar v zakaze, otpravim zavtra.'])(
    '%s → no contact',
    (text) => {
      expect(rules(text)).not.toContain(CONTACT);
    },
  );
});

describe('Arabizi, Finglish, pinyin and Roman Urdu', () => {
  it.each([
    'el mara el gaya ebe3t el floos transfer lel sharika 3alatool, arkhas keda',
    'law 3ayez el se3r el a7san, el daf3 yekoon 3an tari2 maktab sarafa fel soo2',
    'ba3d keda ebe3t el flos 7awala ma3 7ad men 3andena',
    'lotfan baghie pool ro be hesab-e baradaram variz konid',
    'baraye sefaresh-e jadid pardakht ro be hesab-e shakhsi-ye modir anjam bedid',
    'xia ci bu xuyao zou Alibaba, zhijie zhuan zhang dao women de zhanghu',
    'zhe ci bu yong zai pingtai xia dan, an PI shang de zhanghu fu jiu keyi',
    'is baar Alibaba pe order dene ki zaroorat nahi, paise seedha mere account me bhej do',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'el order wesel, shokran, Alibaba 3amal el refund fel ma3ad',
    'el sarraf el ali ganb el maktab bas',
    'baste be dast-e shoma resid? merci',
    'xia ci zai Alibaba xia dan jiu xing, wo men fa huo hen kuai',
    'Alibaba pe dobara order lagane ki zaroorat nahi, refund aa jayega',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('The platform set against the seller’s own way to pay', () => {
  it.each([
    'Pour les réassorts, un virement sur notre compte à Singapour, c’est plus simple que par la plateforme.',
    'Para el próximo pedido, transferencia a nuestra cuenta: es más rápido que por Alibaba.',
    'Next time a wire to our account is quicker than through the platform.',
    'We can invoice you from our side, then no Alibaba commission. Bank details are on the proforma.',
    'Without the platform fee the price is 2.90, just transfer to our company account.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Shipping by sea is cheaper than by air, the order stays on Alibaba.',
    'There is no platform fee for buyers, just pay in the Alibaba order as usual.',
    'Air freight is faster than sea freight for this size.',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('A shop closed here, the buyer sent to the seller’s own address', () => {
  it.each([
    'This store is closing at the end of the month. Visit www.greenpeak-lighting.net for all new orders.',
    'Cette boutique sera fermée, retrouvez-nous sur www.atelier-brun.fr avec les nouveaux prix.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'Our store on Alibaba is open as usual, visit www.alibaba.com to see the catalogue; the old page was closed.',
    'The factory is closed for the holiday, visit our showroom next month.',
  ])('%s → no contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});
