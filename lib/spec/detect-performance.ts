/**
 * vague-performance: a performance or protection property claimed with no
 * measure ("Battery: large capacity", "Waterproof: yes", "电池：大容量",
 * "suela antideslizante"). Silent when the same part of the line names a
 * number with a unit, a rating (IP67, 5ATM, FFP2), a standard code (EN 149,
 * ISO 20345), a model or part number, or a test report: those can be checked.
 */

import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { oldBulbEquivalents, underPowerField } from './bulb-equivalence';
import { ceilingWithoutCondition, efficiencyCeilings } from './ceiling-claim';
import type { Clause } from './clauses';
import { decidedLater } from './decided-later';
import { OVER_SHORT } from './detect-quantity';
import type { AttributeDetector } from './detector';
import { saysNone, withoutOverlaps } from './detector';
import { likeExistingProduct } from './existing-product';
import { figureElsewhere } from './figure-elsewhere';
import { finishLeftToMaker } from './finish-left-to-maker';
import { firmwareByAge } from './firmware-version';
import { DENSITY_FIGURE } from './foam-grade';
import { genuineParity } from './genuine-parity';
import { termsOffRecord } from './off-record-terms';
import { followsLater, promisedWithoutFigure } from './open-promises';
import { toleranceByAgreement } from './open-tolerance';
import { findAll, latinWords, regex, test } from './patterns';
import { peakOnlyPower } from './peak-power';
import { MORE_CLAIMS, MORE_DENSITY_CLAIMS } from './performance-claims-more';
import { WORLD_CLAIMS, WORLD_LABELS, WORLD_LEVEL } from './performance-claims-world';
import { COMPOUND_AND_THAI_LABELS, THAI_LEVEL } from './performance-labels-more';
import { platingWithoutThickness } from './plating-thickness';
import { ratingMenus } from './rating-menu';
import { estimatedRuntime } from './runtime-estimate';
import { SCENT_LABEL, SCENT_PRAISE } from './scent-words';
import { tidyRange, type VagueHit, vagueFinding } from './spec-finding';
import {
  ASIAN_STRENGTH_LEVEL,
  MORE_PART_CLAIMS,
  MORE_PART_LABELS,
  MORE_TORQUE_LABELS,
} from './strength-words-more';
import { unbackedClaims } from './unbacked-claims';
import { withinUnnamedLimits } from './unnamed-limits';
import { warrantyPraise } from './warranty-praise';
import { CHOOSER, shelfLifeRange, WARRANTY_WORD, warrantyLeftOpen } from './warranty-terms';

const WARRANTY_ON_LINE = new RegExp(WARRANTY_WORD, 'iu');

import { wideCapacityRanges } from './wide-capacity';
import { widePowerRanges } from './wide-power';

/** What kind of property is claimed; it picks the example of a measurable wording. */
type Kind =
  | 'capacity'
  | 'charging'
  | 'speed'
  | 'brightness'
  | 'power'
  | 'durability'
  | 'water'
  | 'slip'
  | 'resolution'
  | 'life'
  | 'range'
  | 'efficiency'
  | 'noise'
  | 'sound'
  | 'energy'
  | 'protection'
  | 'resistance'
  | 'odour'
  | 'textile'
  | 'fastness'
  | 'treatment'
  | 'scent'
  | 'density'
  | 'hardness'
  | 'shrinkage'
  | 'abrasion'
  | 'stretch'
  | 'concentration'
  | 'generic';

/** Examples are figures and standard codes, the same in every language. */
const EXAMPLE: Record<Kind, string> = {
  capacity: '5000 mAh (min. 4900 mAh, IEC 61960)',
  charging: 'USB-C PD 20 W, 0–80% ≤ 45 min',
  speed: 'read ≥ 100 MB/s, write ≥ 60 MB/s (CrystalDiskMark)',
  brightness: '800 lm ±10%',
  power: '1200 W ±5%',
  durability: '150 kg static load, EN 1728',
  water: 'IP67, IEC 60529',
  slip: 'SRC, EN ISO 20345',
  resolution: '1080 × 2400 px, 400 nits',
  life: '24 months; ≥ 10 h ±5%',
  range: '≥ 30 m line of sight, open field, 2.4 GHz (test method ___)',
  efficiency: 'FFP2, EN 149',
  noise: '≤ 45 dB(A) @ 1 m',
  sound: 'max. SPL ≥ 85 dB at 1 m (1 W input); 80 Hz–20 kHz ±3 dB; THD ≤ 1% at 1 kHz',
  energy: '≤ 8 W, EU energy class A',
  protection: 'IP6X; drop 1.2 m × 26, MIL-STD-810H',
  resistance: '≤ 230 °C; 96 h salt spray, ISO 9227; UL 94 V-0',
  odour: 'no odour at 30 cm after 24 h airing at 23 °C (VDA 270 grade ≤ 3)',
  textile: '550 g/m² ±5%; sinks in ≤ 10 s (ISO 9073-6)',
  stretch: 'elongation ≥ 150%, recovery ≥ 90% after 1 h (ASTM D2594)',
  fastness: 'colour fastness to washing ≥ 4 (ISO 105-C06), to rubbing dry ≥ 4 / wet ≥ 3 (ISO 105-X12)',
  treatment: 'quenched and tempered to 45–50 HRC, case depth 0.8–1.2 mm, hardness report per lot',
  scent: 'fragrance oil ref. ___ (supplier, code), dosage ___ % by weight, matched to the retained standard',
  density: 'foam density 30 kg/m³ ±2 (ISO 845)',
  hardness: 'Shore A 60 ±5 (ISO 48-4)',
  shrinkage: '≤ 3% in length and width after 3 washes at 40 °C (ISO 6330 / ISO 5077)',
  abrasion: '≥ 20,000 rubs Martindale (ISO 12947-2); pilling ≥ grade 3-4 (ISO 12945-2)',
  concentration: 'hyaluronic acid 1.0% w/w (±0.1), assay by HPLC on each lot',
  generic: '___ (unit) ± ___, EN/ISO ___',
};

