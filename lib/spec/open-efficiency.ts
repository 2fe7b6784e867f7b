/**
 * A blocking or filtering share given with an open end and no test it was measured by: "Filtration: 95% or more",
 * "blocks over 90% UV", "过滤效率：95%以上", "Filterleistung: über 95 %", "bloquea hasta el 99% de los rayos UV". How
 * much a mask layer, a film or a fabric stops depends entirely on the test (particle size and flow for a filter, the
 * wavelength band and the spectrometer for UV, the light source for blackout), so a share with no method names no
 * figure an inspector can repeat; the open end ("or more", "up to") says the supplier will not even hold it as a
 * floor for one method. Silent when the line names a standard or a test (EN 149, ASTM F2100, NIOSH N95, AS/NZS
 * 4399, UPF, "tested to", "按GB…"): the share is then that test's result, a figure the goods can be held to.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import { vagueFinding } from './spec-finding';

/** What is stopped or filtered: the kind of share that only a named test measures. */
const STOPPING = anyOf(
  latinWords([
    // "filtration", "filters", "Filterwirkung", "filtración", "filtragem", "filtrazione", "filtracja", "filtrasi".
    'filt(?:er|r)\\p{L}*',
    'BFE',
    'PFE',
    'UV',
    'UVA',
    'UVB',
    'ultraviolet',
    'blackout',
    'shading',
    'shade (?:rate|factor)',
    'light[- ]blocking',
    'blocks?',
    'blocking',
    'Filtration(?:sleistung|seffizienz)?',
    'Filterleistung',
    'Verdunkelung',
    'filtraci[oó]n',
    'filtragem',
    'filtra[çc][ãa]o',
    'filtrazione',
    'filtracj\\p{L}*',
    'filtrasyon',
    'lọc',
    'filtrasi',
    'penyaringan',
    'bloquea',
    'bloque(?:ia)?',
    'blocca',
    'blockiert',
    'oscurecimiento',
    'occultation',
    'tia UV',
  ]),
  scriptWords(['фильтрац\\p{L}*', 'фільтрац\\p{L}*', 'УФ', 'ультрафиолет\\p{L}*']),
  cjk([
    '过滤',
    '過濾',
    '阻隔',
    '遮光',
    '防紫外线',
    '抗紫外线',
    '紫外线',
    'ろ過',
    '濾過',
    'UVカット',
    '紫外線',
    '여과',
    '차단',
    '차광',
    '자외선',
  ]),
);

const PCT = String.raw`\d{1,3}(?:[.,]\d{1,2})?\s{0,2}%`;
/** Before the share: "over", "more than", "at least", "up to", "≥", "über", "más del", "plus de", "超过". */
const OPEN_BEFORE = anyOf(
  latinWords([
    'over',
    'above',
    'more than',
    'at least',
    'up to',
    'min(?:imum|\\.)?',
    'über',
    'mehr als',
    'mindestens',
    'bis (?:zu )?',
    'más del?',
    'hasta(?: el)?',
    'al menos(?: el)?',
    'mínimo(?: del?)?',
    'plus de',
    "jusqu[’']à",
    'au moins',
    'mais de',
    'até',
    'pelo menos',
    'oltre(?: il)?',
    'fino al',
    'almeno(?: il)?',
    'powyżej',
    'ponad',
    'do',
    'co najmniej',
    'en az',
    'trên',
    'lên (?:đến|tới)',
    'tối thiểu',
    'lebih dari',
    'hingga',
    'sampai',
    'minimal',
  ]),
  scriptWords(['свыше', 'более', 'до', 'не менее', 'понад', 'більше']),
  cjk(['超过', '超過', '高达', '高達', '最高', '最大で?', '达到?']),
  '[≥>]|>=',
);
/** After the share: "or more", "+", "以上", "oder mehr", "o más", "ou plus", "trở lên", "ve üzeri", "이상". */
const OPEN_AFTER = anyOf(
  latinWords([
    'or (?:more|above|higher|over|better)',
    'and (?:above|more|up)',
    'plus',
    'oder (?:mehr|höher|besser)',
    'und mehr',
    'o (?:más|superior|mayor|più)',
    'ou (?:plus|mais|supérieur)',
    'lub (?:więcej|wyżej)',
    've üzeri',
    'veya (?:üzeri|daha fazla)',
    'trở lên',
    'ke atas',
    'atau lebih',
  ]),
  scriptWords(['и (?:более|выше)', 'і більше']),
  cjk(['以上', '이상']),
  '\\+(?![\\d])',
);
/** The share's open end, before or after the figure. */
const OPEN_SHARE = `(?:(?:${OPEN_BEFORE})\\s{0,2}${PCT}|${PCT}(?:\\s{0,2}(?:${OPEN_AFTER}))(?![\\p{L}\\d]))`;

