import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop 46 (textiles, garments, bags): precise trade wording that read as vague — "silk" meaning the silk-screen
 * method, a fabric weighed in an Indonesian or Dutch measure label, buttons by their ligne size, a one-size-per-carton
 * packing rule, and a Polish ship date counted from the sample's approval. Each with the vague wording it must still
 * catch.
 */

describe('"silk" as the silk-screen print method', () => {
  clear([
    ['Logo impresso em silk 1 cor, peito esquerdo, 7 x 7 cm, arquivo LG-5.ai', 'vague-material'],
    ['Impresión en silk, espalda, 28 x 20 cm, arte final AR-77', 'vague-material'],
    ['Silk com tinta plastisol, frente, 25 x 30 cm, arte ST-3.pdf', 'vague-material'],
  ]);
  flags([
    ['Lenço: silk', 'vague-material'],
    ['Fabric: silk', 'vague-material'],
  ]);
});

describe('a fabric weighed beside its yarn count', () => {
  clear([
    ['Kain: katun combed 30s, gramasi 165 gsm', 'vague-material'],
    ['Bahan: katun carded 20s, bobot 200 gsm', 'vague-material'],
    ['Stof: katoen gekamd Ne 30/1, gewicht 160 g/m²', 'vague-material'],
  ]);
  flags([['Bahan: katun, kualitas bagus', 'vague-material']]);
});

describe('buttons by their ligne size', () => {
  clear([
    ['Buttons: 20L resin, 4 holes, dyed to match, 8 per jacket', 'vague-material'],
    ['Boutons : 24 lignes polyester, 2 trous', 'vague-material'],
  ]);
  flags([['Buttons: polyester, 4 holes', 'vague-material']]);
});

describe('one size per carton as a packing rule', () => {
  clear([
    ['Packing: 24 pcs per carton, single size & colour per carton', 'vague-size'],
    ['Emballage : 30 pièces par carton, une seule taille et une seule couleur par carton', 'vague-size'],
    ['Verpackung: 20 Stück pro Karton, nur eine Größe pro Karton', 'vague-size'],
  ]);
  flags([['Packing: 24 pcs per carton, size: regular', 'vague-size']]);
});

describe('a Polish ship date counted from the sample approval', () => {
  clear([
    ['Wysyłka: 35 dni od zatwierdzenia próbki', 'vague-ship-date'],
    ['Termin dostawy: do 50 dni po akceptacji próbki wzorcowej', 'vague-ship-date'],
    ['Wysyłka: 20 dni roboczych po zatwierdzeniu makiety', 'vague-ship-date'],
  ]);
  flags([['Wysyłka: do 35 dni', 'vague-ship-date']]);
});
