/**
 * Performance labels the word lists of detect-performance miss because of how two languages build them. German
 * joins the thing and the measure into one word ("Saugleistung", "Motorleistung", "Akkukapazität", "Leuchtkraft"),
 * so a label is read by its last part. Thai writes no spaces ("ความสว่าง: สว่างมาก", brightness: very bright), so
 * its labels are bounded by Thai letters and its level words are read at the start of the value.
 */

/** German compounds, by their head: the first matching kind names the example figure the fix suggests. */
const GERMAN_HEAD = (head: string) => `(?<![\\p{L}])\\p{L}{2,14}(?:${head})(?![\\p{L}])`;
const THAI = (words: string) => `(?<![\\p{Script=Thai}])(?:${words})(?![\\p{Script=Thai}])`;

/** The kinds of claim these labels name (a subset of detect-performance's kinds). */
type LabelKind = 'brightness' | 'capacity' | 'life' | 'power' | 'durability' | 'charging' | 'water' | 'noise';

export const COMPOUND_AND_THAI_LABELS: [LabelKind, string][] = [
  ['brightness', GERMAN_HEAD('helligkeit|leuchtkraft|lichtleistung|lichtstrom')],
  ['capacity', GERMAN_HEAD('kapazität')],
  ['life', GERMAN_HEAD('laufzeit|lebensdauer|haltbarkeit')],
  ['power', GERMAN_HEAD('leistung|saugkraft')],
  ['durability', GERMAN_HEAD('festigkeit|belastbarkeit|tragkraft|traglast')],
  ['brightness', THAI('ความสว่าง|ความเข้มแสง')],
  ['power', THAI('กำลัง(?:ไฟ|วัตต์|มอเตอร์|ดูด)?|แรงดูด|พลังดูด|กำลังไฟฟ้า')],
  ['capacity', THAI('ความจุ(?:แบตเตอรี่|แบต)?|แบตเตอรี่|แบต')],
  ['charging', THAI('(?:เวลา|ความเร็ว)?(?:การ)?ชาร์จ')],
  ['water', THAI('(?:การ|ระดับ)?กันน้ำ')],
  ['life', THAI('อายุ(?:การใช้งาน)?|ระยะเวลา(?:การ)?ใช้งาน')],
  ['durability', THAI('ความ(?:ทนทาน|แข็งแรง)|(?:การ)?รับน้ำหนัก')],
  ['noise', THAI('(?:ระดับ)?เสียง(?:รบกวน)?|ความดัง')],
];

/**
 * Thai level words at the start of the value: "สว่างมาก" (very bright), "แรง" (strong), "สูง" (high), "ดีเยี่ยม"
 * (excellent), "ยาวนาน" (long-lasting), "เร็ว" (fast), "เงียบ" (quiet), "ทนทาน" (durable), "ใหญ่" (big).
 */
export const THAI_LEVEL = `^\\s*(?:สว่าง|แรง|สูง|ดี|ยาวนาน|ยาว|นาน|เร็ว|ไว|เงียบ|ทนทาน|ทน|ใหญ่|เยอะ|มาก|ต่ำ|น้อย)(?:มาก|สุด|ที่สุด|เยี่ยม|พิเศษ)?\\s*(?:[.,!]|$)`;
