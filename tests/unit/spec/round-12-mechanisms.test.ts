import '../../../lib/i18n/bundled-catalogs';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * Mechanisms the lead's untuned spec probe E (2026-12-02) and its left-alone list pointed to: the contents of the
 * box left open, workmanship praised in a list, and standards named only by a region — each on lines of our own,
 * positive and must-not-flag.
 */
describeMechanismCases(
  'round-12 mechanisms: open accessory lists, praised stitching, standards named by region',
  loadCases('round-12-cases.json'),
);