/** Claim phrases that are vague wherever they stand, per kind, in en, zh, es, pt, fr, de. */
const CLAIMS: [Kind, string][] = [
  [
    'capacity',
    latinWords([
      '(?:large|big|huge|high|super|extra|massive)[- ]capacity',
      '(?:gran|alta|enorme|grande) capa(?:cidad|cidade)',
      '(?:grande|haute) capacité',
      '(?:große|hohe) Kapazität',
    ]),
  ],
  ['capacity', '(?:超大|大|高)容量'],
  [
    'charging',
    latinWords([
      // "Ultra fast charging", "lightning fast charger": the praise is of the charge, which a rate or a time answers.
      '(?:(?:super|ultra|very|extra|lightning)[- ]?)?(?:fast|quick|rapid|flash)[- ]?charg(?:e|ing|er)',
      // "High speed charging", "super speed charging": the same praise of the charge (red team, stop 36).
      '(?:high|super|ultra)[- ]?speed[- ]?charg(?:e|ing|er)',
      'carga (?:súper |super )?rápida',
      'carregamento rápido',
      'charge rapide',
      'Schnellladung',
      'Schnellladen',
      'schnelles Laden',
    ]),
  ],
  ['charging', '(?:超级)?快充|快速充电|闪充|高速充电|极速充电'],
  // "high speed", "super fast", "高速": a speed praised with no rate. Not a named class whose name says "speed": a
  // "High Speed HDMI" cable or "Hi-Speed USB" port is certified to a rate, "high speed steel" (HSS) is a tool steel,
  // and "Ultra High Speed certified" names the certification programme the cable passed, not a praise.
  [
    'speed',
    latinWords([
      '(?:high|super|ultra|very|lightning)[- ]?(?:speed|fast)(?![- ]?(?:steel|HDMI|USB|rail|train|camera|sync|charg\\p{L}*|recharg\\p{L}*|certified|certification)(?!\\p{L}))',
      'fast (?:speed|transfer|read(?:ing)?|write|writing|data transfer)',
      'alta velocidad',
      'alta velocidade',
      'haute vitesse',
      '(?:hohe|schnelle) Geschwindigkeit',
    ]),
  ],
  ['speed', '高速(?!钢|公路|铁路|列车|摄像|充)|极速(?!快?充)|超快(?!充)'],
  [
    'brightness',
    latinWords([
      '(?:very|super|ultra|extra|highly)[- ]bright',
      'high[- ]brightness',
      'high[- ]lumens?',
      '(?:muy|súper|super|ultra|muito) brilhante',
      '(?:muy|súper|super|ultra) brillante',
      'alt[oa] (?:brillo|brilho|luminosidad)',
      '(?:très|super) lumineu(?:x|se)',
      'haute luminosité',
      '(?:sehr|super|extra) hell',
      'hohe Helligkeit',
    ]),
  ],
  ['brightness', '超亮|高亮度?|很亮|特亮|强光'],
  [
    'power',
    latinWords([
      '(?:super |very |extra )?powerful',
      'high[- ]power(?:ed)?',
      'strong (?:suction|magnet(?:ic)?|adhesion|grip|airflow|motor)',
      // "strong torque", "alto par", "hohes Drehmoment": a tool's torque praised where its N·m belong.
      '(?:strong|high|big|powerful|great) torque',
      'alto (?:par|torque)',
      'par (?:alto|elevado)',
      'torque elevado',
      'hohe[sn]? Drehmoment',
      '(?:fort|grand) couple',
      'couple élevé',
      '(?:alta|elevata) coppia',
      'coppia elevata',
      '(?:muy |súper |super )?potentes?',
      'alta pot(?:encia|ência)',
      '(?:très |super )?puissante?s?',
      'leistungsstark(?:e[nrs]?)?',
      'kraftvoll(?:e[nrs]?)?',
    ]),
  ],
  ['power', '大功率|强劲|超强吸力|强力'],
  [
    'durability',
    latinWords([
      'durable',
      'sturdy',
      'heavy[- ]duty',
      'robust[oa]?s?',
      'hard[- ]wearing',
      'wear[- ]resistant',
      'duraderos?',
      'duraderas?',
      'dur[aá]ve(?:l|is)',
      'uso rudo',
      'servicio pesado',
      'refor[cç]ad[oa]s?',
      'renforcée?s?',
      'rinforzat[oaie]',
      // "molto resistenti", "muy resistentes", "très résistantes", "sehr widerstandsfähig": strength said as a
      // degree, with no load, cycle count or test; "very strong" and "very durable" are read already.
      '(?:molto|muy|muito|très|super|altamente|extremadamente|estremamente) (?:resistent[eis]s?|résistante?s?|robust[oaie]s?|forti|fuertes|fortes)',
      'sehr (?:widerstandsfähig|robust|stabil|belastbar)(?:e[nrs]?)?',
      'langlebig(?:e[nrs]?)?',
      'strapazierfähig(?:e[nrs]?)?',
    ]),
  ],
  ['durability', '耐用|结实|坚固|耐磨|重型'],
  [
    'water',
    latinWords([
      'water[- ]?proof(?:ed|ing)?',
      'water[- ](?:resistant|repellent)',
      'splash[- ]?proof',
      'rain[- ]?proof',
      'impermeables?',
      'resistentes? al agua',
      'a prueba de agua',
      "[àa] prova d['’]água",
      'imperme[aá]ve(?:l|is)',
      'resistentes? à água',
      'étanches?',
      "résistante?s? à l['’]eau",
      'wasserdicht(?:e[nrs]?)?',
      'wasserfest(?:e[nrs]?)?',
      'wasserabweisend(?:e[nrs]?)?',
      'spritzwassergeschützt',
      // "IP-Schutz für außen geeignet", "IP rated for outdoor use": an ingress rating named with no code; the two
      // digits (IP65, IPX4) are the whole of what it promises.
      'IP[- ]?(?:Schutz|geschützt|rated|rating|protected|protection|protección|proteção|protection)(?!\\s{0,2}[:：]?\\s{0,2}(?:IP\\s?)?[X0-9])',
    ]),
  ],
  ['water', '防水|防泼水|防雨'],
  [
    'slip',
    latinWords([
      '(?:anti|non)[- ]?(?:slip|skid)(?:pery)?',
      '(?:slip|skid)[- ]resistant',
      'anti-?deslizantes?',
      'antiderrapantes?',
      'anti-?dérapante?s?',
      'rutschfest(?:e[nrs]?)?',
      'rutschhemmend(?:e[nrs]?)?',
    ]),
  ],
  ['slip', '防滑|止滑'],
  [
    'resolution',
    latinWords([
      // "Full HD", "Ultra HD", "FHD" name a pixel count (1920 × 1080, 3840 × 2160): only a bare "HD" is vague.
      '(?<!(?:full|ultra|true) )HD(?! ?(?:\\d|ready))(?:[- ](?:screen|display|camera))?',
      'high[- ](?:definition|resolution)',
      'hi[- ]res',
      'crystal[- ]clear',
      'alta (?:definición|resolución|definição|resolução)',
      'haute (?:définition|résolution)',
      'hochauflösend(?:e[nrs]?)?',
      'hohe Auflösung',
    ]),
  ],
  ['resolution', '高清|超清|高分辨率'],
  // "loud and clear with deep bass", "rich HiFi sound", "sonido potente", "重低音震撼": a sound praised, not measured.
  // Loudness is a sound pressure level at a distance, bass a frequency response, clarity a distortion figure; none
  // is here. Not "stereo" or "surround sound" (how many channels, a fact) and not an alarm's "loud" (its dB is
  // asked by the noise reading).
  [
    'sound',
    latinWords([
      '(?:super |very |extra |really )?loud and clear',
      '(?:super |very |extra |really )?loud (?:sound|volume|speakers?|voice|audio|music|bass)',
      '(?:deep|rich|heavy|strong|powerful|booming|punchy|thumping|big|enhanced|extra|mega|super|thick) bass',
      '(?:crisp|rich|immersive|HiFi|Hi-Fi|premium|great|amazing|excellent|superb|good|high[- ]quality|high[- ]fidelity|crystal[- ]clear|clear|big|powerful|room[- ]filling|loud|full|warm|perfect) (?:sound|audio)(?: quality)?',
      'sound quality (?:is )?(?:very |super )?(?:good|great|excellent|clear|perfect|amazing)',
      'sonido (?:potente|claro|nítido|envolvente|de alta calidad|excelente)',
      'graves (?:profundos|potentes|intensos)',
      'son (?:puissant|clair|riche|cristallin|de qualité)',
      'basses (?:profondes|puissantes)',
      '(?:kräftiger|klarer|satter|voller) (?:Klang|Sound|Bass)',
      'tiefe Bässe',
      'som (?:potente|claro|alto|nítido|de alta qualidade)',
      'suono (?:potente|chiaro|nitido|di alta qualità)',
      'bassi profondi',
    ]),
  ],
  [
    'sound',
    '(?:音质|声音|音效)(?:很|超|非常)?(?:清晰|洪亮|震撼|好|饱满|浑厚|出色)|(?:重)?低音(?:浑厚|强劲|震撼|深沉|澎湃)|超重低音|(?:高|好)音质',
  ],
  [
    'life',
    latinWords([
      'long[- ]lasting',
      'long (?:battery |service |shelf |working )?life',
      'long (?:life ?span|lifetime)',
      'long[- ]life',
      'extended (?:battery )?life',
      'long standby',
      'larga (?:duración|vida(?: útil)?)',
      'vida útil (?:larga|longa)',
      'longa duração',
      'longue (?:durée(?: de vie)?|conservation)',
      'lange[rn]? (?:Haltbarkeit|Lebensdauer|Akkulaufzeit)',
    ]),
  ],
  ['life', '(?:超)?长续航|长寿命|保质期长|长效|持久|耐久'],
  [
    'efficiency',
    latinWords([
      'high[- ](?:efficiency|filtration|performance)',
      'highly efficient',
      'efficient filtration',
      'alta (?:eficiencia|eficiência|filtración|filtragem)',
      'haute (?:efficacité|filtration)',
      'hohe (?:Effizienz|Filterleistung)',
      'hocheffizient(?:e[nrs]?)?',
    ]),
  ],
  ['efficiency', '高效(?:率|过滤)?|高过滤'],
  [
    'noise',
    latinWords([
      'low[- ]noise',
      '(?:ultra[- ]|super[- ]|whisper[- ])?quiet',
      'silent(?: operation)?',
      'noiseless',
      'silencios[oa]s?',
      'bajo ruido',
      'baixo ruído',
      'silencieu(?:x|se)s?',
      'faible bruit',
      'geräuscharm(?:e[nrs]?)?',
      'flüsterleise',
      'leise',
    ]),
  ],
  ['noise', '低噪音?|(?:超)?静音'],
  [
    'energy',
    latinWords([
      'energy[- ](?:saving|efficient)',
      'power[- ]saving',
      'low (?:power|energy) consumption',
      'ahorro de energía',
      'bajo consumo',
      'economia de energia',
      'baixo consumo',
      "économi(?:e|que)s? (?:d['’]|en )énergie",
      'basse consommation',
      'energiesparend(?:e[nrs]?)?',
      'stromsparend(?:e[nrs]?)?',
    ]),
  ],
  ['energy', '节能|省电|低功耗'],
  [
    'protection',
    latinWords([
      '(?:shock|drop|dust|crash)[- ]?proof',
      'shock[- ]resistant',
      'antichoques?',
      'a prueba de (?:golpes|polvo)',
      'à prova de (?:choque|queda|poeira)s?',
      'résistante?s? aux chocs',
      'anti-?chocs?',
      'stoßfest(?:e[nrs]?)?',
      'staubdicht(?:e[nrs]?)?',
    ]),
  ],
  ['protection', '防摔|防尘|防震|抗摔'],
  // Resistance claims of listings, each measured by a figure or a test: heat (°C), rust (salt-spray hours),
  // scratches (pencil hardness), leaks (a pressure or tilt test), flame (UL 94, EN 13501), tearing (N).
  [
    'resistance',
    latinWords([
      '(?:heat|rust|corrosion|scratch|tear|stain|UV|high[- ]temperature)[- ](?:resistant|resistance|proof)',
      '(?:rust|leak|scratch|fire|flame)[- ]?proof',
      'anti[- ]?(?:rust|corrosion|scratch|fog)',
      'flame[- ]retardant',
      'fire[- ]retardant',
      'resistentes? al (?:calor|óxido|rayado|fuego)',
      'anti-?(?:óxido|rayones|corrosión)',
      'à prova de (?:vazamentos?|ferrugem|fogo)',
      'resistentes? ao (?:calor|risco|fogo)',
      'antiferrugem',
      'résistante?s? (?:à la chaleur|aux rayures|à la corrosion)',
      'anti-?(?:rouille|rayures|fuite)',
      'ignifugée?s?',
      'hitzebeständig(?:e[nrs]?)?',
      'kratzfest(?:e[nrs]?)?',
      'auslaufsicher(?:e[nrs]?)?',
      'schwer ?entflammbar(?:e[nrs]?)?',
    ]),
  ],
  ['resistance', '耐高温|耐热|防锈|耐腐蚀|防腐蚀|耐刮|防刮|防漏|阻燃|防火|耐撕'],
  // "no leaking", "leak-free": a seal claimed with no pressure, time or tilt to test it by.
  [
    'resistance',
    latinWords([
      'no (?:leak(?:s|ing|age)?|leakage)',
      'leak[- ]free',
      'sin fugas',
      'sans fuite',
      'sem vazamentos?',
    ]),
  ],
  ['resistance', '不漏(?:水|液|气)?|无渗漏'],
  // "No bad smell", "odourless", "无异味": an odour requirement with no distance, airing time or grade.
  [
    'odour',
    latinWords([
      'no (?:bad |strange |unpleasant |chemical |strong |pungent |plastic |peculiar |special )?(?:smells?|odou?rs?)',
      'odou?r(?:less|[- ]free)',
      'smell[- ]?(?:less|free)',
      'without (?:any )?(?:bad |strange |chemical )?(?:smells?|odou?rs?)',
      'sin olor(?:es)?(?: desagradables?)?',
      'sans odeurs?',
      'inodores?',
      'sem (?:mau )?cheiro',
      'geruchlos(?:e[nrs]?)?',
      'geruchsneutral(?:e[nrs]?)?',
    ]),
  ],
  ['odour', '无(?:异|气|刺激性?|怪)?味|没有(?:异|怪)?味'],
  // Chinese writes the property first as often as the praise first: "功率大", "吸力强", "续航长", "噪音小", "承重好".
  ['power', '(?:功率|吸力|马力)(?:很|超|特别|非常)?(?:大|强|足)(?![于过])'],
  ['capacity', '(?:容量|电量)(?:很|超|特别|非常)?(?:大|足)(?![于过])'],
  ['brightness', '亮度(?:很|超|特别|非常)?高(?![于过达])'],
  ['life', '续航(?:很|超|特别|非常)?(?:长|久|持久)'],
  ['noise', '(?:噪音|声音)(?:很|超|特别|非常)?(?:小|低)(?![于过])'],
  ['durability', '承重(?:很|超|特别|非常)?(?:好|强|大)(?![于过])'],
  // Praise of a part's strength ("strong stitching", "reinforced seams") is a durability claim about that part.
  [
    'durability',
    latinWords([
      `(?:strong|tough|reinforced) ${'(?:stitch(?:ing|es)|seams?|handles?|straps?|zip(?:per)?s?|zip (?:heads?|pullers?)|buckles?|webbing|hinges?|corners?)'}`,
    ]),
  ],
  // "runs smoothly", "smooth-running zipper": a function claimed, with no cycle count or force.
  [
    'durability',
    latinWords(['(?:runs?|glides?|slides?|operates?) smoothly', 'smooth[- ](?:running|gliding|operation)']),
  ],
  ['durability', '(?:拉链|拉頭|拉头)?顺滑|牢固结实|结实牢固'],
  // "strong structure, holds a heavy person": a load claimed with no kilograms or test to hold it to. "Reinforced"
  // is left to the reinforcement claim above, which quotes the word itself.
  [
    'durability',
    latinWords([
      '(?:strong|solid|stable|firm) (?:structure|construction|frame)',
      '(?:can )?(?:holds?|bears?|supports?|takes?) (?:a )?(?:heavy|big|large|fat|overweight) (?:person|people|adults?|man|men|users?|loads?)',
      '(?:can )?(?:holds?|bears?|supports?|takes?) (?:a lot of|lots of|much|any) (?:weight|load)',
      'estructura (?:fuerte|sólida|resistente)',
      'aguanta (?:mucho peso|personas pesadas|personas grandes)',
      'estrutura (?:forte|sólida|resistente)',
      'aguenta (?:muito peso|pessoas pesadas)',
      'structure (?:solide|robuste)',
      'supporte (?:les personnes lourdes|un poids important|beaucoup de poids)',
      'stabile[rn]? (?:Konstruktion|Rahmen|Gestell)',
      'trägt (?:schwere Personen|viel Gewicht)',
    ]),
  ],
  ['durability', '结构(?:很|非常)?(?:稳固|牢固|结实|坚固|稳定)|能(?:承受|承载|坐)(?:胖子|很重的人|重的人)'],
  // "thick and fluffy, super absorbent", "flauschig und saugstark": a towel's or blanket's feel, where its fabric
  // weight (g/m²) and a sinking or drop test are what a buyer can check.
  [
    'textile',
    latinWords([
      '(?:thick|soft|plush|heavy)(?:,? (?:and|&) (?:thick|soft|fluffy|plush|cosy|cozy))+',
      '(?:super|very|extra|ultra|highly) (?:fluffy|plush|absorbent|soft and fluffy)',
      '(?:fluffy|plush|absorbent)(?:,? (?:and|&) (?:thick|soft|fluffy|plush|absorbent))+',
      'quick[- ]?dry(?:ing)? and absorbent',
      '(?:muy |súper |super )?(?:absorbente|esponjos[oa]|mullid[oa])',
      '(?:très |super )?(?:absorbante?|moelleuse?|duveteuse?)',
      '(?:super |sehr )?(?:saugstark|saugfähig|flauschig|kuschelig)',
      '(?:super |muito )?(?:absorvente|fofinh?[oa])',
      '(?:molto |super )?(?:assorbente|soffice)',
    ]),
  ],
  ['textile', '(?:超强|超|很)?吸水(?:性)?(?:强|好)|柔软蓬松|蓬松柔软|厚实柔软|柔软厚实'],
  // "no fading after washing", "colour won't bleed", "不掉色": colour fastness promised with no grade on the grey
  // scale and no test (ISO 105, AATCC 61) to grade it by.
  [
    'fastness',
    latinWords([
      "(?:no|non|without|never|won[’']t|will not|doesn[’']t|does not) (?:colou?r )?(?:fad(?:e|es|ing)|bleed(?:s|ing)?|run(?:s|ning)?)",
      '(?:non|anti)[- ]?(?:fad(?:e|ing)|bleed(?:ing)?)',
      'fade[- ](?:resistant|proof|free)',
      'colou?r ?fast(?! ?(?:ness|to\\b))',
      '(?:no|sin) (?:destiñe|decolora(?:ción)?|se destiñe|pierde (?:el )?color)',
      'não (?:desbota|solta (?:a )?cor)',
      'sem desbotar',
      'ne (?:déteint|décolore) pas',
      'sans décoloration',
      'farbecht(?:e[nrs]?)?',
      'färbt nicht ab',
      'solmaz',
      'không (?:phai|bay) màu',
    ]),
  ],
  ['fastness', '不(?:掉色|褪色|脱色|串色)|无褪色'],
  // "high density foam", "espuma de alta densidad", "高密度海绵": a foam's density praised instead of given in kg/m³.
  // Not the resin "high density polyethylene" (HDPE), whose name the words are part of.
  [
    'density',
    latinWords([
      '(?:high|super|extra|good)[- ]density(?= (?:foam|sponge|memory foam|cushion|padding|filling|fibre|fiber)| ?$| ?[,;.)])',
      '(?:espuma|esponja|goma espuma) de (?:alta|buena) densidad',
      '(?:mousse|éponge) (?:à |de )?haute densité',
      'hochdichte[rns]? (?:Schaum(?:stoff)?|Kaltschaum)',
      'schiuma (?:ad|di) alta densità',
      'espuma de alta densidade',
      '(?:pianka|gąbka) o (?:wysokiej|dużej) gęstości',
      'yüksek yoğunluklu (?:sünger|köpük)',
      'mút (?:mật độ|tỷ trọng) cao',
      'busa (?:berdensitas|kepadatan) tinggi',
      'schuim met hoge dichtheid',
    ]),
  ],
  ['density', '高密度(?:海绵|泡棉|泡沫)'],
  ...MORE_DENSITY_CLAIMS,
  // Indonesian, Malay, Turkish, Vietnamese and Thai claims: "tahan lama", "ağır hizmet tipi", "chống nước", "กันน้ำได้ดี".
  ...MORE_CLAIMS,
  // Dutch, Polish, Italian, Russian, Arabic, Hindi and Korean: "waterdicht", "szybkie ładowanie", "شحن سريع".
  ...WORLD_CLAIMS,
];

