import '../../../lib/i18n/bundled-catalogs';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * Mechanisms the independent spec probe R19 (tuned third) pointed to, on lines of our own in en, zh, es, pt, fr,
 * de, ru, tr and vi: Russian GOST grades in Cyrillic, leather by tannage and thickness, Chinese lead times counted
 * "from the day" of a payment or confirmation, size shares adding up to 100 %, certificates said only to exist,
 * warranties with no terms, quantities left to what fits the container, colour fastness promised by its effect
 * and a heat treatment answered "yes", the goods' state or make praised, and "according to the drawing" with no
 * drawing named.
 * Positive and must-not-flag lines alike; each entry names the page it was modelled on.
 */
describeMechanismCases('round-19: probe R19 mechanisms', loadCases('round-19-cases.json'));