/** A test the share was measured by: a standard's code, a named rating, or "tested". */
const METHOD = anyOf(
  latinWords([
    '(?:EN|ISO|ASTM|GB(?:/T)?|AS/NZS|AS|NZS|JIS|KS|BS|DIN|IEC|NFPA|AATCC|YY(?:/T)?|NIOSH|GOST|ГОСТ|TCVN|SNI)[ \\-]?[A-Z]?\\d{2,6}',
    'N9[59]',
    'KN9[59]',
    'KF9[49]',
    'FFP[123]',
    'P[123]',
    'UPF',
    'SPF',
    'tested',
    'test(?:ed)? (?:to|per|by|under|method)',
    'per (?:EN|ISO|ASTM|GB)',
    'according to',
    'measured',
    'geprüft',
    'gemäß',
    'según norma',
    'ensayad[oa]',
    'selon (?:la )?norme',
    'testé',
    'conforme (?:a|à) norma',
    'testad[oa]',
    'secondo (?:la )?norma',
    'testat[oa]',
    'zgodnie z',
    'göre test',
    'theo tiêu chuẩn',
    'sesuai standar',
    '(?:0[.,]3|0[.,]1|3) ?(?:µm|μm|um|micron)',
  ]),
  cjk(['按', '依据', '根据', '测试', '檢測', '检测', '試験', '検査', '시험', '测']),
);

const WHY = msg('spec.why.performance');
const FIX = msg('spec.fix.performance', {
  example: 'filtration efficiency ≥ 95% at 0.3 µm per EN 149 (test report no. …)',
});
const CHEAP = /%/u;
const AIR_FILTER_RATING = /\b(?:MERV|ASHRAE|ISO\s?16890|EN\s?779|EN\s?1822)\b/iu;

export const openEfficiencyDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause, line: string): Finding[] {
    if (!CHEAP.test(clause.text) || !test(STOPPING, line) || test(METHOD, line)) return [];
    // What is stopped must be named in the share's own clause or in the line's label: "Recycled content: min. 20%;
    // UV-stabilised" gives a share of something else. Air-filter ratings (MERV, ASHRAE 52.2, ISO 16890) are tests too.
    const colon = line.search(/[:：]/u);
    const label = colon > 0 ? line.slice(0, colon) : '';
    if (!test(STOPPING, clause.text) && !test(STOPPING, label)) return [];
    if (AIR_FILTER_RATING.test(line)) return [];
    // Read the whole line, and keep what starts in this clause: "Filtration: 95% or more, high efficiency layer"
    // names what is filtered in one clause and the share in another, and each hit is told once.
    const end = clause.start + clause.text.length;
    return findAll(OPEN_SHARE, line)
      .filter((m) => m.start >= clause.start && m.start < end)
      .map((m) =>
        vagueFinding('performance', clause, {
          start: m.start - clause.start,
          end: Math.min(m.end, end) - clause.start,
          why: WHY,
          fix: FIX,
        }),
      );
  },
};
