/**
 * A lamp's light given as the old bulb it is said to match: "brightness equal to 60W incandescent", "100W
 * equivalent", "Lichtstrom wie 100W Glühbirne", "équivalent à une ampoule de 75 W", "相当于60W白炽灯". The watts are
 * those of another lamp, and makers' equivalence tables differ (a "60 W equivalent" is sold from 470 to 806 lm), so
 * nothing on the order says how much light this one must give. Only a luminous flux (lm) or an illuminance (lux)
 * answers it; detect-performance reads this only on a line that names neither.
 */

/** The old bulb's kind, after its wattage: "incandescent", "Glühbirne", "halogène", "白炽灯". */
const OLD_BULB =
  '(?:incandescent|halogen|tungsten|filament|traditional|classic|old)(?:\\s(?:bulbs?|lamps?|light))?|(?:Glüh(?:birne|lampe)|Halogen(?:lampe|birne)?)|(?:incandescente|halógena|halogéneo|halogène|alogena)|(?:gloeilamp|halogeenlamp)|(?:żarówk\\p{L}*|tradycyjn\\p{L}*)|(?:лампы накаливания|накаливания)|(?:白炽灯|卤素灯)';
/** Wattage as lamp packs write it, in the scripts they come in. */
// Not followed by a Latin letter ("60Wh" is energy); Chinese runs on ("60W白炽灯").
const WATTS = '\\d+(?:[.,]\\d+)?\\s?(?:W|Watt|watts?|Вт|瓦)(?![A-Za-z\\p{Script=Cyrillic}])';
/** Words that set this lamp equal to another: "equal to", "entspricht", "comme", "相当于". */
const EQUAL_TO =
  '(?:equal(?:s)?\\s+to|equivalent(?:\\s+to)?|equiv\\.?|same\\s+as|as\\s+bright\\s+as|comparable\\s+(?:to|with)|replaces?|replacement\\s+for|equivalente\\s+a|equivale\\s+a|igual\\s+a|équivalente?(?:\\s+à)?|comme|pari\\s+a|come|wie|entspricht|ersetzt|vergleichbar\\s+mit|gelijk\\s+aan|vergelijkbaar\\s+met|vervangt|odpowiednik|zastępuje|jak|эквивалент(?:ен|на)?|аналог|как|相当于|等同于?|等效(?:于)?)';
/** "a"/"an", "une ampoule de", "einer", "a uma lâmpada de": the words between the verb and the wattage. */
const FILLER =
  '(?:\\s{0,2}(?:an?|the|a|une?|uma?|einer?|eine[mn]?|een|una?|ampoule(?:\\s+de)?|lâmpada(?:\\s+de)?|bombilla(?:\\s+de)?|lampadina(?:\\s+da)?|żarówk\\p{L}*|лампе?\\p{L}*|лампы\\s+накаливания)){0,3}';

/** The equivalence, with a bulb kind after it when the verb alone is a common word ("wie", "comme", "как"). */
export const OLD_BULB_EQUIVALENT = new RegExp(
  [
    // A strong verb of equivalence: "equal to 60W", "entspricht 100 W", "相当于60W".
    `(?<![\\p{L}])(?:equal(?:s)?\\s+to|equivalent(?:\\s+to)?|equiv\\.?|as\\s+bright\\s+as|comparable\\s+(?:to|with)|replacement\\s+for|equivalente\\s+a|equivale\\s+a|équivalente?(?:\\s+à)?|entspricht|vergleichbar\\s+mit|vergelijkbaar\\s+met|odpowiednik|эквивалент(?:ен|на)?|аналог|相当于|等同于?|等效(?:于)?)${FILLER}\\s{0,2}${WATTS}(?:\\s{0,2}(?:${OLD_BULB}))?`,
    // A common word ("like", "wie", "comme", "jak", "как") only with the old bulb named after the watts.
    `(?<![\\p{L}])${EQUAL_TO}${FILLER}\\s{0,2}${WATTS}\\s{0,2}(?:${OLD_BULB})`,
    // "60W equivalent", "100 W incandescent equivalent", "60W-Äquivalent".
    `(?<![\\p{L}\\d.,])${WATTS}\\s{0,2}(?:(?:incandescent|halogen)\\s)?(?:equivalent|equiv\\.?|replacement|-?Äquivalent|equivalente|équivalent)(?![\\p{L}])`,
  ].join('|'),
  'giu',
);

/**
 * What makes the line about a light source: a lamp, a bulb, an LED, a luminaire, its light or brightness, or a bulb
 * kind that is a lamp by itself ("incandescent", "Glühbirne", "白炽灯"). "Halogen" alone is not one: a halogen
 * transformer, heater or oven is no lamp. A heating element "equivalent to 2000W" or a motor "comparable to 500W"
 * matches another appliance's power, which is a power and says what it is.
 */
const LIGHT_SOURCE = new RegExp(
  [
    '(?<![\\p{L}])(?:lamps?|bulbs?|light(?:s|ing)?|LEDs?|luminaires?|downlights?|spotlights?|floodlights?|flashlights?|torch(?:es)?|brightness|lumens?|luminous|incandescent|filament|ampoules?|lampes?|lumière|luminosité|Lampen?|Leuchte[n]?|Leuchtmittel|Licht|Helligkeit|Glüh\\p{L}*|lámparas?|bombillas?|focos?|luz|lampad\\p{L}*|luce|lâmpadas?|lamp(?:en)?|licht|gloeilamp\\p{L}*|żarów\\p{L}*|lampa|światł\\p{L}*|ламп\\p{L}*|светильник\\p{L}*|светодиод\\p{L}*|свет\\p{L}*|накаливания)(?![\\p{L}])',
    '灯|燈|亮度|光通量|照明|电灯|ランプ|電球',
  ].join('|'),
  'iu',
);

/** Each equivalence in `text`, as a match; none on a line about anything but a light source. */
export function oldBulbEquivalents(
  text: string,
  line: string = text,
): { start: number; end: number; text: string }[] {
  if (!LIGHT_SOURCE.test(line)) return [];
  return [...text.matchAll(OLD_BULB_EQUIVALENT)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/**
 * "Power: 9W (60W equivalent)": under the lamp's power field, the equivalence qualifies the wattage the field gives;
 * the field is about the power drawn, which it states, and claims no light (the ceiling rules read "Power: 2500 W
 * equivalent" with no wattage of its own).
 */
const POWER_FIELD_BEFORE =
  /(?:power|wattage|Leistung|puissance|potencia|potência|potenza|moc|vermogen|мощность|功率)\s{0,2}[:：][^,;，；:：]{0,40}$/iu;

export function underPowerField(text: string, start: number): boolean {
  return POWER_FIELD_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
