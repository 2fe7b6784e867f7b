import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop-45 narrowing after a red team: the readings added for papers, inspections, packing options, pack items and
 * restated counts each cleared or flagged a line they should not have. A date for applying clears no offer to apply;
 * a mark printed on the goods is no paper offered; a certificate's number in Japanese or Korean answers a "contact
 * us"; an AQL level written without its word with a figure is a criterion; a priced option the buyer marks on the
 * order is fixed; a pack item made from the buyer's file, or an offer set outside this order, is not open; and an
 * exactness denied restates nothing. Our own sentences.
 */

describe('a date for applying for a paper does not make the paper agreed', () => {
  flags([
    ['FCC证书量产前能申请', 'vague-material'],
    ['FCC report: we can apply for it before mass production', 'vague-material'],
    ['UKCA mark can do, contact us for details', 'vague-material'],
  ]);
  clear([
    ['证书：可提供FCC，大货生产前寄出SGS报告', 'vague-material'],
    ['FCC test report can provide, sent before shipment', 'vague-material'],
  ]);
});

describe('a mark printed on the goods is no paper offered', () => {
  clear([
    ['UKCA marking can be made by pad printing on the back cover', 'vague-material'],
    ['FCC logo is possible on the rating label', 'vague-material'],
  ]);
  flags([
    ['CE marking can be done', 'vague-material'],
    ['PSE mark can do', 'vague-material'],
  ]);
});

describe("a certificate's number answers a later conversation, in Japanese and Korean too", () => {
  clear([
    ['UKCA認証済み、登録番号 UK-55120、詳細はお問い合わせください', 'vague-material'],
    ['CE 인증번호 HN-20240512, 성적서 필요시 제공', 'vague-material'],
  ]);
  flags([
    ['FCC・RoHS認証済み、詳細はお問い合わせください。', 'vague-material'],
    ['CE 성적서 필요시 제공', 'vague-material'],
  ]);
});

describe('an inspection offered with a lab, a level and a figure is specified', () => {
  clear([
    ['Inspection possible: QIMA at the factory, AQL S-4 2.5, paid by the buyer', 'vague-material'],
    ['Inspección posible: SGS en fábrica, AQL II 2,5/4,0, la paga el comprador', 'vague-material'],
  ]);
  flags([
    ['Inspection possible: SGS, AQL II', 'vague-material'],
    ['Inspection: third party inspection possible, level to be agreed', 'vague-material'],
  ]);
});

describe('a priced packing option the buyer marks on the order', () => {
  clear([
    [
      'Packing: 5-ply carton 60x40x40 cm, 24 pcs/carton, inner box optional at USD 0.05/pc, the customer selects it in the purchase order',
      'vague-packaging',
    ],
    [
      'Embalaje: caja de 5 capas, 24 pcs por caja, palé opcional, 15 USD por palé, el comprador lo marca en la orden de compra',
      'vague-packaging',
    ],
    ['包装：五层瓦楞纸箱，每箱24个，托盘可选，每个托盘20美元，买方在订单上勾选', 'vague-packaging'],
  ]);
  flags([
    ['Packing: 5-ply carton 60x40x40 cm, 24 pcs/carton, pallet optional, USD 18/pallet', 'vague-packaging'],
    [
      'Packing: 5-ply carton 60x40x40 cm, 24 pcs/carton, pallet optional, buyer ticks yes/no on the PO',
      'vague-packaging',
    ],
    ['包装：五层瓦楞纸箱，每箱24个，托盘可选，每个托盘20美元', 'vague-packaging'],
  ]);
});

describe("pack items from the buyer's file, or offers set outside this order", () => {
  clear([
    [
      'Warranty card: your artwork card_v2.ai, can be added in the box according to your need',
      'vague-packaging',
    ],
    [
      'Instrucciones: manual en inglés; otros idiomas disponibles, no incluidos en este pedido',
      'vague-packaging',
    ],
    ['Leaflet: French only, other languages available, not included in this order', 'vague-packaging'],
  ]);
  flags([
    ['Logo: file logo.ai; manual: can be included according to your requirement', 'vague-packaging'],
    ['Instrucciones: manual en inglés, otros idiomas disponibles', 'vague-packaging'],
    ['Leaflet: French only, other languages available', 'vague-packaging'],
  ]);
});

describe('an exactness denied restates nothing', () => {
  flags([
    ['Cantidad: aproximadamente 500 piezas, no garantizamos exactamente 500', 'vague-quantity'],
    ['数量：约1000个，不能保证准确1000个', 'vague-quantity'],
    ['Qty: roughly 600 sets, we can’t say exactly 600', 'vague-quantity'],
  ]);
  clear([['Quantity: about 3,000 pcs per container; exactly 3,000 pcs ordered', 'vague-quantity']]);
});
