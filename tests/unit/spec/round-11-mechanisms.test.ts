import '../../../lib/i18n/bundled-catalogs';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * The mechanisms the eleventh real-modelled set revealed (tests/fixtures/spec/real-11/): odour and leak claims,
 * marks and pallets "as usual", plugs and tolerances named by a word, finishes and parts praised, shapes given
 * by a picture, timing left for later, a likeness said of two attributes, colours held to a brand — and the
 * precise forms that must stay clear (signed proofs with their colour model, CMYK recipes, numbered samples,
 * parts made of pieces) — each on lines of our own, positive and must-not-flag.
 */
describeMechanismCases(
  'round-11 mechanisms: odour, leaks, marks, plugs, tolerances, finishes, proofs and brand colours',
  loadCases('round-11-cases.json'),
);
