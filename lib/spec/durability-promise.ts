/**
 * Durability promised by denying the failure, softened so nothing is measured: "will not break easily", "not easy to
 * tear", "very little shedding", "lasts for years", "no se rompe fácilmente", "geht nicht leicht kaputt", "ne se
 * déchire pas facilement", "不易断裂", "割れにくい", "잘 깨지지 않음", "tidak mudah pecah". "Easily", "almost no" and "for
 * years" have no load, no cycle count, no wash count and no grade behind them, so any piece that breaks can be said
 * to have needed more than "easy" force. Silent when the clause carries its own figure or test ("no fading after 20
 * washes at 40 °C", "does not break under 50 kg"): that is the measured promise, written as a negation.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, findAll, latinWords, scriptWords } from './patterns';
import { vagueFinding } from './spec-finding';

/** Failures, as the verbs the denial is built on. */
const EN_FAIL =
  '(?:break|crack|tear|rip|fade|rust|peel|deform|shed|pill|fray|bend|snap|wear(?: out)?|discolou?r|split|chip|leak|fall apart)';
const ES_PT_FAIL =
  '(?:rompe|quiebra|agrieta|decolora|destiñe|oxida|deforma|desgasta|rasga|pela|despega|quebra|racha|desbota|enferruja|solta|descasca|descascara|astilla|raya|risca|lasca)';

