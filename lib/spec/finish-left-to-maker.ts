/**
 * "Oberfläche: geölt oder lackiert, nach Wahl des Herstellers", "Finish: oiled or lacquered, at the factory's
 * discretion": a surface or finish field whose value the maker picks. Finishes are filed under material (as
 * "Finish: nice surface" is), so the choice handed over is a material left open, not a performance deferred.
 */
import { leftToStock } from './alternatives';
import { SURFACE_LABEL } from './finish-by-feel';
import { regex } from './patterns';
import type { VagueHit } from './spec-finding';

const LED_BY_SURFACE_LABEL = regex(String.raw`^\s{0,3}${SURFACE_LABEL}\s{0,2}(?:[:：]|\s[-–—])`, 'iu');

/** The choice handed to the maker in a clause a surface or finish label leads; none elsewhere. */
export function finishLeftToMaker(text: string): VagueHit[] {
  return LED_BY_SURFACE_LABEL.test(text) ? leftToStock(text) : [];
}