/** Parts whose strength or running is praised under their own label: "Zip heads: strong", "拉链：顺滑". */
const PART_LABEL = `${latinWords([
  'stitch(?:ing|es)',
  'seams?',
  'handles?',
  'straps?',
  'zip(?:per)?s?',
  'zip (?:heads?|pullers?)',
  'pullers?',
  'buckles?',
  'webbing',
  'hinges?',
])}|拉链|缝线|车线|提手|肩带|扣具|${MORE_PART_LABELS}`;
/** Only strength and running words: "Zipper: good quality" is praise of the part's make, the material rule's. */
const PART_CLAIM = `^\\s*(?:${latinWords(['(?:(?:very|extremely|super|extra) )?(?:strong|tough|sturdy)', 'smooth(?:ly)?', 'very smooth'])}|结实|牢固|顺滑)|${MORE_PART_CLAIMS}`;

/** Labels of a performance property: a plain "large", "high" or "yes" after one is a claim too. */
const LABELS: [Kind, string][] = [
  [
    'capacity',
    latinWords([
      'battery(?: capacity)?',
      'capacity',
      'bater[ií]a',
      'capacidad',
      'capacidade',
      'batterie',
      'capacité',
      'Akku',
      'Kapazität',
    ]),
  ],
  ['capacity', '电池(?:容量)?|容量'],
  [
    'charging',
    latinWords([
      'charging(?: time| speed)?',
      'tiempo de carga',
      'tempo de carregamento',
      'temps de charge',
      'Ladezeit',
    ]),
  ],
  ['charging', '充电(?:时间|速度)?'],
  [
    'brightness',
    latinWords(['brightness', 'luminosity', 'light output', 'brillo', 'brilho', 'luminosité', 'Helligkeit']),
  ],
  ['brightness', '亮度'],
  [
    'power',
    latinWords([
      'power',
      'motor',
      'suction(?: power)?',
      'potencia',
      'potência',
      'puissance',
      'Leistung',
      'Saugkraft',
      // A tool's torque, counted in N·m: "Torque: strong", "Drehmoment: hoch".
      '(?:max(?:imum|\\.)? )?torque',
      'Drehmoment',
      'par (?:de apriete|máximo|motor)',
      'couple(?: de serrage| maxi(?:mum|mal)?)',
      'coppia(?: di serraggio| massima)?',
      'binário',
    ]),
  ],
  ['power', '功率|吸力|扭矩|扭力'],
  // "トルク：強力", "토크: 강력함", "Torsi: kuat": a torque label in more languages.
  ['power', MORE_TORQUE_LABELS],
  [
    'durability',
    latinWords([
      'durability',
      'strength',
      '(?:max(?:imum)? )?load(?: capacity| bearing)?',
      'bearing capacity',
      'carga máxima',
      'capacidad de carga',
      'charge max(?:imale)?',
      'Belastbarkeit',
      'Tragfähigkeit',
      'Traglast',
    ]),
  ],
  ['durability', '承重|载重'],
  [
    'water',
    latinWords([
      'water[- ]?proof(?:ing)?(?: (?:level|rating|grade))?',
      'water resistance',
      'impermeabilidad',
      'impermeabilidade',
      'étanchéité',
      'Wasserdichtigkeit',
    ]),
  ],
  ['water', '防水(?:等级)?'],
  ['slip', latinWords(['sole', 'slip resistance', 'suela', 'sola', 'semelle', 'Sohle'])],
  ['slip', '鞋底|防滑'],
  [
    'resolution',
    latinWords([
      'screen',
      'display',
      'resolution',
      'pantalla',
      'resolución',
      'tela',
      'resolução',
      'écran',
      'résolution',
      'Bildschirm',
      'Auflösung',
    ]),
  ],
  ['resolution', '屏幕|显示屏|分辨率'],
  [
    'life',
    latinWords([
      'shelf life',
      'life ?span',
      '(?:service|battery|lamp) life',
      'vida útil',
      'validade',
      'durée de (?:vie|conservation)',
      'autonomie',
      '(?:Mindest)?haltbarkeit',
      'Lebensdauer',
    ]),
  ],
  ['life', '保质期|寿命|使用寿命|续航'],
  [
    'efficiency',
    latinWords([
      'filtration(?: efficiency)?',
      'efficiency',
      'filtración',
      'filtragem',
      'eficiencia',
      'eficiência',
      'efficacité',
      'Effizienz',
      'Filterleistung',
    ]),
  ],
  ['efficiency', '过滤(?:效率)?|效率'],
  ['noise', latinWords(['noise(?: level)?', 'ruido', 'ruído', 'bruit', 'Geräusch(?:pegel)?', 'Lautstärke'])],
  // "Sound: loud", "Audio: clear, deep": the speaker's own sound under its label (not "Lautstärke", the noise above).
  [
    'sound',
    latinWords([
      'sound(?: quality)?',
      'audio(?: quality)?',
      'bass',
      'speaker(?: sound)?',
      'sonido',
      'son',
      'som',
      'suono',
      'Klang',
    ]),
  ],
  ['sound', '音质|音效|声音|低音'],
  ['noise', '噪音'],
  [
    'energy',
    latinWords([
      '(?:energy|power) consumption',
      'consumo(?: de energía| de energia| energético)?',
      "consommation(?: d[’'](?:énergie|électricité))?",
      '(?:Energie|Strom)verbrauch',
    ]),
  ],
  ['energy', '功耗|能耗'],
  // A process named as done, its result unsaid: "Heat treatment: done", "热处理：有". What the treatment must reach
  // (a hardness, a case depth, a coating thickness) is what a buyer can check.
  [
    'treatment',
    latinWords([
      'heat[- ]treat(?:ment|ed)',
      'hardening',
      'quench(?:ing|ed)(?: and temper(?:ing|ed))?',
      'temper(?:ing|ed)',
      'case[- ]harden(?:ing|ed)',
      'carburi[sz](?:ing|ed)',
      'nitrid(?:ing|ed)',
      'annealing',
      'tratamiento térmico',
      'tratamento térmico',
      'traitement thermique',
      'Wärmebehandlung',
      'Härtung',
      'ısıl işlem',
      'nhiệt luyện',
    ]),
  ],
  ['treatment', '热处理|淬火|调质|渗碳|氮化|退火'],
  // "Output: high", "Parfum : agréable": a machine's output and a product's fragrance, claimed by a level word.
  ['capacity', latinWords(['output', 'throughput', 'Ausstoß', 'rendement'])],
  ['scent', SCENT_LABEL],
  // Properties a laboratory grades or measures, answered with a quality word: "Color fastness: good", "Density: high
  // density foam", "Shrinkage: minimal", "色牢度：好". Only the grade on the grey scale, the kg/m³, the % after a
  // stated wash or the rubs counted can be checked.
  [
    'fastness',
    latinWords([
      '(?:colou?r[- ]?)?fastness(?: to (?:washing|rubbing|light|perspiration|water|crocking|dry[- ]cleaning))?',
      '(?:washing|wash|rubbing|rub|light|crock(?:ing)?|perspiration) fastness',
      'solidez (?:del |de la |de )?(?:color(?:es)?|tinte|cor|tintura)',
      'solidez (?:al|a la|ao|à) (?:lavado|frote|luz|lavagem|fricção)',
      'solidité (?:des couleurs|de la couleur|de la teinture|au lavage|au frottement|à la lumière)',
      'tenue (?:des couleurs|de la couleur)',
      '(?:Farb|Wasch|Reib|Licht)echtheit',
      'solidità (?:del colore|dei colori|della tintura|al lavaggio|allo sfregamento|alla luce)',
      'renk haslığı',
      'haslık',
      'độ bền màu',
      'trwałość (?:koloru|barwy|wybarwienia)',
      'ketahanan (?:warna|luntur)',
      'kleur(?:vastheid|echtheid)',
    ]),
  ],
  ['fastness', '(?:耐洗|耐摩擦|耐光|耐汗渍|摩擦|水洗)?色牢度|染色堅ろう度'],
  [
    'density',
    latinWords([
      '(?:foam |sponge |bulk )?density',
      'densidad',
      'densité',
      '(?:Schaum(?:stoff)?)?Dichte',
      'Raumgewicht',
      'densità',
      'densidade',
      'gęstość',
      'yoğunluk',
      'mật độ',
      'tỷ trọng',
      'kepadatan',
      'densitas',
      'dichtheid',
    ]),
  ],
  ['density', '(?:海绵|泡棉)?密度'],
  [
    'hardness',
    latinWords([
      'hardness',
      'dureza',
      'dureté',
      'Härte',
      'durezza',
      'twardość',
      'sertlik',
      'độ cứng',
      'kekerasan',
      'hardheid',
    ]),
  ],
  ['hardness', '硬度'],
  [
    'shrinkage',
    latinWords([
      'shrink(?:age)?(?: rate)?',
      'encogimiento',
      'contracción',
      'retrait',
      'Schrumpf(?:ung)?',
      'Einlaufen',
      'restringimento',
      'encolhimento',
      'skurcz(?:liwość)?',
      'çekme(?: payı)?',
      'độ co(?: rút)?',
      'penyusutan',
      'krimp',
    ]),
  ],
  ['shrinkage', '缩水(?:率)?|収縮率'],
  [
    'abrasion',
    latinWords([
      'abrasion(?: resistance)?',
      'pilling(?: resistance)?',
      'anti[- ]?pilling',
      'tear strength',
      'resistencia a la abrasión',
      "résistance à l[’']abrasion",
      'Scheuer(?:beständigkeit|festigkeit)',
      'Pillingneigung',
      "resistenza all[’']abrasione",
      'resistência à abrasão',
      'odporność na ścieranie',
      'aşınma direnci',
      'độ bền mài mòn',
    ]),
  ],
  ['abrasion', '耐磨(?:性|度)|起球|抗起球'],
  // "Stretch: good elasticity", "Atmungsaktivität: sehr gut", "透气性：好": a fabric's stretch, breathability or
  // absorbency answered with a quality word. Elongation and recovery in %, air permeability in mm/s or l/m²/s, and
  // a wicking or drop time are what a laboratory reports and a buyer can hold the bulk to.
  [
    'stretch',
    latinWords([
      'stretch(?:ability|iness)?',
      'elasticity',
      'elongation',
      'recovery',
      'elasticidad',
      'elasticidade',
      'élasticité',
      'Elastizität',
      'Dehnbarkeit',
      'Dehnung',
      'elasticità',
      'elastyczność',
      'rozciągliwość',
      'esneklik',
      'độ co giãn',
      'độ đàn hồi',
      'elastisitas',
      'kelenturan',
      'elasticiteit',
      'rekbaarheid',
      'stretchighet',
      'elasticitet',
    ]),
  ],
  ['stretch', '弹性|弹力|伸缩性|伸縮性|(?<![\\p{L}])(?:эластичность|растяжимость|еластичність)(?![\\p{L}])'],
  [
    'textile',
    latinWords([
      'breathability',
      'air permeability',
      'absorbency',
      '(?:water|moisture) absorption',
      'wicking',
      'transpirabilidad',
      'respirabilidad',
      'respirabilité',
      'Atmungsaktivität',
      'Luftdurchlässigkeit',
      'Saugfähigkeit',
      'traspirabilità',
      'assorbenza',
      'respirabilidade',
      'oddychalność',
      'przepuszczalność powietrza',
      'chłonność',
      'nefes alabilirlik',
      'emicilik',
      'độ thoáng khí',
      'độ thấm hút',
      'daya serap',
      'ademend vermogen',
      'absorptievermogen',
      'andningsförmåga',
    ]),
  ],
  [
    'textile',
    '透气性|透气度|吸水性|吸湿性|(?<![\\p{L}])(?:воздухопроницаемость|впитываемость|дышащ\\p{L}*)(?![\\p{L}])',
  ],
  // The same labels in Italian, Polish, Dutch and Turkish ("Durata di vita: lunga", "Jasność: wysoka",
  // "Levensduur: lang", "Kullanım ömrü: uzun"), and in Russian ("Срок службы: долгий"), whose letters the Latin
  // word bounds do not know.
  [
    'life',
    latinWords([
      'durata(?: di vita)?',
      'vita utile',
      'autonomia',
      'żywotność',
      'trwałość',
      'levensduur',
      'houdbaarheid',
      '(?:kullanım |raf )?ömrü',
      'dayanıklılık',
    ]),
  ],
  ['life', '(?<![\\p{L}])(?:срок\\s+(?:службы|годности|эксплуатации)|ресурс|долговечность)(?![\\p{L}])'],
  [
    'power',
    latinWords(['potenza', 'moc', 'vermogen', 'güç', 'luminosità', 'jasność', 'helderheid', 'parlaklık']),
  ],
  ['power', '(?<![\\p{L}])(?:мощность|яркость)(?![\\p{L}])'],
  ['noise', latinWords(['rumorosità', 'głośność', 'geluidsniveau', 'gürültü(?: seviyesi)?'])],
  // Indonesian and Vietnamese: "Daya tahan: awet, tahan lama", "Độ bền: rất bền".
  ['durability', latinWords(['daya tahan', 'ketahanan', 'độ bền', 'tuổi thọ'])],
  // Indonesian and Malay shelf and service life: "Masa simpan: lama", "Umur pakai: panjang", "Jangka hayat: lama".
  [
    'life',
    latinWords(['masa (?:simpan|pakai|kedaluwarsa)', 'umur (?:simpan|pakai)', 'daya simpan', 'jangka hayat']),
  ],
  ['noise', '(?<![\\p{L}])(?:уровень\\s+)?шума?(?![\\p{L}])'],
  // "Saugleistung: stark", "ความสว่าง: สว่างมาก": German compounds by their head, Thai bounded by Thai letters.
  ...COMPOUND_AND_THAI_LABELS,
  // "Accu: lang", "Ёмкость: увеличенная", "बैटरी बैकअप: लंबा", "유통기한: 넉넉함".
  ...WORLD_LABELS,
];

