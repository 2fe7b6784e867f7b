import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop 46, narrowing after the red team: a deferral only leaves a value open when the supplier (or nobody named)
 * settles it later and nothing on the line already writes it; Arabic or Hindi cloth praise beside the figures that
 * hold the cloth; "silk" under a cloth label stays the fibre whatever ink follows; a ship count bent to the factory's
 * own plan, or its date left to be agreed, is open.
 */

describe('a deferral that leaves nothing open', () => {
  clear([
    ['Please ask our sales rep to countersign the packing list; AQL 1.5', 'vague-performance'],
    ['Contact the account manager to book the pre-shipment audit; AQL 4.0 Level I', 'vague-performance'],
    ['Flatness: 0.1 mm max, confirmed later against drawing 22-B by the customer', 'vague-performance'],
    ['Case hardened to the client’s satisfaction, that is 60 HRC per ISO 6508', 'vague-performance'],
    ['Tolerâncias: ±0,2 mm; cotas secundárias serão definidas depois pelo cliente', 'vague-performance'],
    ['Toleranzen: ±0,1 mm; Nebenmaße werden später festgelegt vom Kunden', 'vague-performance'],
  ]);
  flags([
    ['Warranty: contact our sales team for details', 'vague-performance'],
    ['Tolerance: to be confirmed later', 'vague-performance'],
    ['Number of cavities: 4 or 8, confirmed later by our engineer', 'vague-performance'],
    ['Tolerance: ±0.05 mm, to be decided later by our engineer', 'vague-performance'],
    ['Weld seams: ground to the customer’s satisfaction', 'vague-performance'],
    ['Toleranze: saranno definite più avanti', 'vague-performance'],
  ]);
});

describe('cloth praised in Arabic or Hindi beside its figures', () => {
  clear([
    ['القماش: قطن 100٪ 180 جم/م²، خامة فاخرة', 'vague-material'],
    ['قماش رائع مطابق للعينة المعتمدة', 'vague-material'],
    ['कपड़ा: 100% कॉटन, 180 ग्राम, कपड़ा बढ़िया', 'vague-material'],
    ['कपड़े की क्वालिटी बढ़िया, अप्रूव्ड सैंपल के अनुसार', 'vague-material'],
  ]);
  flags([
    ['القماش: بوليستر 100٪ - قماش ممتاز', 'vague-material'],
    ['قماش ممتاز حسب العينة', 'vague-material'],
    ['نسيج فاخر ومريح', 'vague-material'],
  ]);
});

describe('"silk" under a cloth label is the fibre', () => {
  flags([
    ['Tela: silk con tinta al agua', 'vague-material'],
    ['Blusa estampada: silk com tinta pigmentada', 'vague-material'],
  ]);
  clear([
    ['Silk com tinta plastisol, frente, 25 x 30 cm, arte ST-3.pdf', 'vague-material'],
    ['Logo impresso em silk 2 cores, costas, 20 x 20 cm', 'vague-material'],
  ]);
});

describe('a ship date bent to the factory’s plan or left to be agreed', () => {
  flags([
    ['Dispatch 45 days from PP sample approval, depending on the production planning', 'vague-ship-date'],
    ['Entrega en 40 días tras aprobar la muestra, según el calendario de la fábrica', 'vague-ship-date'],
    ['Wysyłka 20 dni od zatwierdzenia wzoru, zależnie od planu produkcji', 'vague-ship-date'],
    ['Shipment: after sample approval, lead time per manufacturer', 'vague-ship-date'],
    [
      'Lead time: 35 days after approval of the counter sample, at the supplier’s discretion',
      'vague-ship-date',
    ],
    ['Dostawa: po akceptacji wzoru, termin do ustalenia', 'vague-ship-date'],
  ]);
  clear([
    ['Ship within 30 days after sample approval', 'vague-ship-date'],
    ['Ship 30 days after sample approval, subject to factory schedule no. 4', 'vague-ship-date'],
    ['Lead time: 30 days after deposit as per factory confirmation no. 88', 'vague-ship-date'],
    ['Wysyłka w ciągu 30 dni od akceptacji próbki', 'vague-ship-date'],
    ['Płatność: przelew, termin płatności 14 dni', 'vague-ship-date'],
  ]);
});
