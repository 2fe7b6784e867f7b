import { describe, expect, it } from 'vitest';
import { quotes, rules } from './spec-lines';

/**
 * Stop 48: kinds of vagueness read in more words and languages — a value handed to the supplier, the buyer's need,
 * the stock or a later agreement; a fit to "most" models; a requirement named by its use class; a colour code "near"
 * under a Pantone field, or a colour difference in percent; a flow given as its ceiling; an estimate before a lead
 * time spelt in words or a Cyrillic light unit; a strength praised as "enough"; tolerated defects in other languages;
 * a paper's grammage left to a wide range. Each with the precise look-alikes that must stay clear.
 */

type Case = [line: string, rule: string, quote: string];

const VAGUE: Case[] = [
  // A value handed over: to the supplier, to the buyer's need, to the order to come, to an agreement, to the stock.
  ['Potenza motore: 200-400W a scelta del fornitore', 'vague-performance', 'a scelta del fornitore'],
  ['Pump: head at the supplier’s choice', 'vague-performance', 'supplier’s choice'],
  [
    'Bomba sumergible, caudal según necesidad del cliente',
    'vague-performance',
    'según necesidad del cliente',
  ],
  ['Pompe : débit selon besoin du client', 'vague-performance', 'selon besoin du client'],
  ['Heater: wattage as per customer needs', 'vague-performance', 'as per customer needs'],
  ['电机 220V，转速等客户下单后再确认', 'vague-performance', '等客户下单后再确认'],
  ['电压根据客户需要而定', 'vague-performance', '根据客户需要而定'],
  ['Wykończenie: satyna albo połysk, do uzgodnienia', 'vague-performance', 'do uzgodnienia'],
  ['Finition : mate ou brillante, à convenir', 'vague-performance', 'à convenir'],
  ['Vetro: temprato 6 mm, prova di carico da definire', 'vague-performance', 'da definire'],
  [
    'Powerbank: Li-po 3,7V, capacidade conforme estoque do fabricante',
    'vague-performance',
    'conforme estoque',
  ],
  ['Cell: 18650, capacity according to stock', 'vague-performance', 'according to stock'],
  // A fit to most of an unnamed list.
  ['Dywaniki gumowe, pasują na większość aut', 'vague-size', 'pasują na większość'],
  ['Stěrače: hodí se pro většinu vozů', 'vague-size', 'hodí se pro většinu'],
  ['Tappetini: adatti alla maggior parte delle auto', 'vague-size', 'adatti alla maggior parte delle'],
  // A requirement named by its use class only.
  [
    'Seat fabric abrasion: meets contract use requirements',
    'vague-material',
    'meets contract use requirements',
  ],
  ['Abrasión: cumple requisitos de uso comercial', 'vague-material', 'cumple requisitos de uso comercial'],
  // A colour code near, under a Pantone field; a colour difference in percent.
  ['PMS: approx. 286 C', 'vague-color', 'approx. 286 C'],
  ['Pantone: similar to 18-1663, small shade variation acceptable', 'vague-color', 'similar to 18-1663'],
  ['Shade tolerance: up to 8% deviation accepted', 'vague-color', 'up to 8% deviation'],
  ['colour deviation within 5% between lots', 'vague-color', 'deviation within 5% between lots'],
  // A flow given only as its ceiling.
  ['Caudal: hasta 120 l/min', 'vague-performance', 'hasta 120 l/min'],
  ['Производительность насоса: до 30 м3/ч', 'vague-performance', 'до 30 м3/ч'],
  // An estimate before a lead time in words, or a light figure in Cyrillic units.
  ['Plazo de entrega: unos dos meses', 'vague-ship-date', 'unos dos meses'],
  ['Lieferzeit: etwa drei Wochen', 'vague-ship-date', 'etwa drei Wochen'],
  ['Tempi di consegna: circa tre settimane', 'vague-ship-date', 'circa tre settimane'],
  ['Освещённость: примерно 300 лк', 'vague-performance', 'примерно 300 лк'],
  // Strength praised as enough.
  ['Wall anchors M8, sturdy enough for shelves', 'vague-performance', 'sturdy'],
  ['Schrauben M6, stabil genug für Möbel', 'vague-performance', 'stabil genug'],
  ['Śruby M10 wystarczająco mocne', 'vague-performance', 'wystarczająco mocne'],
  ['Болты M12 достаточно прочные', 'vague-performance', 'достаточно прочные'],
  // Tolerated defects with no AQL.
  ['QC: pequeños defectos aceptables', 'vague-material', 'pequeños defectos aceptables'],
  ['Controllo finale: piccoli difetti tollerati', 'vague-material', 'piccoli difetti tollerati'],
  // A paper's grammage left to a range.
  ['Papier : couché 300-350 g/m²', 'vague-material', '300-350 g/m²'],
  ['Gift box: kraft paper 200-250gsm, 1C print', 'vague-material', '200-250gsm'],
];

const CLEAR: [line: string, rule: string][] = [
  ['Price: to be agreed', 'vague-performance'],
  ['Cena: do ustalenia', 'vague-performance'],
  ['Samples: according to stock', 'vague-performance'],
  ['Payment: 30% deposit, balance to be agreed', 'vague-performance'],
  ['下单后确认发货', 'vague-performance'],
  ['Pressure: PN16, 16 bar', 'vague-performance'],
  ['Tłumik: pasuje do VW Golf VII 2012-2020, OE 5Q0253609', 'vague-size'],
  ['Większość produkcji eksportujemy', 'vague-size'],
  ['Rub test: meets commercial use requirements (Martindale 40,000 cycles)', 'vague-material'],
  ['Suitable for household use', 'vague-material'],
  ['Pantone: 19-4052 TCX', 'vague-color'],
  ['Pantone: 186 C', 'vague-color'],
  ['Pantone: 2945C ΔE ≤ 1.0', 'vague-color'],
  ['Colour tolerance: ΔE ≤ 1.5', 'vague-color'],
  ['Colour tolerance: within 10% difference is normal; ΔE<2', 'vague-color'],
  ['Flow: 30 m3/h at 20 m head, up to 45 m3/h', 'vague-performance'],
  ['Flow: up to 45 m3/h at 10 m head', 'vague-performance'],
  ['Max flow 45 m3/h, rated flow 32 m3/h', 'vague-performance'],
  ['Delivery: 30 days after deposit', 'vague-ship-date'],
  ['Световой поток: 800 лм ±5%', 'vague-performance'],
  ['Bolts M10 class 8.8, strong enough for machine use', 'vague-performance'],
  ['Hook strong enough to hold 20 kg', 'vague-performance'],
  ['Qualitätskontrolle: kleine Fehler zulässig, AQL 2.5', 'vague-material'],
  ['Paper: art paper 250gsm', 'vague-material'],
  ['Paper: 300-310gsm art card', 'vague-material'],
];

describe('stop 48: vague values in other words and languages', () => {
  it.each(VAGUE)('%s → %s quoting "%s"', (line, rule, quote) => {
    expect(quotes(line, rule)).toContain(quote);
  });
  it.each(CLEAR)('%s stays clear of %s', (line, rule) => {
    expect(rules(line)).not.toContain(rule);
  });
});