/** After a process label, a word that only says the process was (or will be) done: "done", "yes", "有". */
const DONE = `^\\s*(?:${latinWords(['done', 'yes', 'ok', 'included', 'applied', 'completed?', 'standard', 'normal', 'available', 'required', 'sí', 'si', 'sim', 'oui', 'ja', 'hecho', 'feito', 'fait', 'realizado', 'réalisé', 'durchgeführt', 'evet', 'yapıldı', 'có'])}|有|已做|做|是|要)\\s*[.。]?\\s*$`;

/** After a sound label, the plain words of a sound's praise: "Sound: loud", "Bass: deep", "Audio: clear, rich". */
// "full" but not "full-range": a full-range driver or crossover is a speaker type, not praise.
const SOUND_PLAIN = `^\\s*${latinWords(['(?:very |super |extra )?(?:loud|clear|deep|rich|crisp|powerful|booming|punchy|warm|full(?![- ]?range)|HiFi|Hi-Fi|nice|clean)'])}`;

/** After a performance label, these plain words claim a level without measuring it. */
const PLAIN_CLAIM = [
  latinWords([
    'large',
    'big',
    'huge',
    'high',
    'long',
    'fast',
    'quick',
    'rapid',
    'strong',
    'good',
    'great',
    'excellent',
    'super',
    'very',
    'ultra',
    'extra',
    'premium',
    'low',
    'baj[oa]',
    'baix[oa]',
    'faible',
    'niedrig(?:e[nrs]?)?',
    'bright',
    'grande',
    'alt[oa]',
    'larg[oa]',
    'long[oa]',
    'rápid[oa]',
    'fuerte',
    'forte',
    'buen[oa]',
    'boa',
    'excelente',
    'haute?',
    'élevée?',
    'longue',
    'rapide',
    'bonne?',
    'excellente?',
    'gro(?:ß|ss)e?',
    'hoch',
    'hohe',
    'lange?',
    'schnell',
    'stark',
    'gut',
    'sehr',
    // A level claimed in the other languages read, and as little as can be: "Shrinkage: minimal", "Dichte: gering".
    'minimal',
    'negligible',
    'mínim[oa]',
    'minime',
    'gering(?:e[nrs]?)?',
    'buon[oa]',
    'ottim[oa]',
    'ótim[oa]',
    'bagus',
    'baik',
    'tinggi',
    'goed',
    'hoog',
    'tốt',
    'cao',
    'dobr[aey]',
    'wysok[aiy]',
    'iyi',
    'yüksek',
    // Italian, Polish, Dutch, Turkish.
    'lung[ao]',
    'buon[ao]',
    'ottim[ao]',
    'elevat[ao]',
    'veloce',
    'bass[ao]',
    'dług[aiy]',
    'wysok[aiy]',
    'dobr[aey]',
    'szybk[aiy]',
    'mocn[aey]',
    'nisk[aiy]',
    'hoog',
    'hoge',
    'goed(?:e)?',
    'snel(?:le)?',
    'sterk(?:e)?',
    'laag',
    'lage',
    'uzun',
    'yüksek',
    'iyi',
    'hızlı',
    'güçlü',
    'düşük',
    // Indonesian and Vietnamese.
    'awet',
    'tahan lama',
    'lama',
    'panjang',
    'kuat',
    'bagus',
    'tinggi',
    'bền',
    'rất bền',
    'tốt',
    'cao',
  ]),
  '(?<![\\p{L}])(?:долг|длительн|высок|хорош|быстр|мощн|низк|отличн)\\p{L}*',
  '^\\s*(?:大|高|长|快|强|好|优|低)',
  THAI_LEVEL,
  WORLD_LEVEL,
  ASIAN_STRENGTH_LEVEL,
].join('|');
/** "Waterproof: yes": only where the label itself is the claim ("Battery: yes" says a battery is there). */
const AFFIRM = `^\\s*(?:${latinWords(['yes', 'sí', 'si', 'sim', 'oui', 'ja'])}|是|有)\\s*$`;
/**
 * Alibaba's "Feature" and "Function" attributes are tags picked from a fixed list for search ("Waterproof,
 * Anti-Slip, Breathable"): catalogue keywords, not what the order promises.
 */
