import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop-44 mechanisms (materials and finishes): a grade with a second grade or a substitute handed to the supplier's
 * stock in more languages; a finish answered only by how it feels; first-choice praise; the wood, plastic and stone
 * families of Dutch and Polish sheets and natural stone named without its variety. And false alarms: a colour held to
 * a signed or numbered approved sample, the red rust of a salt-spray result, leather and glass named by their kind
 * beside a thickness, and the colour word inside a stone's trade name. Our own sentences.
 */

describe('a grade with its alternative left to the supplier', () => {
  flags([
    ['Materiaal: RVS 316 of 304, naargelang voorraad', 'vague-material'],
    ['Materiaal: aluminium 6063 of 6061', 'vague-material'],
    ['Materiał: stal nierdzewna 316 lub 304 w zależności od dostępności', 'vague-material'],
    ['Vật liệu: nhôm 6063 hoặc 6061', 'vague-material'],
    ['Vật liệu: inox 316 hoặc tương đương', 'vague-material'],
    ['thép không gỉ 316 hoac tuong duong, dày 2 ly', 'vague-material'],
    ['Body: brass CW617N lub równoważny', 'vague-material'],
  ]);
  clear([
    ['Material: grade 316 of ASTM A240, 3 mm', 'vague-material'],
    ['Materiaal: RVS 316L, 2 mm', 'vague-material'],
  ]);
});

describe('a surface answered by its feel, with no figure of the finish', () => {
  flags([
    ['Surface: smooth, burr-free, fine finish', 'vague-material'],
    ['Acabado: superficie lisa y limpia', 'vague-material'],
    ['Oberfläche: glatt und gratfrei', 'vague-material'],
    ['Oppervlak: glad, zonder bramen', 'vague-material'],
    ['Powierzchnia: gładka, bez zadziorów', 'vague-material'],
  ]);
  clear([
    ['Surface: smooth, burr-free, Ra ≤ 1.6 µm', 'vague-material'],
    ['Oberfläche: glatt geschliffen, Körnung 320', 'vague-material'],
    ['Finish: smooth satin, 25 GU', 'vague-material'],
    ['Surface: satin brushed No.4', 'vague-material'],
  ]);
});

describe('first-choice praise, and the families of Dutch and Polish sheets and natural stone', () => {
  flags([
    ['Bancada: mármore de primeira qualidade, 3 cm', 'vague-material'],
    ['Encimera: piedra de primera calidad', 'vague-material'],
    ['Fliesen: erste Wahl', 'vague-material'],
    ['Tafelblad: eerste kwaliteit', 'vague-material'],
    ['Hout: grenen, geschaafd', 'vague-material'],
    ['Drewno: dąb, lakierowane', 'vague-material'],
    ['Tworzywo: PE z odzysku, mocne, ekologiczne', 'vague-material'],
    ['Vanity top: natural stone, polished, 20 mm', 'vague-material'],
    ['Worktop: granite, honed', 'vague-material'],
    ['Stone: Black marble 30 mm, polished', 'vague-material'],
    ['Stone: Premium White granite 30 mm', 'vague-material'],
  ]);
  clear([
    ['Hout: eiken, FSC, vochtgehalte 8-10%', 'vague-material'],
    ['Drewno: buk, wilgotność 8-10%', 'vague-material'],
    ['Tafelblad: mármol Emperador Dark 20 mm, pulido', 'vague-material'],
    ['Pedra: mármore Branco Ceará 3 cm, polido', 'vague-material'],
    ['Tiles: marble effect porcelain 600x1200 mm, PEI 4, EN 14411', 'vague-material'],
  ]);
});

describe('leather and glass named by their kind, with their thickness', () => {
  clear([
    ['Leather: calfskin, 1.2 mm ±0.1', 'vague-material'],
    ['Pelle: vitello pieno fiore, spessore 1,2 mm', 'vague-material'],
    ['Leder: Rindleder chromgegerbt, 1,6 mm', 'vague-material'],
    ['Glass: toughened 10 mm, EN 12150', 'vague-material'],
    ['Vetro: stratificato 4+4 mm, PVB 0,38 mm, EN 14449', 'vague-material'],
    ['Verre : feuilleté 33.2, 6,4 mm, EN 14449', 'vague-material'],
  ]);
  flags([
    ['Leather: calfskin', 'vague-material'],
    ['Vidro: comum', 'vague-material'],
    ['Aço: laminado 3 mm', 'vague-material'],
  ]);
});

describe('a colour held to a signed or numbered approved sample', () => {
  clear([
    ['Cuero: napa 1,2 mm, color conforme a muestra aprobada LM-7', 'vague-color'],
    ['Cuir : nubuck 1,4 mm, coloris Tabac selon échantillon approuvé réf. T-33', 'vague-color'],
    ['Ghế: khung nhôm 1,5 mm, màu be theo mẫu đã duyệt số B-9', 'vague-color'],
    ['Đệm: vải polyester 300D, màu xanh rêu theo mẫu đã ký', 'vague-color'],
    ['Tessuto: cotone 220 g/m², colore sabbia come campione firmato', 'vague-color'],
  ]);
  flags([
    ['Color: gris según muestra', 'vague-color'],
    ['Couleur : beige selon échantillon validé', 'vague-color'],
    ['Màu: xám theo mẫu', 'vague-color'],
    ['Colour: olive as approved sample', 'vague-color'],
  ]);
});

describe('the red rust of a salt-spray result, and the colour word of a stone variety', () => {
  clear([
    ['亜鉛ニッケルめっき 8µm、塩水噴霧 480時間 赤錆発生なし', 'vague-color'],
    ['処理：黒錆加工、膜厚 1µm', 'vague-color'],
    ['Worktop: Nero Portoro marble 20 mm, honed', 'vague-color'],
    ['Encimera: granito Verde Butterfly 30 mm pulido, EN 1469', 'vague-color'],
    ['Piano: marmo Bianco Statuario 2 cm, lucidato', 'vague-color'],
  ]);
  flags([
    ['カバー：樹脂、色は赤', 'vague-color'],
    ['Stone: white marble, 20 mm', 'vague-color'],
    ['Colour: Bianco', 'vague-color'],
    ['Sofa: Nero Bianco Velvet fabric', 'vague-color'],
  ]);
});
