import '../../../lib/i18n/bundled-catalogs';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * The mechanisms the eighth real-modelled set revealed (tests/fixtures/spec/real-8/):
 * full-width letters and digits typed with CJK input methods, electrical ratings
 * and sizes offered as a choice (including a same-unit slash), and counts per
 * pallet or carton read as packing — each on lines of our own, positive and
 * must-not-flag.
 */
describeMechanismCases(
  'round-8 mechanisms: PO and RFQ lines for electronics, textiles, cartons and pallets',
  loadCases('round-8-cases.json'),
);