const TAG_LABEL = `${latinWords(['(?:special |product )?features?', 'functions?', 'características', 'caractéristiques', 'Merkmale', 'Eigenschaften'])}|特点|特性|功能`;

/** The units of Russian sheets, read with a letter boundary of their own (see MEASURE). */
const CYRILLIC_UNIT = [
  'к?мАч',
  'Ач',
  'к?Вт(?:·?ч)?',
  'лм',
  'люмен\\p{L}*',
  'дБ',
  'мм',
  'см',
  'кг',
  'ч',
  'час(?:а|ов)?',
  'мин',
  'мес(?:яц(?:а|ев)?)?',
  'лет',
  'года?',
].join('|');

const PERF_UNIT = [
  // A plating or coating thickness, a foam density, a hardness, an abrasion count: "0.5 µm", "30 kg/m³", "60 Shore A",
  // "45 HRC", "20,000 rubs".
  '[µμu]m',
  'microns?',
  'micro(?:met(?:er|re)s?|-?inch(?:es)?)',
  'µin',
  'kg/m[³3]',
  'g/cm[³3]',
  'Shore(?: ?[A-D]{1,2})?',
  'HR[ABC]',
  'HV\\d*',
  'HB',
  'rubs',
  'Martindale',
  // A fabric's weight answers its feel words: "550 gsm, super absorbent".
  'gsm',
  'GSM',
  'g/m²',
  'g/m2',
  'k?mAh',
  'k?Ah',
  '[kmM]?Wh',
  '[kmM]?W',
  'k?V',
  'mA',
  'A',
  'lm',
  'lumens?',
  'lux',
  'lx',
  'nits?',
  'cd(?:/m²|/m2)?',
  'K',
  'dB(?:\\s?\\(?A\\)?)?',
  '[kM]?Hz',
  'rpm',
  'r/min',
  'h',
  'hrs?',
  'hours?',
  'min(?:s|utes?)?',
  's',
  'secs?',
  'seconds?',
  'days?',
  'weeks?',
  'months?',
  'years?',
  'yrs?',
  '[mck]?m',
  'ft',
  'feet',
  'in(?:ch(?:es)?)?',
  '"',
  '″',
  'kgs?',
  'g',
  't',
  'tons?',
  'lbs?',
  'k?N(?:m)?',
  '[kM]?Pa',
  'bar',
  'psi',
  '%',
  '°\\s?[CF]',
  '℃',
  'ATM',
  'PPI',
  'dpi',
  'px',
  'pixels?',
  'MP',
  '[MG]bps',
  '[GT]B',
  'm?l',
  'L/min',
  'm³/h',
  'CFM',
  'cycles?',
  'times',
  'p',
  'ans?',
  'mois',
  'jours?',
  'heures?',
  'años?',
  'meses',
  'días',
  'horas?',
  'anos',
  'dias',
  'Jahre',
  'Monate',
  'Tage',
  'Stunden',
  'Std',
  'minutos',
  'Minuten',
  '小时',
  '小時',
  '分钟',
  '秒',
  '天',
  '个月',
  '月',
  '年',
  '流明',
  '毫安时?',
  '瓦',
  '伏',
  '分贝',
  '米',
  '厘米',
  '毫米',
  '公斤',
  '千克',
  '克',
  '吨',
  '牛',
  '次',
  '寸',
  '英寸',
  '级',
  // Thai units as sheets write them after the figure: "1000 ลูเมน" (lumens), "150 กก." (kg), "50 วัตต์" (watts),
  // "8 ชั่วโมง" (hours). A claim beside one ("สว่างมาก 1000 ลูเมน") is measured, as "very bright, 1000 lm" is.
  'ลูเมน',
  'ลักซ์',
  'วัตต์',
  'โวลต์',
  'กก\\.?',
  'กิโลกรัม',
  'กรัม',
  'ตัน',
  'มม\\.?',
  'ซม\\.?',
  'เมตร',
  'ชั่วโมง',
  'ชม\\.',
  'นาที',
  'เดซิเบล',
  'มิลลิแอมป์(?:ชั่วโมง)?',
  'ลิตร',
];

/** What makes a claim checkable: a measured value, a rating, a standard, a model or a test report. */
const MEASURE = [
  // A number with a unit: "5000 mAh", "0–80% in 45 min", "24个月", "800lm".
  `(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?\\s?(?:${PERF_UNIT.join('|')})(?![A-Za-z])`,
  // A pixel count: "1080 x 2400", "1920×1080", "720p", "4K".
  '\\d{3,4}\\s?[x×*]\\s?\\d{3,4}',
  // Ratings defined by a standard.
  latinWords([
    'IP ?[X0-6][X0-9]K?',
    'IPX\\d',
    '\\d+ ?ATM',
    'FFP ?[123]',
    'K?N ?(?:95|99|100)',
    'KF ?(?:80|94|99)',
    'P[123]',
    'R(?:9|1[0-3])',
    'S(?:RA|RB|RC|[1-5]P?|B)',
    'O[1-3]',
    'Class (?:I{1,3}|[0-9A-F][+]*)',
    'UL ?94',
    'V-?[012]',
    'H1[0-4]',
    'MERV ?\\d+',
    'CAT ?(?:I{1,3}|IV)',
    '(?:full|ultra|true) HD',
    '[FUQ]HD',
    'WQHD',
    'energy (?:class|rating) [A-G]',
    'classe énergétique [A-G]',
    'Energieeffizienzklasse [A-G]',
  ]),
  // A grade on a scale, or a hardness written scale first: "grade 4-5", "Note 4", "Shore A 60", "HRC 45".
  latinWords([
    '(?:grades?|grado|grau|Note|Stufe|niveau|stopień|derece(?:si)?|cấp) ?\\d(?:[-–/.]\\d)?',
    'Shore ?[A-D]{0,2} ?\\d{1,3}',
    'HR[ABC] ?\\d{2}',
  ]),
  // A standard code: "EN 149", "ISO 20345", "IEC 60529", "GB/T 2828", "ASTM F2413", "LM-80".
  latinWords([
    '(?:EN|ISO|IEC|ASTM|GB(?:/T)?|UL|ANSI|DIN|JIS|BS|AS(?:/NZS)?|NFPA|SAE|MIL-STD|IEEE|ISTA|NIOSH|CSA|ASME|IES|LM|TM|NBR|NF|UNE|GOST|CFR|QB(?:/T)?)(?: ?(?:EN|ISO|IEC))?[ -]?[A-Z]?\\d{2,}(?:[-.:]\\d+)*',
  ]),
  // A model or part number, or a cell/part code ("CR2032", "18650", "IMX586").
  latinWords([
    '(?:model|part|P/N|item|art(?:icle)?|ref(?:erence)?|Modell|modelo|modèle|réf(?:érence)?)\\.? ?(?:no\\.?|nr\\.?|number|#)? ?[:：]? ?[A-Z0-9][A-Z0-9-]{2,}',
    '18650|21700|26650',
  ]),
  // A referenced test report or testing house.
  latinWords([
    'test(?:ing)? (?:report|certificate)',
    'lab report',
    'SGS',
    'Intertek',
    'T[ÜU]V',
    'Bureau Veritas',
    'informe de (?:ensayo|prueba)',
    "rapport d['’]essai",
    'Prüfbericht',
    'Testbericht',
    'laudo',
    'relatório de ensaio',
  ]),
  '检测报告|测试报告|检验报告|型号',
  // Units as Russian sheets write them ("5000 мАч", "10 Вт", "1200 лм", "18 мм") and the standard codes of the CIS
  // ("ГОСТ 3916.1-2018", "ТУ 5512-001"). A Cyrillic unit runs on into no further letter: "5 ч" is hours, "5 чашек"
  // is a count of cups.
  `(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?\\s?(?:${CYRILLIC_UNIT})(?![\\p{L}])`,
  '(?<![\\p{L}])(?:ГОСТ(?: Р)?|ТУ|СТБ|ДСТУ|ТР ТС)[ -]?\\d{2,}(?:[-.:/]\\d+)*',
].join('|');
/** An upper-case code with letters and digits ("IMX586", "XM-L2"), read case-sensitively. */
const CODE = /(?<![\p{L}\d])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]+)*(?![\p{L}\d])/u;

