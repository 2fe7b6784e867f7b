/**
 * A tool's torque and a part's strength praised in the languages the base lists of detect-performance miss:
 * "トルク：強力", "토크: 강력함", "Torsi: kuat", "Ruedas: súper resistentes", "Poignée : extrêmement solide", "Fil :
 * solide". Torque is counted in N·m and a handle's or a wheel's strength in a load it holds; a word sets neither.
 * The label must name the torque or the part, so "Tissu : solide" (a colour word elsewhere) is not read, and English
 * "solid" is left out: "Wire: solid" is a solid (single-strand) conductor, a fact, not praise.
 */
import { latinWords } from './patterns';

/** Korean particles and endings follow the word ("강력함", "강력합니다"), so only its start is bounded. */
const KOREAN_START = (words: string) => `(?<![\\p{Script=Hangul}])(?:${words})`;
const SCRIPT_WORDS = (words: string) => `(?<![\\p{L}\\p{M}])(?:${words})(?![\\p{L}\\p{M}])`;

/** Torque labels: Japanese, Korean, Indonesian, Vietnamese, Turkish, Polish, Russian, Ukrainian. */
export const MORE_TORQUE_LABELS = [
  'トルク|締付(?:け)?トルク|最大トルク',
  KOREAN_START('(?:최대 ?)?토크|체결 ?토크'),
  latinWords([
    'torsi(?: maks(?:imum|imal)?)?',
    'mô[- ]?men xoắn',
    'lực xoắn',
    '(?:maks(?:imum)? )?tork',
    'moment obrotowy',
  ]),
  SCRIPT_WORDS('(?:(?:максимальный )?крутящий момент|момент затяжки|крутний момент)'),
].join('|');

/** Level words of strength at the start of a value, in Japanese and Korean: "強力", "パワフル", "강력함", "힘이 셈". */
export const ASIAN_STRENGTH_LEVEL = [
  '^\\s*(?:とても|非常に|超)?(?:強力|強い|強め|パワフル|ハイパワー)',
  `^\\s*${KOREAN_START('(?:매우 |아주 )?(?:강력|강함|강한|강하|세다|셈|파워풀|힘이 ?(?:셈|세))')}`,
].join('|');

/** Parts whose strength is praised under their own label, beyond English and Chinese. */
export const MORE_PART_LABELS = latinWords([
  // Spanish, Portuguese, Italian
  'ruedas?',
  'rodas?',
  'ruote',
  'ruota',
  'asas?',
  'mangos?',
  'alças?',
  'manici',
  'manico',
  'maniglie',
  'maniglia',
  'costuras?',
  'cuciture',
  'cremalleras?',
  'zíperes?',
  'zipers?',
  'cerniere',
  'correas?',
  'tiras?',
  'cinghie',
  'bisagras?',
  'dobradiças?',
  'hilos?',
  'fios?',
  'fili',
  'filo',
  // French
  'roues?',
  'poignées?',
  'anses?',
  'coutures?',
  'fermetures? éclair',
  'sangles?',
  'bretelles?',
  'charnières?',
  'fils?',
  // German
  'Räder',
  'Rollen',
  'Griffe?',
  'Henkel',
  'Nähte',
  'Naht',
  'Reißverschlüsse?',
  'Gurte?',
  'Träger',
  'Scharniere?',
  // Polish, Turkish, Indonesian, Vietnamese
  'kółka',
  'koła',
  'uchwyty?',
  'rączk[aiy]',
  'szwy',
  'tekerlekler',
  'tekerlek',
  'sap',
  'kulp',
  'dikişler',
  'dikiş',
  'roda',
  'pegangan',
  'jahitan',
  'bánh xe',
  'tay cầm',
  'quai',
  'đường may',
]);

/** Strength words, alone or after an intensifier, at the start of the value under such a part label. */
export const MORE_PART_CLAIMS = `^\\s*(?:${latinWords(['(?:muy|súper|super|extra|bastante|muito|molto|très|extrêmement|super|sehr|extrem|besonders|bardzo|çok|sangat|rất)[ -]?'])}\\s*)?(?:${latinWords(
  [
    'resistentes?',
    'fuertes?',
    'robust[oae]s?',
    'sólid[oa]s?',
    'solid[oie]',
    'solides?',
    'fortes?',
    'robustes?',
    'stabile?',
    'robust(?:e[nrs]?)?',
    'stark(?:e[nrs]?)?',
    'reißfest',
    'mocn[aey]',
    'wytrzymał[aey]',
    'sağlam',
    'dayanıklı',
    'kuat',
    'kokoh',
    'chắc(?: chắn)?',
    'bền',
  ],
)}|${SCRIPT_WORDS('(?:прочн|крепк|надёжн|надежн)\\p{L}*')}|丈夫|頑丈|튼튼|견고)`;
