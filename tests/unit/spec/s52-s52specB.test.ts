import { describe, expect, it } from 'vitest';
import { clear, flags, quoteOf } from './spec-lines';

/**
 * Stop 52 (B): a grade class or a figure handed to what turns up (stock, lot, grade), a limit taken back by the grade,
 * a measured property given as a level word or an estimate, a result pointed to but not given, an approximate lead
 * time in Persian, Hindi quality praise under a label; and a print given by method, coded inks and size staying clear.
 */

describe('a class choice handed to what is available', () => {
  flags([
    ['Emission grade E0 or E1 as available', 'vague-material'],
    ['Board class P2 / P3, whichever is available', 'vague-material'],
    ['Insulation class B or F as in stock', 'vague-material'],
  ]);
  clear([
    ['Emission grade E1 (EN 717-1)', 'vague-material'],
    ['Samples as available', 'vague-material'],
    ['Carton: 40pcs/ctn, ships in 5 days if in stock', 'vague-material'],
  ]);
});

describe('a figure tied to the lot, the stock or the grade', () => {
  flags([
    ['Fabric weight 140-170 gsm depends cotton stock', 'vague-weight'],
    ['GSM 200 depends on batch', 'vague-performance'],
    ['Плотность: 150-190 г/м², в зависимости от партии', 'vague-performance'],
    ['Щільність: 200 г/м², від партії до партії', 'vague-performance'],
    ['Assay >=98% (depending on grade)', 'vague-performance'],
    ['Reinheit min. 97 % je nach Charge', 'vague-performance'],
  ]);
  clear([
    ['Fabric weight 160 gsm ±5%, lot number printed on label', 'vague-performance'],
    ['Assay >=98% (HPLC), COA per batch', 'vague-performance'],
    ['Price USD 1,200/MT depending on grade', 'vague-performance'],
    ['Packing: 25 kg bags, colour band according to grade', 'vague-performance'],
  ]);
});

describe('a measured property given by a level word or an estimate', () => {
  flags([
    ['Whiteness: good', 'vague-performance'],
    ['Kett value high', 'vague-performance'],
    ['Weißgrad: hoch', 'vague-performance'],
    ['Moisture: approx. 13%', 'vague-performance'],
    ['Wilgotność: ok. 11%', 'vague-performance'],
    ['Вологість: приблизно 14%', 'vague-performance'],
    ['水分：约13%', 'vague-performance'],
  ]);
  clear([
    ['Whiteness: 40 min (Kett C-600)', 'vague-performance'],
    ['Whiteness high, Kett 42', 'vague-performance'],
    ['Moisture: 13% max', 'vague-performance'],
    ['Wilgotność: max. 11%', 'vague-performance'],
    ['Operating humidity: about 60% RH', 'vague-performance'],
  ]);
  it('quotes the estimated moisture with its noun', () => {
    expect(quoteOf('Moisture: about 14%, admixture max 1%', 'vague-performance')).toBe('Moisture: about 14%');
  });
});

describe('a result pointed to but not given', () => {
  flags([
    ['Essential oil: stated in the test report', 'vague-performance'],
    ['Ash content: per lab result', 'vague-performance'],
    ['Humedad: según el informe de laboratorio', 'vague-performance'],
    ['灰分：以检测结果为准', 'vague-performance'],
  ]);
  clear([
    ['Essential oil: 1.8% min, see COA', 'vague-performance'],
    ['Test report: see COA', 'vague-performance'],
    ['Ash content: see attached lab report', 'vague-performance'],
    ['Ash content: per lab report LR-2291', 'vague-performance'],
  ]);
});

describe('an approximate lead time', () => {
  flags([
    ['زمان تحویل: حدود دو هفته پس از پیش‌پرداخت', 'vague-ship-date'],
    ['مدت تحویل: تقریباً ۴۵ روز', 'vague-ship-date'],
    ['Lead time: 25 days after deposit, approximate', 'vague-ship-date'],
  ]);
  clear([
    ['Lead time: 25 days after deposit', 'vague-ship-date'],
    ['Lead time: 25 days after deposit; approximate carton weight 12 kg', 'vague-ship-date'],
  ]);
});

describe('Hindi quality praised under a label', () => {
  flags([
    ['क्वालिटी: बढ़िया, एक्सपोर्ट लायक', 'vague-material'],
    ['गुणवत्ता: निर्यात योग्य', 'vague-material'],
  ]);
  clear([
    ['सामग्री: 100% कपास, 160 ग्राम', 'vague-material'],
    ['गुणवत्ता: ISO 9001 प्रमाणित', 'vague-material'],
  ]);
});

describe('a print given by its method, coded inks and size', () => {
  clear([
    ['Canvas bag 38x42cm, 12oz, 1-col screen print logo 25x18cm PMS 286 C', 'vague-customization'],
    ['Mug 11oz white, 2 colour pad print logo 6x3cm Pantone 186 C + Pantone Black C', 'vague-customization'],
  ]);
  flags([
    ['Canvas bag 38x42cm, 1-col screen print logo, PMS 286 C', 'vague-customization'],
    ['Canvas bag 38x42cm, 2-col screen print logo 25x18cm, PMS 286 C', 'vague-customization'],
    ['Canvas bag 38x42cm PMS 286 C, screen print logo', 'vague-customization'],
  ]);
});
