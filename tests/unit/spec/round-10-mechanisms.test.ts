import '../../../lib/i18n/bundled-catalogs';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * The mechanisms the tenth real-modelled set revealed (tests/fixtures/spec/real-10/): performance claims in
 * the forms listings and QC pages write them — Chinese property-then-praise, the strength or running of a part,
 * a claim after a colour — plug choices, fill levels, packaging praise and counts added with a plus — each on
 * lines of our own, positive and must-not-flag.
 */
describeMechanismCases(
  'round-10 mechanisms: performance claims, part praise, plugs, fill levels and gift boxes',
  loadCases('round-10-cases.json'),
);
