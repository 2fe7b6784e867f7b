/**
 * "Zipper: YKK #5 or similar quality", "Bearing: SKF 6203 or equivalent": a maker's part named by its model and then
 * made substitutable. The name no longer binds: what counts as similar is the supplier's call, and a cheaper no-name
 * part passes. Read only where the named thing is a maker with a model number (or a trim maker the trade knows by
 * name), so "DHL or similar" or "red or similar" are left to their own rules; "or equivalent approved by the buyer
 * in writing" keeps the choice the buyer's (checked by the caller), and so does an equivalence the line defines by
 * figures a lab can check ("or equivalent with identical dimensions, torque ≥ 0.5 N·m and UL listing").
 */
import { TRIM_MAKER } from './color-codes';

/** A maker's name with its model: "YKK #5", "SKF 6203", "Panasonic 18650", "Bosch GBH2-26", right before the words. */
const MAKER_MODEL =
  /(?:^|[\s,(:：])(?:[A-Z][A-Za-z&-]{1,20})\s{1,2}(?:#\s?|No\.?\s?)?[A-Z]{0,4}-?\d[\w./-]{0,12}(?:\s{1,2}(?:[a-z]+\s{1,2}){0,2}[a-z]+)?\s{0,2}[,;]?\s{0,2}$/u;

/**
 * A value that is nothing but a part code or a certificate, or a list of them: "ESP32", "STM32F103C8T6", "CE",
 * "CE, RoHS", "IEC 62133". The code names one chip or one paper exactly as a maker's model does, so "ESP32 or
 * similar", "CE o similar" hand the choice of chip or certificate to the supplier. A code must carry a digit after
 * capitals ("ESP32", not "Steel"); a certificate is one of the marks buyers ask for by name.
 */
const CODE_OR_MARK = String.raw`(?:[A-Z][A-Z0-9]{1,9}\d[A-Z0-9]{0,10}(?:[-.][A-Z0-9]{1,6})?|CE|FCC|RoHS|REACH|UL|UKCA|ETL|CB|GS|SAA|KC|PSE|CCC|FDA|LFGB|BIS|(?:EN|IEC|ISO|UL|GB|ASTM)\s?\d{2,6}(?:-\d{1,3})?)`;
const ONLY_CODES = new RegExp(
  String.raw`^\s{0,3}${CODE_OR_MARK}(?:\s{0,2}[,/&]\s{0,2}${CODE_OR_MARK}){0,5}\s{0,2}[,;]?\s{0,2}$`,
  'u',
);

/**
 * "Motor: Nidec or equivalent", "Bearing: SKF or similar": under a component's own label, one capitalised maker's name
 * as the whole value is the part asked for by make; "or equivalent" hands the make back to the supplier. Only under
 * these labels, so "Courier: DHL or similar" and "Colour: Red or similar" stay with their own rules.
 */
const COMPONENT_LABEL =
  /^\s{0,3}(?:[\p{L}-]{1,20}\s)?(?:motors?|bearings?|compressors?|relays?|switch(?:es)?|chips?|chipsets?|ICs?|MCU|controllers?|drivers?|capacitors?|batter(?:y|ies)|cells?|fans?|pumps?|valves?|sensors?|connectors?|LEDs?|LED chips?|transformers?|inverters?|adapters?|power supply|PSU|display|panel|screen|speakers?|magnets?|seals?|gears?|Motor|Lager|Kompressor|motore|cuscinett[oi]|moteur|roulements?|motor|rodamientos?|rolamentos?|compresor|compressor)\s{0,2}[:：]\s{0,3}$/iu;
const MAKER_ALONE = /^\s{0,3}[A-Z][A-Za-z&-]{1,20}\s{0,2}$/u;

export function namedPartBefore(before: string, label = ''): boolean {
  const near = before.slice(-50);
  return (
    MAKER_MODEL.test(near) ||
    TRIM_MAKER.test(near) ||
    ONLY_CODES.test(before) ||
    (COMPONENT_LABEL.test(label) && MAKER_ALONE.test(before))
  );
}

/** "…or equivalent with/having/meeting …": the criteria a substitute must meet, right after the words. */
const CRITERIA_OPEN = /^\s{0,2},?\s{0,2}(?:with|having|meeting|matching|that (?:meets?|matches?))\b/iu;
/** A figure bounded one way or both: "≥ 0.5 N·m", "min. 20 N", "at least 5000 h", "±0.1 mm". */
const BOUNDED_FIGURE =
  /(?:[≥≤]|>=|<=|±|\bmin(?:imum)?\.?|\bmax(?:imum)?\.?|\bat (?:least|most)|\bnot (?:less|more) than)\s{0,2}\d/iu;

export function equivalenceDefined(after: string): boolean {
  const window = after.slice(0, 120).split(/[;；。]/u)[0] ?? '';
  return CRITERIA_OPEN.test(window) && BOUNDED_FIGURE.test(window);
}
