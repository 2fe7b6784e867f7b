/**
 * Performance claims with no figure, in the languages detect-performance's own lists leave out: Indonesian and
 * Malay ("tahan lama, kapasitas besar", "kalis air"), Turkish ("ağır hizmet tipi, çok sağlam", "su geçirmez"),
 * Vietnamese ("chống nước", "sạc nhanh") and Thai ("กันน้ำได้ดีมาก"), plus a foam praised only as "high density" in
 * every language the checker reads. Each is a level claimed where a measure (mAh, kg, IP code, kg/m³) belongs; the
 * detector's measure check still clears a claim that stands beside its figure.
 */
import { cjk, latinWords } from './patterns';

/** The kinds of claim listed here (a subset of detect-performance's kinds). */
type MoreKind =
  | 'capacity'
  | 'charging'
  | 'brightness'
  | 'power'
  | 'durability'
  | 'water'
  | 'slip'
  | 'life'
  | 'noise'
  | 'energy'
  | 'protection'
  | 'resistance'
  | 'density';

/**
 * Thai writes no spaces, so a claim word is found inside a run of Thai letters. Only phrases that are claims
 * whole are listed ("กันน้ำได้ดี", waterproof well; "ชาร์จเร็ว", charges fast); a bare word that also heads a
 * label ("กันน้ำ" in "ระดับการกันน้ำ:") must stand at the start of a run, where no noun precedes it.
 */
const THAI_RUN_START = (words: string) => `(?<![\\p{Script=Thai}])(?:${words})`;

export const MORE_CLAIMS: [MoreKind, string][] = [
  // Indonesian and Malay.
  [
    'capacity',
    latinWords([
      'kapasitas (?:besar|tinggi|jumbo|super)',
      'kapasiti (?:besar|tinggi)',
      'daya (?:besar|tinggi)',
    ]),
  ],
  ['charging', latinWords(['(?:pengisian|cas|ngecas|pengecasan) (?:cepat|kilat|pantas)'])],
  ['brightness', latinWords(['sangat terang', 'terang sekali', 'super terang', 'sangat cerah'])],
  [
    'durability',
    latinWords([
      'tahan lama',
      'tahan lasak',
      'awet',
      '(?:sangat |super )?kokoh',
      'kuat dan kokoh',
      'sangat kuat',
      'tahan (?:banting|benturan)',
    ]),
  ],
  ['water', latinWords(['tahan air', 'anti air', 'kedap air', 'kalis air'])],
  ['slip', latinWords(['anti (?:slip|selip|licin)', 'tidak licin'])],
  ['energy', latinWords(['hemat (?:energi|listrik|daya)', 'jimat (?:tenaga|elektrik)'])],
  ['resistance', latinWords(['tahan (?:panas|karat)', 'anti karat'])],
  ['noise', latinWords(['tidak (?:bising|berisik)', 'senyap'])],
  // Turkish. "Paslanmaz" is left out: "paslanmaz çelik" is the name of stainless steel, not a claim.
  [
    'durability',
    latinWords([
      'ağır hizmet(?: tipi)?',
      '(?:çok |son derece |ekstra |süper )?sağlam',
      '(?:çok |son derece |ekstra |süper )?dayanıklı',
      'uzun ömürlü',
      'darbeye dayanıklı',
    ]),
  ],
  ['water', latinWords(['su geçirmez', 'suya dayanıklı'])],
  ['capacity', latinWords(['(?:yüksek|büyük) kapasite(?:li)?'])],
  ['charging', latinWords(['hızlı şarj'])],
  ['brightness', latinWords(['(?:çok|süper) parlak', 'yüksek parlaklık'])],
  ['slip', latinWords(['kaymaz'])],
  ['noise', latinWords(['(?:çok )?sessiz', 'düşük gürültü(?:lü)?'])],
  ['energy', latinWords(['enerji tasarruflu'])],
  ['power', latinWords(['yüksek güç(?:lü)?', '(?:çok )?güçlü motor'])],
  ['resistance', latinWords(['ısıya dayanıklı'])],
  // Vietnamese. "Chắc chắn" (sturdy) is left out: it also means "certainly".
  [
    'durability',
    latinWords(['bền bỉ', 'siêu bền', 'rất bền', 'độ bền cao', 'chịu lực tốt', 'chịu tải (?:tốt|cao|lớn)']),
  ],
  ['water', latinWords(['chống (?:nước|thấm(?: nước)?)'])],
  ['capacity', latinWords(['dung lượng (?:lớn|cao|khủng)', 'pin trâu'])],
  ['charging', latinWords(['sạc nhanh'])],
  ['brightness', latinWords(['siêu sáng', 'rất sáng', 'sáng mạnh'])],
  ['slip', latinWords(['chống trượt'])],
  ['protection', latinWords(['chống (?:sốc|va đập)'])],
  ['energy', latinWords(['tiết kiệm (?:điện|năng lượng)'])],
  ['power', latinWords(['công suất (?:lớn|cao|mạnh)'])],
  // Thai.
  ['water', cjk(['กันน้ำ(?:ได้)?(?:ดี|เยี่ยม|100%)(?:มาก|เยี่ยม|ที่สุด)?', THAI_RUN_START('กันน้ำ')])],
  ['durability', cjk(['(?<!ความ)(?:แข็งแรง)?ทนทาน(?:มาก|สุดๆ|เป็นพิเศษ)?', 'รับน้ำหนักได้(?:ดี|มาก)'])],
  ['capacity', cjk(['ความจุ(?:สูง|ใหญ่|เยอะ)', 'แบตอึด'])],
  ['charging', cjk(['ชาร์จ(?:ไว|เร็ว)'])],
  ['brightness', cjk(['สว่าง(?:มาก|สุดๆ|พิเศษ)'])],
  ['noise', cjk(['เสียงเงียบ', 'เงียบมาก'])],
  ['slip', cjk(['กันลื่น'])],
  ['protection', cjk(['กันกระแทก'])],
  ['life', cjk(['ใช้งานได้นาน', 'อายุการใช้งานยาวนาน'])],
  ['energy', cjk(['ประหยัด(?:ไฟ|พลังงาน)'])],
];