const PROMISE = anyOf(
  latinWords([
    // English: "will not break easily", "doesn't fade quickly", "not easy to tear", "hard to break", "lasts for years".
    `(?:will not|won[’']t|does(?: not|n[’']t)|do(?: not|n[’']t)|never|hardly(?: ever)?|rarely) ${EN_FAIL}s?(?: (?:easily|quickly|soon|for (?:a )?long(?: time)?|for years))`,
    `(?:(?:is |are )?not (?:easy|likely) to|(?:is |are )?(?:hard|difficult) to) ${EN_FAIL}`,
    `(?:very little|almost no|hardly any|little(?: or|-to-| to )no|nearly no|barely any) (?:shedding|pilling|fading|fraying|dust|lint|odou?r|smell|hair loss|colou?r (?:loss|bleeding))`,
    'lasts? (?:for )?(?:years|ages|a lifetime|forever)',
    '(?:will )?last (?:for )?(?:many )?years',
    // German: "geht nicht leicht kaputt", "bricht nicht so schnell", "kaum Fusseln", "fast kein Haarausfall".
    '(?:geht|bricht|reißt|reisst|verblasst|rostet|bleicht|verformt sich|fusselt|haart|splittert) (?:auch )?nicht (?:so )?(?:leicht|schnell)(?: kaputt| aus| ab)?',
    '(?:nicht leicht|schwer) (?:zu )?(?:brechen|zerbrechen|zerreißen|beschädigen)',
    '(?:kaum|fast kein(?:e|en)?|sehr wenig) (?:Fusseln|Haarausfall|Abrieb|Verblassen|Staub|Pilling|Geruch)',
    'hält (?:viele )?Jahre',
    // Spanish and Portuguese: "no se rompe fácilmente", "difícil de romper", "casi no suelta pelusa", "não desbota fácil".
    `no se ${ES_PT_FAIL}(?: (?:fácilmente|con facilidad|rápido|rápidamente|tan fácil))`,
    `não (?:se )?${ES_PT_FAIL}(?: (?:facilmente|com facilidade|fácil|rápido))`,
    '(?:no es fácil|difícil|não é fácil) de (?:romper|quebrar|rasgar|partir|dañar|danificar)',
    '(?:casi|quase) (?:no|não|nada de|sin|sem) (?:suelta|solta|destiñe|desbota|pelusa|polvo|pelo|fiapos|poeira|cheiro|olor)',
    '(?:muy poc[ao]s?|muito pouc[ao]s?) (?:pelusa|polvo|pelo|olor|fiapos|poeira|cheiro)',
    'dura (?:muchos )?años',
    // French and Italian: "ne se casse pas facilement", "difficile à casser", "presque pas de peluches", "non si rompe facilmente".
    "ne (?:se |s[’'])?(?:casse|déchire|décolore|rouille|déforme|fissure|peluche|abîme|use|raye) pas (?:facilement|vite|rapidement)",
    '(?:pas facile|difficile) à (?:casser|déchirer|abîmer|rayer)',
    '(?:presque pas|très peu) de (?:peluches|poussière|poils|odeur|bouloches)',
    'non si (?:rompe|strappa|scolorisce|arrugginisce|deforma|rovina|graffia) (?:facilmente|velocemente)',
    '(?:difficile|non facile) da (?:rompere|strappare|graffiare)',
    '(?:quasi nessun[ao]?|pochissim[ao]) (?:pelucchi|polvere|odore)',
    // Polish, Turkish, Vietnamese, Indonesian.
    'nie (?:łamie|pęka|rwie|blaknie|rdzewieje|odkształca|ściera) się(?: (?:łatwo|szybko))?',
    'trudno (?:złamać|rozerwać|uszkodzić)',
    'kolay(?: kolay)? (?:kırılmaz|yırtılmaz|solmaz|paslanmaz|bozulmaz|çatlamaz)',
    'không dễ (?:bị )?(?:vỡ|gãy|rách|phai(?: màu)?|hỏng|biến dạng|gỉ)',
    'khó (?:bị )?(?:vỡ|gãy|rách|phai)',
    'tidak mudah (?:pecah|patah|putus|robek|sobek|luntur|pudar|karatan|berkarat|rusak|retak)',
  ]),
  scriptWords([
    '(?:не|почти не|практически не) (?:ломается|рв[её]тся|выцветает|ржавеет|линяет|трескается|деформируется|облезает)(?: (?:легко|быстро))?',
    '(?:не|майже не) (?:ламається|рветься|вицвітає|іржавіє|линяє|тріскається)',
    'служит (?:долгие |многие )?годы',
  ]),
  cjk([
    '(?:不易|不容易|不会轻易|很难|难以)(?:损坏|坏|断|断裂|折断|破|破损|撕裂|褪色|掉色|变形|生锈|开裂|起球|掉毛|磨损)',
    '(?:基本|几乎|很少|极少)(?:不)?(?:掉毛|掉色|褪色|起球|掉屑|有异味)',
    '(?:壊れ|割れ|破れ|色あせ|色褪せ|錆び|さび|変形し|ほつれ|色落ちし|毛玉になり)にくい',
    '(?:抜け毛|毛羽|色落ち|ホコリ)(?:が)?ほとんど(?:ない|なし|ありません)',
    '(?:잘|쉽게) (?:깨지지|부러지지|찢어지지|변색되지|녹슬지|변형되지|망가지지|빠지지) 않',
  ]),
);

/** A figure or a test in the clause makes the denial a measured one. */
const MEASURED = /\d|ISO|ASTM|AATCC|\bEN\b|\bGB\b|test/iu;
/** Cheap literal gate: every promise above carries one of these. */
const CHEAP =
  /not|n[’']t|never|hardly|rarely|hard|difficult|little|almost|nearly|barely|last|nicht|kaum|kein|wenig|hält|no |não|casi|quase|poc|dura|ne |pas|non |quasi|nie |trudno|kolay|không|khó|tidak|не |почти|служит|майже|不|很难|难以|基本|几乎|很少|极少|にくい|ほとんど|않/iu;

const WHY = msg('spec.why.performance');
const FIX = msg('spec.fix.performance', {
  example: 'no break after 5,000 flex cycles; colour change ≥ grade 4 after 20 washes (ISO 105-C06)',
});

export const durabilityPromiseDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause): Finding[] {
    const text = clause.text;
    if (!CHEAP.test(text) || MEASURED.test(text)) return [];
    return findAll(PROMISE, text).map((m) =>
      vagueFinding('performance', clause, { start: m.start, end: m.end, why: WHY, fix: FIX }),
    );
  },
};