/**
 * A lamp's "equal to 100W", "100W equivalent", "相当于100W": the wattage of an old bulb it is said to match, not a
 * measure of this one's light (lumens, lux). Set aside before a claim's measure is looked for.
 */
const EQUIVALENT_WATTS =
  /(?:\b(?:equal(?:s)?\s+to|equivalent(?:\s+to)?|equiv\.?|same\s+as|replaces?|replacement\s+for|comparable\s+to|like\s+an?|éq\.?|equivalente\s+a|entspricht|相当于|等同于?|等效)\s{0,2}\d+(?:[.,]\d+)?\s?W\b|\b\d+(?:[.,]\d+)?\s?W\s+(?:equivalent|equiv\.?|replacement|incandescent|halogen)\b)/giu;

function measured(text: string): boolean {
  const own = text.replace(EQUIVALENT_WATTS, ' ');
  return test(MEASURE, own) || [...own.matchAll(new RegExp(CODE.source, 'gu'))].some((m) => m[0].length >= 4);
}

const WHY = msg('spec.why.performance');
const WHY_WATTS = msg('spec.why.brightnessInWatts');
const fixFor = (kind: Kind) => msg('spec.fix.performance', { example: EXAMPLE[kind] });

/** Pieces of a clause: separated by ";", "|" or a comma, each ends where the next one begins. */
function pieces(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[;；|,，、]/gu)) {
    out.push({ start, end: m.index });
    start = m.index + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

/**
 * Every colon of the clause that ends a label, in order: read once per clause. A piece stands under its own "Label:"
 * or, for a continuation ("Battery: large capacity, 5000 mAh"), the last one before it. A colon 40 characters after
 * its separator is a sentence, not a label. Looking back from each colon only as far as a label reaches keeps this
 * linear; a scan of the whole prefix per colon and per piece made a long comma list quadratic.
 */
function labelsIn(text: string): { labelStart: number; colon: number }[] {
  const labels: { labelStart: number; colon: number }[] = [];
  for (const m of text.matchAll(/[:：]/gu)) {
    const from = Math.max(0, m.index - 41);
    const sep = text.slice(from, m.index).search(/[;；|,，、][^;；|,，、]*$/u);
    const cut = sep >= 0 ? from + sep + 1 : from === 0 ? 0 : -1;
    if (cut >= 0 && m.index - cut <= 40) labels.push({ labelStart: cut, colon: m.index });
  }
  return labels;
}

function kindOf(table: [Kind, string][], text: string): Kind | undefined {
  return table.find(([, source]) => test(source, text))?.[0];
}

/**
 * "Hardness: soft", "Dureza: media", "硬度：适中": a hardness or firmness given as a word. Soft and hard are the two
 * ends of a scale that has numbers (Shore A/D for rubber and foam, HRC or HV for metal, ILD for mattresses); a word
 * leaves where on it the goods fall to whoever makes them. Read only after a hardness label.
 */
const HARDNESS_WORD = `^\\s*(?:(?:very|quite|extra|super|medium|semi|muy|très|sehr|molto|muito|偏|较|比较|中)[\\s-]?)?(?:${latinWords(
  [
    'soft',
    'hard',
    'firm',
    'medium(?:[- ](?:soft|hard|firm))?',
    'moderate',
    'normal',
    'suitable',
    'appropriate',
    'comfortable',
    'standard',
    'blando',
    'blanda',
    'suave',
    'dur[oa]',
    'medi[oa]',
    'moderad[oa]',
    'firme',
    'mou',
    'molle',
    'souple',
    'dure?',
    'moyenne?',
    'ferme',
    'weich',
    'hart',
    'mittel(?:hart|weich)?',
    'fest',
    'macio',
    'macia',
    'morbid[oa]',
    'rigid[oa]',
    'miękk[aiy]',
    'tward[aey]',
    'średni[aey]?',
    'yumuşak',
    'sert',
    'orta',
    'mềm',
    'cứng',
    'vừa(?: phải)?',
    'lunak',
    'keras',
    'sedang',
    'zacht',
    'middel',
  ],
)}|(?<![\\p{L}])(?:мягк|тв[её]рд|средн|жёстк|жестк)\\p{L}*|软|硬|适中|中等|柔软|一般|合适|柔らか|硬め|普通)`;

/**
 * A lamp's light is its luminous flux (lm), illuminance (lux), intensity (cd, kcd) or luminance (nits, cd/m²); "Brightness: 50W" gives the
 * power it draws, which says nothing of the light an LED of that wattage gives (its efficacy varies threefold).
 */
// Each number pattern starts only where a digit run starts (`(?<![\d.,])`): tried from inside a 50,000-digit run,
// `[\d.,]*` rescanned the rest of it from every position.
/** The luminous flux named with its figure, the unit left out: "luminous flux 900", "光通量800", "Lumen: 900". */
const FLUX_FIGURE = String.raw`(?:luminous\s+flux|flujo\s+luminoso|flux\s+lumineux|lichtstrom|光通量|光束|lumens?)\s?[:：]?\s?\d`;
/**
 * A hardness measured beside its word, on any scale suppliers write: "适中，邵氏A 50度", "soft, 40 Asker C",
 * "miękka, 40 ShA", "medium firm (ILD 32)", "HRC 58". The word then only names where the figure falls.
 */
const HARDNESS_FIGURE = String.raw`(?:shore|邵氏|邵[ad]|asker|ild|hrc|hrb|hv|hb|irhd)\s?[a-d0o]?\s?\d|\d[\d.,±\s-]*\s?(?:°\s?)?(?:shore|sh\s?[ad]\b|asker|ild\b|hrc|hrb|hv\d*|hb\b|irhd|度)`;
const LIGHT_MEASURE = String.raw`(?<![\p{L}\d.,])\d[\d.,]*\s?(?:lm|lumens?|lúmen(?:es|s)?|lux|lx|nits?|k?cd(?:/m²|/m2)?|candelas?|流明|ルーメン|ลูเมน)(?![\p{L}])|(?<![\p{L}])(?:lm|lumens?|lux)\s?[:：]?\s?\d`;
const WATTS = String.raw`(?<![\p{L}\d.,])\d[\d.,]*\s?[kK]?W(?![\p{L}])`;

/**
 * A noise figure in decibels, but not the loudness of a sound the goods make on purpose: "alarm 85 dB", "siren 110
 * dB", "speaker volume 90 dB", "蜂鸣器85分贝". A loud alarm is a quiet product's alarm; "quiet operation" asks how loud
 * the goods are while they run, which only their own noise figure answers. A signal-to-noise ratio ("S/N ≥ 90 dB")
 * is the noise of an amplifier, and answers "low noise".
 */
const LOUD_BY_DESIGN =
  'alarms?|sirens?|buzzers?|horns?|beep(?:er|s)?|speakers?|volume|ring(?:tone|er)?|whistles?|bells?|Alarm|Sirene|Lautsprecher|alarma|sirena|altavoz|alarme|sirène|haut-parleur|报警(?:器|声)?|警报(?:器|声)?|蜂鸣(?:器)?|喇叭|音量|扬声器';
/**
 * A dB figure the line itself names as noise ("noise level 25 dBA", "噪音≤35分贝", "Geräuschpegel 40 dB") is the
 * goods' own noise whatever follows it: "noise level 25 dBA with sound alarm" tells how loud the fan runs and, apart,
 * that it has an alarm.
 */
/**
 * An alarm's or siren's own noise ("alarm noise 95 dB") is its loudness by design, not the goods' running noise; a
 * speaker's or an amplifier's noise ("speaker noise < 25 dB") is their hiss, and does answer "low noise".
 */
const SIGNALS =
  'alarms?|sirens?|buzzers?|horns?|beep(?:er|s)?|Alarm|Sirene|alarma|sirena|alarme|sirène|报警(?:器|声)?|警报(?:器|声)?|蜂鸣(?:器)?';
const NOISE_WORD = String.raw`(?:noise|噪音|噪声|ruido|ruído|bruit|Geräusch\p{L}*|Lärm\p{L}*|rumore|rumorosità|шум\p{L}*|gürültü|độ ồn|kebisingan)`;
const NOISE_FIGURE = String.raw`(?<!(?:${LOUD_BY_DESIGN})[^,;，；|\d]{0,20})(?<![\d.,])\d[\d.,]*\s?(?:dB|分贝)(?![^,;，；|]{0,16}(?:${LOUD_BY_DESIGN}))|(?<!(?:${SIGNALS})[\s'’-]{0,3})${NOISE_WORD}[^,;，；|\d]{0,16}?(?<![\d.,])\d[\d.,]*\s?(?:dB|分贝)`;

/**
 * The figures that answer a claim of each kind, when the claim stands beside them on the piece's own line rather
 * than under a label: "LED bulb 15W, 1600lm, super bright" has its brightness in lumens; "15W" alone would not.
 * Kinds with no entry here are answered only as before (by a measure in the same piece or labelled stretch).
 */
const ANSWERED_BY: Partial<Record<Kind, string>> = {
  brightness: LIGHT_MEASURE,
  // A washing machine's or a dryer's capacity is the load it takes in kilograms ("carico 10 kg", "9 kg load"); the
  // weight of the goods themselves ("2 kg") is no load, so the kilograms count only beside a load word.
  capacity: String.raw`(?<![\p{L}\d.,])\d[\d.,]*\s?(?:k?mAh|[kM]?Wh|ml|mL|l|L|litres?|liters?|GB|TB|升|毫升|мАч)(?![\p{L}])|(?:load(?:ing)?|carico|carga|charge|Beladung|Füllmenge|capacity|capacità|capacidad|capacité|Kapazität|загрузк\p{L}*|洗涤容量|容量)[^,;，；|\d]{0,16}?\d[\d.,]*\s?(?:kg|кг|公斤)(?![\p{L}])|\d[\d.,]*\s?kg\s(?:load|drum|capacity|di carico|de carga)\b`,
  // A shelf or service life given as a period of months or years elsewhere on the clause ("a lunga conservazione,
  // scadenza 6 mesi"). A warranty's period is a promise to repair, not how long the goods last, so it does not count.
  life: String.raw`(?<![\p{L}\d.,])(?=\d)(?<!(?:warrant\p{L}*|guarant\p{L}*|garan[tz]\p{L}*|Gewährleistung|гарант\p{L}*|ضمان|质保|保修)[^,;，；|\d]{0,20})\d{1,3}\s?(?:months?|years?|meses|años|anos|mois|ans|Monate|Jahre|mesi|anni|maanden|jaar|miesi\p{L}*|lat|месяц\p{L}*|мес|лет|года?|أشهر|شهرا?|سنوات|سنة|महीने|साल|개월|년|个月|年)(?![\p{L}])`,
  // An IP code answers a water claim only when its second digit is a water rating: "IP20", "IPX0", "IP6X" say the
  // goods were not tested against water at all.
  // A board's resistance to water is its bond class: "WBP", "BWR", "ФСФ" and "ФК" (the phenol and urea glues of
  // GOST 3916.1), "EN 314-2 class 3", "EN 636-3", "I类胶合板".
  water: String.raw`\bIP ?[X0-6][1-9]K?\b|\b\d+ ?ATM\b|\b(?:WBP|BWR|BWP|CTB-?X|MR grade)\b|(?<![\p{L}])(?:ФСФ|ФК|ФБ)(?![\p{L}])|\bEN ?314(?:-2)?\b[^,;]{0,12}class ?[123]|\bEN ?636-?[123]\b|[ⅠⅡI]类(?:胶合板|胶)`,
  noise: NOISE_FIGURE,
  // A sound pressure level, a frequency response or an output in watts measures the sound the claim praises.
  sound: String.raw`(?<![\p{L}\d.,])\d[\d.,]*\s?(?:dB(?:A|\(A\)|\s?SPL)?|k?Hz|W(?:\s?RMS)?)(?![\p{L}])`,
  // An active ingredient's share: "vitamin C 10%, high concentration", "0,5 mg/ml".
  concentration: String.raw`(?<![\p{L}])\d+(?:[.,]\d+)?\s?(?:%|‰|mg\/(?:g|ml|mL)|ppm)`,
  // The charging rate (watts, amperes, a PD profile) or the time a charge takes ("0–80% in 30 min", "full charge in 2
  // h", "充满电2小时"); a playtime or a standby time is how long a charge lasts, not how fast it comes.
  charging: String.raw`(?<![\p{L}\d.,])\d[\d.,]*\s?(?:W|A)(?![\p{L}])|\bPD\s?\d|(?:charg\p{L}*|recharg\p{L}*|carga|carregamento|recharge|Lade\p{L}*|充电|充满电?|满电)[^,;，；|]{0,24}?\d{1,3}(?:[.,]\d)?\s?(?:min(?:utes?|s)?|h(?:ours?|rs?)?|小时|分钟)(?![\p{L}])|\b0\s?[-–~]\s?\d{2,3}\s?%[^,;，；|]{0,12}?\d{1,3}\s?(?:min(?:utes?|s)?|h)(?![\p{L}])`,
  // A transfer, read or write rate, a turning speed or a travel speed: "150 MB/s", "10 Gbps", "3000 rpm", "25 km/h".
  // Any count or length per unit of time is a rate too: a sewing machine's "5000 spm" or "stitches/min", a laser's
  // "7000 mm/s", a cutter's "30 m/min", a line's "120 pcs/min"; and a motor's turns in Chinese ten-thousands
  // ("11万转").
  speed: String.raw`(?<![A-Za-z\d.,])\d[\d.,]*\s?(?:[KMGT]B\/s|[KMGT]bps|[KMGT]b\/s|rpm|r\/min|RPM|km\/h|mph|m\/s|fps|ppm|spm|cpm|bpm|转\/分|万?转)(?![\p{L}])|(?<![\p{L}\d.,])\d[\d.,]*\s?\p{L}{1,10}\s?\/\s?(?:s|sec|min|h|hr|hour)(?![\p{L}])|(?<![\p{L}\d.,])\d[\d.,]*\s?\p{L}{1,10}\s(?:per|a|an)\s(?:second|minute|hour)(?![\p{L}])|\bUHS-?I{1,3}\b|\b(?:U[13]|V(?:10|30|60|90)|A[12])\b|\bClass ?10\b`,
};

/**
 * Two measured options with none chosen ("150 ml ou 200 ml, a definir"): the size or weight rule reads that open
 * choice; "to be defined" after it is the same finding, not a second one about performance.
 */
/** A print, logo or artwork label: what it leaves open is the customization rule's to say. */
const PRINT_LABEL =
  /^\s*(?:impression|imprim\p{L}*|print(?:ing)?|druck|stampa|impresi[oó]n|impress[aã]o|nadruk|baskı|logo|artwork|design|texte?|testo|texto)(?!\p{L})/iu;
const MEASURED_OPTIONS =
  /\d\s?(?:ml|l|cl|cm|mm|m|kg|g|w|v|mah|pcs)(?!\p{L})\s{1,2}(?:or|ou|o|oder|lub|albo|или|或)\s{1,2}\d/iu;

/** A label naming the shipping carton: "Carton:", "Outer carton:", "Master ctn:", "Karton:", "Cartone esterno:". */
const SHIPPING_CARTON_LABEL =
  /^\s*(?:(?:outer|master|export|shipping|inner)\s)?(?:cartons?|ctns?|Kartons?|cartone(?:\sesterno)?|cart[oó]n|caixa de papelão|kartong|karton(?:nen doos)?|外箱|纸箱)\s{0,2}[:：]\s*$/iu;

/** The carton board's own strength: its plies, flute, wall, edge-crush, box-compression or burst figure. */
const BOARD_STRENGTH =
  /(?<![\d.,])[357]\s?-?\s?ply\b|\b[A-E]{1,2} ?flute\b|\b(?:double|triple)[- ]wall\b|\d\s{0,2}(?:ECT|BCT)\b|\b(?:ECT|BCT|burst(?:ing)?(?: strength)?)\s{0,2}[:=]?\s{0,2}\d/iu;

export const performanceDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause, line: string): Finding[] {
    // "Packing: waterproof bag, strong carton": packing words are the packaging rule's to judge.
    if (clause.attribute === 'packaging') return [];
    // "Carton: sturdy enough, 5-ply, 32 ECT": the shipping carton's strength is a packing fact the packaging rule reads
    // against the board and size given; it is not a performance claim about the goods.
    // Only when the board is given: "Carton: sturdy" alone is still a strength nobody can test.
    if (SHIPPING_CARTON_LABEL.test(clause.text.slice(0, clause.valueStart)) && BOARD_STRENGTH.test(line))
      return [];
    const text = clause.text;
    const hits: (VagueHit & { kind: Kind })[] = [];
    const labels = labelsIn(text);
    // Every piece under one label shares its stretch: measured once per label, not once per piece.
    const stretchMeasured = new Map<number, boolean>();
    // Whether the clause gives a figure of each kind: read once per clause and kind, not once per claim (a clause of
    // thousands of claims rescanned itself for each).
    const answeredKinds = new Map<Kind, boolean>();
    let ownText: string | undefined;
    const answeredInClause = (kind: Kind): boolean => {
      let known = answeredKinds.get(kind);
      if (known === undefined) {
        const source = ANSWERED_BY[kind];
        ownText ??= text.replace(EQUIVALENT_WATTS, ' ');
        known = source !== undefined && test(source, ownText);
        answeredKinds.set(kind, known);
      }
      return known;
    };
    let next = 0;
    for (const piece of pieces(text)) {
      // Pieces come in order: the label is the last one whose colon lies before the piece's end.
      while (next < labels.length && (labels[next] as { colon: number }).colon < piece.end) next++;
      const label = next > 0 ? labels[next - 1] : undefined;
      const pieceText = text.slice(piece.start, piece.end);
      // "Brightness: 50W", "亮度：30W": the brightness stretch measured in watts only, the power drawn, not the light.
      if (label && label.colon < piece.end && label.colon >= piece.start) {
        const stretch = text.slice(label.colon + 1, nextLabelAfter(text, label.colon));
        const labelText = text.slice(label.labelStart, label.colon);
        if (
          kindOf(LABELS, labelText) === 'brightness' &&
          test(WATTS, stretch.replace(EQUIVALENT_WATTS, ' ')) &&
          // The light may be given under its own label on the line: "Brightness: 10W | Lumen: 900", "光通量800".
          !test(LIGHT_MEASURE, line) &&
          !test(FLUX_FIGURE, line)
        ) {
          const range = tidyRange(text, label.labelStart, piece.end);
          if (range.end > range.start)
            hits.push({ ...range, kind: 'brightness', why: WHY_WATTS, fix: fixFor('brightness') });
          continue;
        }
      }
      // "Waterproof IP20 driver": the piece's only rating has no water digit, so it answers every claim but the water one.
      const dryOnly =
        DRY_IP.test(pieceText) &&
        test(WATER_CLAIM, pieceText) &&
        !measured(pieceText.replace(DRY_IP_ALL, ' '));
      if (!dryOnly && measured(pieceText)) continue;
      // The whole labelled stretch counts: "Battery: large capacity, 5000 mAh" is measured.
      if (label) {
        let known = stretchMeasured.get(label.colon);
        if (known === undefined) {
          known = measured(text.slice(label.labelStart, nextLabelAfter(text, label.colon)));
          stretchMeasured.set(label.colon, known);
        }
        if (known) continue;
      }
      // "Material: durable ABS", "Weight: heavy duty": praise under another attribute's label is that rule's to judge.
      // Past the first value, though, a colour, size, quantity or date label does not own a water or strength
      // claim: "Cor: preto, resistente à água" names a colour and then claims a protection.
      const continuation = label !== undefined && label.colon < piece.start;
      const praiseOwner = clause.attribute === 'material' || clause.attribute === 'weight';
      if (
        clause.attribute &&
        (!label || label.colon === clause.valueStart - 1) &&
        (praiseOwner || !continuation)
      )
        continue;
      if (label && test(TAG_LABEL, text.slice(label.labelStart, label.colon))) continue;
      const valueStart = label && label.colon >= piece.start ? label.colon + 1 : piece.start;
      const inValue = (dryOnly ? CLAIMS.filter(([kind]) => kind === 'water') : CLAIMS).flatMap(
        ([kind, source]) =>
          findAll(source, text.slice(valueStart, piece.end)).map((m) => ({
            kind,
            start: valueStart + m.start,
            end: valueStart + m.end,
          })),
      );
      if (inValue.length > 0) {
        // "LED bulb 15W, 1600lm, super bright": the piece's own product line gives the figure the claim is about, so
        // the claim is a description of a measured property. Only a figure of the claim's kind answers it.
        const answered = (kind: Kind) => !label && answeredInClause(kind);
        hits.push(
          ...inValue.filter((c) => !answered(c.kind)).map((c) => ({ ...c, why: WHY, fix: fixFor(c.kind) })),
        );
        continue;
      }
      // "Waterproof: yes", "Battery: large", "亮度：高": a performance label with a plain level after it.
      if (!label || label.colon < piece.start) continue;
      const labelText = text.slice(label.labelStart, label.colon);
      const value = text.slice(label.colon + 1, piece.end);
      const kind = kindOf(CLAIMS, labelText) ?? kindOf(LABELS, labelText);
      const partClaim = !kind && test(PART_LABEL, labelText) && test(PART_CLAIM, value);
      if ((!kind && !partClaim) || saysNone(value) || value.trim().length > 40) continue;
      if (
        !partClaim &&
        !test(PLAIN_CLAIM, value) &&
        !(kind === 'scent' && test(SCENT_PRAISE, value)) &&
        !(kind === 'sound' && test(SOUND_PLAIN, value)) &&
        !(test(AFFIRM, value) && kindOf(CLAIMS, labelText)) &&
        !(kind === 'treatment' && test(DONE, value)) &&
        !(
          kind === 'hardness' &&
          test(HARDNESS_WORD, value) &&
          !test(HARDNESS_FIGURE, text.slice(label.colon + 1, nextLabelAfter(text, label.colon)))
        )
      )
        continue;
      const range = tidyRange(text, label.labelStart, piece.end);
      const claimed = kind ?? 'durability';
      if (range.end > range.start) hits.push({ ...range, kind: claimed, why: WHY, fix: fixFor(claimed) });
    }
    // "brightness equal to 60W incandescent", "Lichtstrom wie 100W Glühbirne": the light given only as another lamp's
    // wattage, on a line that names no lumens or lux (see bulb-equivalence.ts).
    if (!test(LIGHT_MEASURE, line) && !test(FLUX_FIGURE, line))
      for (const m of oldBulbEquivalents(text, line).filter((e) => !underPowerField(text, e.start)))
        hits.push({ ...m, kind: 'brightness', why: WHY_WATTS, fix: fixFor('brightness') });
    // "rated power: see nameplate", "actual capacity subject to actual test": the figure left to the goods or a test.
    for (const m of figureElsewhere(text, line))
      hits.push({ ...m, kind: 'generic', why: WHY, fix: fixFor('generic') });
    // "Battery life: up to 30 days standby": only the best case, measured under nothing the order names.
    for (const m of ceilingWithoutCondition(text, line)) hits.push({ ...m, why: WHY, fix: fixFor(m.kind) });
    // "Wirkungsgrad: bis zu 23%": an efficiency given only as its best case.
    for (const m of efficiencyCeilings(text))
      hits.push({ ...m, kind: 'efficiency', why: WHY, fix: fixFor('efficiency') });
    // "Power: up to 2000W peak": a power given only at its peak, with no rated figure on the line.
    for (const m of peakOnlyPower(text, line))
      hits.push({ ...m, kind: 'power', why: WHY, fix: fixFor('power') });
    // "IP Rating: IP65/IP66/IP67": several ratings listed for one product, none chosen.
    for (const m of ratingMenus(text)) hits.push({ ...m, kind: 'water', why: WHY, fix: fixFor('water') });
    // "Power: 100W-500W": one product's rated power left anywhere in a fivefold range.
    for (const m of widePowerRanges(text))
      hits.push({
        ...m,
        kind: 'power',
        why: msg('spec.why.powerRange'),
        fix: msg('spec.fix.powerRange', { seen: m.text }),
      });
    // "Battery capacity: 5000-20000mAh": one product's capacity left anywhere in a fourfold range.
    for (const m of wideCapacityRanges(text))
      hits.push({
        ...m,
        kind: 'generic',
        why: msg('spec.why.capacityRange'),
        fix: msg('spec.fix.capacityRange', { seen: m.text }),
      });
    for (const h of warrantyPraise(text)) hits.push({ ...h, kind: 'generic' });
    // "Warranty: a reasonable period", "…misuse at the maker's discretion": terms left to one side's judgement.
    for (const h of warrantyLeftOpen(text, line)) hits.push({ ...h, kind: 'generic' });
    // "Shelf life: 12 to 24 months": a keeping period with two ends, of which the supplier keeps the short one.
    for (const h of shelfLifeRange(text)) hits.push({ ...h, kind: 'generic' });
    // "performance same as genuine or equivalent": a part that matches the genuine one instead of being it.
    for (const h of genuineParity(text, line)) hits.push({ ...h, kind: 'generic' });
    // "Plating: gold color plating, thick": a plating whose thickness is a word, or left out under its own label.
    for (const h of platingWithoutThickness(clause, line)) hits.push({ ...h, kind: 'generic' });
    // "stable, no flicker", "hardness around HRC 50", "price according to market": a promise in place of a figure.
    for (const h of [...promisedWithoutFigure(text), ...followsLater(text)])
      hits.push({ ...h, kind: 'generic' });
    // "Autonomie batterie : environ 8 heures", "Battery life: about 8 h": one unit's runtime with no minimum to hold.
    if (clause.valueStart > 0)
      for (const h of estimatedRuntime(text.slice(0, clause.valueStart), text, clause.valueStart))
        hits.push({ ...h, kind: 'generic', why: WHY, fix: fixFor('generic') });
    // "Cavities: exact number decided by our engineer", "Tolerances: critical dims agreed later": a value handed to a
    // later decision or to the supplier's say, on a clause no attribute rule reads (theirs read their own).
    // A finish left to the maker is the material rule's (finish-left-to-maker), an over/short band the quantity rule's.
    if (
      clause.attribute === undefined &&
      finishLeftToMaker(text).length === 0 &&
      !test(OVER_SHORT, text) &&
      !MEASURED_OPTIONS.test(text) &&
      // "Tolerancia dimensional: a convenir" is the size rule's open tolerance (open-tolerance.ts), said once.
      toleranceByAgreement(clause).length === 0 &&
      // "Impression : texte à définir": a print or artwork left open is the customization rule's, said once.
      !PRINT_LABEL.test(text.slice(0, clause.valueStart))
    )
      // Whose choice a warranty's remedy is ("repair or replace at the maker's discretion") is warranty-terms' to read.
      for (const h of decidedLater(text.slice(clause.valueStart), text))
        if (
          !(
            CHOOSER.test(text.slice(clause.valueStart + h.start, clause.valueStart + h.end)) &&
            WARRANTY_ON_LINE.test(line)
          )
        )
          hits.push({
            ...h,
            start: h.start + clause.valueStart,
            end: h.end + clause.valueStart,
            kind: 'generic',
          });
    // "Payment: as discussed before": terms no attribute rule reads, left to a chat (those rules read their own).
    if (clause.attribute === undefined)
      for (const h of termsOffRecord(text.slice(clause.valueStart), clause.valueStart))
        hits.push({ ...h, kind: 'generic' });
    // "LED brightness: similar to the existing product": a figure answered by an old model nobody identifies.
    if (clause.attribute === undefined || clause.attribute === 'performance')
      for (const h of likeExistingProduct(text)) hits.push({ ...h, kind: 'generic' });
    // "Temperature rise: within safe range": a measured property kept inside limits the line never gives.
    for (const h of withinUnnamedLimits(text)) hits.push({ ...h, kind: 'generic' });
    // "Firmware: latest version at time of production": the build the goods ship with named by its age, not its number.
    for (const h of firmwareByAge(text)) hits.push({ ...h, kind: 'generic' });
    // "Food grade silicone, BPA free", "100% safe": a safety or material claim is a test result, asked for by its standard.
    for (const h of unbackedClaims(text, line)) hits.push({ ...h, kind: 'generic' });
    // "Bath towel 70 x 140 cm, 550 GSM, thick and soft": the fabric weight anywhere in the clause answers its feel.
    const weighed = test(FABRIC_WEIGHT, text);
    // "high density foam, D30", "пена высокой плотности 35 кг/м³", "高密度海绵，密度30": the density figure, in any of
    // the ways the trade writes it, answers the density praise.
    const dense = test(DENSITY_FIGURE, text);
    const answeredHere = (h: { kind: Kind }) =>
      (weighed && h.kind === 'textile') || (dense && h.kind === 'density');
    return withoutOverlaps(hits.filter((h) => !answeredHere(h))).map((h) =>
      vagueFinding('performance', clause, h),
    );
  },
};

/** "IP20", "IPX0", "IP6X": an ingress code whose second digit says no protection against water was tested. */
const DRY_IP = /\bIP ?[X0-6][0X]\b/iu;
const DRY_IP_ALL = new RegExp(DRY_IP.source, 'giu');
const WATER_CLAIM = CLAIMS.filter(([kind]) => kind === 'water')
  .map(([, source]) => `(?:${source})`)
  .join('|');

const FABRIC_WEIGHT = String.raw`\d\s{0,2}(?:gsm|GSM|g/m²|g/m2|gr/m²|克)`;

/** Where the labelled stretch after `colon` ends: at the next "Label:" or the clause end. */
function nextLabelAfter(text: string, colon: number): number {
  const rest = text.slice(colon + 1);
  const next = regex('[;；|,，、][^;；|,，、:：]{1,40}[:：]', 'u').exec(rest);
  return next ? colon + 1 + next.index : text.length;
}