/**
 * "пена высокой плотности", "高密度ウレタン", "고밀도 폼", "Schaumstoff mit hoher Dichte": a foam's density praised in
 * the word orders detect-performance's own list (adjective before the foam) misses. Only a density in kg/m³ or its
 * trade code grades the foam.
 */
export const MORE_DENSITY_CLAIMS: [MoreKind, string][] = [
  [
    'density',
    latinWords([
      '(?:espuma|esponja) (?:de )?alta densidad',
      'espuma (?:de )?(?:alta densidade|densidade alta)',
      'mousse (?:à |de )?(?:haute|forte) densité',
      'Schaum(?:stoff)? (?:mit )?hoher Dichte',
      'hochverdichtete[rns]? Schaum(?:stoff)?',
      '(?:gomma)?(?:schiuma|piuma) (?:ad|di) alta densità',
      'gommapiuma (?:ad|di) alta densità',
      '(?:pianka|gąbka) (?:o )?(?:wysokiej|dużej) gęstości',
      'yüksek yoğunluk(?:lu)? (?:sünger|köpük)',
      'mút (?:có )?(?:mật độ|tỷ trọng) cao',
      'busa (?:dengan )?(?:kepadatan|densitas) tinggi',
      'busa (?:high density|padat)',
      'span (?:berketumpatan|ketumpatan) tinggi',
    ]),
  ],
  [
    'density',
    '(?<![\\p{L}])(?:(?:пена|пены|пену|поролон(?:а)?|пенополиуретан(?:а)?|ППУ)\\s+высокой\\s+плотности|высокоплотн\\p{L}*\\s+(?:пен|поролон|ППУ)\\p{L}*)(?![\\p{L}])',
  ],
  ['density', cjk(['高密度(?:海綿|泡綿|ウレタン|スポンジ|フォーム)', '고밀도\\s?(?:폼|스펀지|우레탄)'])],
  ['density', '(?<![\\p{Script=Thai}])โฟม(?:ที่มี)?ความหนาแน่นสูง'],
];
