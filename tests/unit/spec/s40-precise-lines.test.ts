import { describe, expect, it } from 'vitest';
import { rules } from './spec-lines';

/**
 * Stop 40: precise lines read as vague. A lead time counted from the day a payment is credited or the buyer signs
 * off a sample; a colour held by an anodising card, a laminate maker's decor code or an approved swatch beside a
 * Pantone code; colour words that name a down fill grade, an unprinted kraft board or an unpigmented resin; a size
 * ratio headed by the sizes it shares out.
 */

describe('s40: lead time from a recorded event', () => {
  it.each([
    'Поставка: 35 рабочих дней после зачисления аванса на расчётный счёт Поставщика.',
    'Срок изготовления: 20 дней со дня зачисления оплаты на счёт.',
    'Shipment: 45 days from the day the customer approves the PP sample in writing (email is fine).',
    'Lead time: 30 days from the date the buyer signs the contract.',
    'Lieferzeit: 5 Wochen ab Gutschrift der Anzahlung auf unserem Konto.',
    'Délai : 25 jours à compter de la date de crédit de l’acompte sur notre compte.',
    'Entrega: 35 días desde la fecha de acreditación del anticipo en nuestra cuenta.',
    'Giao hàng: 25 ngày từ ngày khách hàng phê duyệt mẫu.',
    'Thời hạn: trong vòng 40 ngày kể từ ngày bên mua ký hợp đồng.',
  ])('"%s" has no vague-ship-date', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });

  it.each([
    'ship 25 days after payment, approx.',
    'Delivery: around 40 days from the date the buyer approves the sample.',
    // "we" is the supplier: the day he approves is his own pick.
    'Delivery: 30 days from the date we confirm the order.',
    'Срок поставки: 30 дней с даты готовности товара.',
  ])('"%s" is still vague-ship-date', (line) => {
    expect(rules(line)).toContain('vague-ship-date');
  });
});

describe('s40: colour held by another standard', () => {
  it.each([
    'Finish: anodised, colour bronze C33 to DIN 17611, film 20 µm.',
    'Profil: eloxiert, Farbe Edelstahl-Optik (EV1 nach DIN 17611).',
    'Housing: aluminium 6061, anodized class AA20 per MIL-A-8625, natural silver.',
    'Door front: 18 mm chipboard, oak look, Egger H3303 ST10.',
    'Top: white, Kronospan K101 PE, 25 mm.',
    'Lining: polyester, colour black (Pantone 19-4005 TCX), to approved colour swatch.',
    '겉감: 나일론 100%, 색상 블랙 (Pantone 19-4007 TCX), 승인 색상 견본 기준.',
  ])('"%s" has no vague-color', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });

  it.each([
    'Farbe: Schwarz',
    'Finish: anodised, colour bronze.',
    'Farbe: Bronze C33',
    // An approved swatch with no code anywhere on the line is still only a word.
    'Colour: per approved swatch.',
    'Top: white laminate, 25 mm.',
  ])('"%s" is still vague-color', (line) => {
    expect(rules(line)).toContain('vague-color');
  });
});

describe('s40: colour words that name no colour', () => {
  it.each([
    'Fill: 90% white duck down / 10% feather, 600 fill power, 350 g per pillow.',
    'Duvet filling: grey goose down 85%, feather 15%.',
    'Box colour: natural kraft, unprinted.',
    'Carton colour: brown kraft, no print except shipping marks per marks-v2.pdf.',
    'Kleur: transparant naturel, zonder pigment (PP).',
    'Colour: natural unpigmented (PA6).',
  ])('"%s" has no vague-color', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });

  it.each([
    'colour: natural',
    'Carton colour: brown',
    'Carton colour: brown kraft',
    'Jacket: white, duck down filled.',
    'Kleur: naturel',
  ])('"%s" is still vague-color', (line) => {
    expect(rules(line)).toContain('vague-color');
  });
});

describe('s40: a size ratio headed by its sizes', () => {
  it.each([
    'Qty 1,800 pcs total: Black 600 / Olive 600 / Sand 600; size ratio S:M:L:XL = 1:2:2:1 within each colour.',
    'Quantity: 2,400 pcs, black (Pantone 19-4005 TCX) 1,200 / white (Pantone 11-0601 TCX) 1,200, size curve XS:S:M:L:XL:XXL = 1:2:3:3:2:1 per colour.',
  ])('"%s" has no vague-size', (line) => {
    expect(rules(line)).not.toContain('vague-size');
  });

  it("the ratio still leaves each size's count to arithmetic (the real-set rule)", () => {
    expect(
      rules('Qty 1,000 pcs: Red 500 / Blue 500; size ratio S:M:L:XL = 1:2:2:1 within each colour.'),
    ).toContain('vague-quantity');
  });

  it('letters before an unheaded ratio, or a ratio with a loose tail, are still judged', () => {
    expect(rules('Size: S-XL, size ratio 1-2-2-1')).toContain('vague-size');
    expect(rules('size ratio S:M:L:XL = 1:2:2:1 roughly')).toContain('vague-size');
    // Three sizes, four shares: the head does not name each part.
    expect(rules('size ratio S:M:L = 1:2:2:1 within each colour')).toContain('vague-size');
  });
});
