import '../../../lib/i18n/bundled-catalogs';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * The mechanisms the seventh real-modelled set revealed (tests/fixtures/spec/real-7/):
 * lead-time labels of RFQ forms ("Due date", "Tiempo de fabricación"), recorded
 * events of printers and promotional-goods makers (plate making, mock-up
 * approval), an amount left to judgement under any label, a logo the buyer
 * will send later, a mock-up named by its reference, a numbered swatch, and
 * carmaker-quality praise answered by a part number — each on lines of our
 * own, positive and must-not-flag.
 */
describeMechanismCases(
  'round-7 mechanisms: spec boxes and RFQs across new product categories',
  loadCases('round-7-cases.json'),
);
