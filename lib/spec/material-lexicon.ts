/** Material names, quality adjectives and the grade marks that make a material checkable. */

import { kindLeftOpen } from './kind-left-open';
import { LEATHER_HIDE, LEATHER_KIND } from './leather-kinds';
import { anyOf, cjk, latinWords, scriptWords, test } from './patterns';
import { POLYMER_NAME } from './polymers';
import { PRAISE_HI_AR } from './praise-hi-ar';
import { UNNAMED_STANDARD } from './unnamed-standard';

/** Material names read in any clause (abbreviations that collide with other words, like PC or PE, are left out). */
export const MATERIAL_NOUN = anyOf(
  latinWords([
    // "food grade stainless": the steel is often left unsaid.
    'stainless(?: steel)?',
    'carbon steel',
    'steel',
    'metal',
    'iron',
    'alumin(?:i)?um(?: alloy)?',
    'zinc alloy',
    'zinc',
    'alloy',
    'brass',
    'copper',
    'wood(?:en)?',
    'bamboo',
    '(?:genuine |faux |PU |real )?leather',
    'cotton',
    'canvas',
    'denim',
    'fleece',
    'ripstop',
    'polyester',
    'nylon',
    'silk',
    'wool',
    'linen',
    '(?:high )?borosilicate(?: glass)?',
    'soda[- ]lime(?: glass)?',
    'glass',
    'ceramic',
    'porcelain',
    'silicone',
    'rubber',
    'plastic',
    'ABS',
    'PVC',
    'TPU',
    'acrylic',
    'resin',
    'acero inoxidable',
    'acero',
    'hierro',
    'aluminio',
    'madera',
    'cuero',
    'algodón',
    'poliéster',
    'vidrio',
    'cerámica',
    'silicona',
    'plástico',
    // Fibres in the Romance and German order lines read: "Tela: tipo lino", "Tessuto: seta", "Stoff: Leinen".
    'lino',
    'seda',
    'lana',
    'linho',
    'lã',
    'seta',
    'cotone',
    'poliestere',
    'laine',
    'soie',
    'Leinen',
    'Seide',
    'Wolle',
    'acier inoxydable',
    'acier',
    'métal',
    'bois',
    'cuir',
    'coton',
    'verre',
    'céramique',
    'plastique',
    'Edelstahl',
    'Stahl',
    'Metall',
    'Eisen',
    'Holz',
    'Leder',
    'Baumwolle',
    'Glas',
    'Keramik',
    'Silikon',
    'Kunststoff',
    'aço inoxidável',
    'aço',
    'ferro',
    'alumínio',
    'madeira',
    'couro',
    'algodão',
    'vidro',
    'cerâmica',
    'acciaio inox(?:idabile)?',
    'acciaio',
    'inox',
    'alluminio',
    'legno',
    'pelle',
    'cuoio',
    'cotone',
    'poliestere',
    'vetro',
    'plastica',
    'metallo',
    'ottone',
    'rame',
    'lega di zinco',
    // Dutch and Vietnamese families ("Materiaal: kunststof", "Chất liệu: hợp kim"). Dutch "staal" alone is also a
    // swatch ("kleurstaal"), so only stainless steel is read.
    'kunststof',
    'roestvrij ?staal',
    'RVS',
    'metaal',
    'legering',
    'katoen',
    'nhựa',
    'hợp kim',
    'thép(?: không gỉ)?',
    'nhôm',
    // Dutch wood and the Polish families ("Hout: massief eiken", "Drewno: sosna", "Tworzywo: PP z recyklingu").
    'hout',
    'drewno',
    'tworzywo(?: sztuczne)?',
    'plastik',
    'stal(?: nierdzewna)?',
    'szkło',
    'bawełna',
    // Natural stone is a family as "wood" is: its variety ("Nero Marquina", "Carrara C") is the grade (stone-name.ts).
    'natural stone',
    'marble',
    'granite',
    'granito',
    'mármol',
    'marmo',
    'marbre',
    'Marmor',
    'Granit',
    'mármore',
    '(?:pedra|piedra|pietra) natural(?:e)?',
    'pierre naturelle',
    'Naturstein',
    'natuursteen',
    'kamień naturalny',
  ]),
  // Thai families: no spaces between Thai words, so read like the Chinese ones ("พลาสติกคุณภาพดี").
  cjk(['พลาสติก', 'สแตนเลส', 'สเตนเลส', 'อะ?ลูมิเนียม', 'โลหะ(?:ผสม)?', 'ซิลิโคน', 'ผ้าฝ้าย']),
  cjk([
    '不锈钢',
    '碳钢',
    '铝合金',
    '锌合金',
    '黄铜',
    '金属(?!色)',
    '实木',
    '真皮',
    '皮革',
    '纯棉',
    '涤纶',
    '尼龙',
    '玻璃',
    '陶瓷',
    '硅胶',
    '橡胶',
    '塑料',
    '亚克力',
    '钢',
    // "磷酸铁锂" (LiFePO4), "铁锂电池": the iron of a battery chemistry's name is no iron part.
    '(?<![磷酸锂])铁(?!锂)',
    '铝',
    // "铜版纸" is coated art paper, not copper.
    '铜(?![版色])',
    // "胡桃木色", "橡木色": a wood named as the colour of a finish (色 after it), not the board's material.
    '木(?!色)',
    '棉',
  ]),
);

/** Sewn or welded joins, whose workmanship is praised instead of measured. */
const SEWN =
  '(?:stitch(?:ing|es)|seams?|sewing|welds?|welding)(?![^;|]{0,40}?\\d\\s{0,2}(?:SPI|stitch(?:es)? ?(?:per|/)|针))';
/** A standard named only by its region or trade; not one made for plugs, sizes or containers. */
// "must comply with food safety regulations", "meets local health regulations": a field of law named instead of the
// regulation and its limit (EU 396/2005 MRLs, 21 CFR), so no residue figure is agreed.
const REGION_STANDARD =
  '(?:(?:EU|E\\.U\\.|European|US|U\\.S\\.|USA|American|UK|British|international|national|industry|relevant|applicable|export|local|government|importing country|destination(?: country)?)(?: market)?(?: (?:food(?: safety)?|safety|health|hygiene|food[- ]contact))?|food(?: safety)?|food[- ]contact|health|hygiene) (?:quality )?(?:standards?|norms?|regulations?|requirements?|laws?)(?! (?:plugs?|sockets?|sizes?|sizing|voltage|pallets?|containers?|cartons?|threads?|gauges?)\\b)';

/** No viewing distance, light or time follows in the clause: "at 50 cm", "under D65", "arm's length", "1 m, 3 s". */
const VIEWING_UNSET =
  "(?![^;,.]{0,40}?(?:\\d\\s{0,2}(?:cm|mm|m|lux|lx|s|sec)(?![\\p{L}])|D65|D50|TL84|CWF|arm[’']?s length|Armlänge|distancia|distanza|distância|distance))";

/** Praise instead of a standard: "good quality", "优质", "hohe Qualität". */
export const QUALITY_WORDS = anyOf(
  // "as per market standard", "conforme alle normative vigenti": a standard named by no document (unnamed-standard.ts).
  UNNAMED_STANDARD,
  latinWords([
    '(?:very )?(?:good|high|top|premium|best|excellent|superior|great|first[- ]class|nice|perfect|fine) quality(?: material)?',
    'high[- ]grade',
    // "brake disc, OEM quality", "原厂品质": a claim of matching the carmaker's part, with no part number or standard to test it against.
    '(?:OEM?|original|genuine|factory)[- ](?:equivalent )?quality(?! (?:control|check|inspection|assurance|standards?))',
    'top[- ]grade',
    'A[- ]grade',
    // "hotel grade", "commercial grade": a market the goods are said to suit, not a grade ("export quality" is said of packing).
    '(?:hotel|commercial|professional|premium|luxury)[- ](?:grade|quality)(?! (?:control|check|inspection|assurance|standards?))',
    'good material',
    // "Finish: nice surface", "good workmanship": the finish praised, with nothing (gloss, Ra, a sample) to check it by.
    // "premium matte finish", "luxury glossy surface": the finish type named and then praised, with no gloss level (GU).
    '(?:very )?(?:good|nice|fine|perfect|beautiful|excellent|premium|high[- ]end|luxury|superior|top) (?:(?:matte?|glossy|gloss|satin|silky|soft[- ]touch|brushed|polished|frosted|shiny|smooth) )?(?:surface(?: finish)?|finish(?:ing)?|workmanship|craftsmanship|appearance)',
    '(?:surface|finish|finishing|workmanship|craftsmanship|appearance)(?: must be| is| should be)?[:：]? (?:very )?(?:good|nice|fine|perfect|beautiful|excellent)(?![- ]\\w)',
    // "Finish: smooth", "Surface finish: shiny": a finish by one adjective, with no process (polish grade, coating) or Ra.
    // "Finish: smooth surface, no obvious scratches": the adjective with the word "surface" or "finish" after it.
    '(?:(?:surface )?finish(?:ing)?|surface treatment)\\s{0,2}[:：]\\s{0,3}(?:very )?(?:smooth|shiny|bright|even|clean|flawless|fine|nice|perfect)(?:\\s{0,2}(?:and|,)\\s{0,2}(?:smooth|shiny|bright|even|clean|flawless|fine|nice|perfect))*(?![- ]?\\p{L})',
    '(?:(?:surface )?finish(?:ing)?|surface treatment)\\s{0,2}[:：]\\s{0,3}(?:very )?(?:smooth|shiny|bright|even|clean|flawless) (?:surface|finish)(?![- ]?\\p{L})',
    // "no obvious scratches", "no visible defects": a defect limit by how it looks, with no size, distance or light.
    'no (?:obvious|noticeable|apparent|serious|big|major|significant) (?:scratch(?:es)?|defects?|flaws?|marks?|dents?|burrs?|bubbles?|spots?|stains?)',
    // "no visible defects", "senza difetti visibili", "sin defectos visibles": visible from where, under what light?
    // Silent when the viewing is set ("not visible at 50 cm under D65", "at arm's length"): that is a method.
    `(?:no|senza|nessun[oa]?|sin|ningún|ninguna|sans|aucune?|sem|nenhum[a]?|ohne|keine) (?:visible (?:scratch(?:es)?|defects?|flaws?|marks?|dents?|burrs?|bubbles?|spots?|stains?)|difett[oi] visibil[ei]|graffi visibili|defectos? visibles?|rayones visibles|défauts? visibles?|rayures? visibles?|defeitos? visíve(?:l|is)|riscos? visíve(?:l|is)|sichtbaren? (?:Fehler|Mängel|Kratzer|Defekte))${VIEWING_UNSET}`,
    // The same limit by eye in the Romance and German lines: "senza difetti evidenti", "sin defectos evidentes".
    '(?:senza|nessun[oa]?) (?:difett[oi]|graffi[o]?|imperfezion[ei]|macchi[ae]|segn[oi]) (?:evident[ei]|grav[ei])',
    '(?:sin|ningún|ninguna) (?:defectos?|rayones|rayas|imperfecciones|manchas) (?:evidentes?|graves?|notables?)',
    '(?:sans|aucun[e]?) (?:défauts?|rayures?|imperfections?|taches?) (?:apparent[e]?s?|majeur[e]?s?|évident[e]?s?)',
    '(?:ohne|keine) (?:offensichtlichen?|groben?|auffälligen?) (?:Fehler|Mängel|Kratzer|Defekte)',
    '(?:sem|nenhum[a]?) (?:defeitos?|riscos?|imperfeições|manchas?) (?:evidentes?|graves?)',
    // "Finitura: bella", "Acabado: bonito", "Oberfläche: schön": the finish answered by one word of praise.
    '(?:finitura|finiture|acabado|acabamento|finition|Oberfläche|Verarbeitung)\\s{0,2}[:：]\\s{0,3}(?:molto |muy |très |sehr |muito )?(?:bell[ao]|bonit[oa]|buen[oa]|bon(?:ne)?|belle|schön|gut|perfett[oa]|perfect[oa]|parfaite?|ótim[oa]|ottim[oa]|curat[oa]|impeccabile|einwandfrei|lind[oa]|excelente|excellent[e]?|eccellente|hervorragend|magnifique|[óo]ptim[oa]|precios[oa])(?![- ]?\\p{L})',
    // "good zipper", "quality buckles": a part praised where its make (YKK #5, Duraflex, 210D) should be named.
    '(?:good|nice|fine|quality|best|excellent|premium) (?:zip(?:per)?s?|buckles?|hardware|fittings?|accessories|components?)',
    // "Brand: a well-known brand", "知名品牌": the make left to the supplier's idea of fame.
    // "good brand zipper", "reliable brand hardware": praise of a make nobody named, as "famous brand" is.
    '(?:well[- ]known|famous|big|top|first[- ]tier|reputable|name|good|reliable|quality|high[- ]quality) brands?',
    'marcas? (?:reconocidas?|conocidas?|famosas?|de prestigio)',
    // "strong and neat stitching", "Stitching: neat and even": workmanship praised, with no stitch density (SPI) or
    // seam strength to check it by.
    `(?:neat|even|tidy|straight|fine|tight|firm|strong|solid)(?:,? (?:and|&) (?:neat|even|tidy|straight|fine|tight|firm|strong|solid))+ ${SEWN}`,
    `(?:neat|even|tidy|straight|fine|nice|beautiful) ${SEWN}`,
    `${SEWN}\\s{0,2}[:：]?\\s{0,3}(?:is |are |must be |should be )?(?:very )?(?:neat|even|tidy|straight|fine|nice|good|beautiful)(?:,?\\s{0,2}(?:and|&)\\s{0,2}(?:neat|even|tidy|straight|fine|tight|firm|strong|solid))*(?![- ]?\\p{L})`,
    // "Stitching should be strong and neat": strength alone is the performance rule's; with a workmanship word it is praise.
    `${SEWN}\\s{0,2}[:：]?\\s{0,3}(?:is |are |must be |should be )?(?:very )?(?:strong|firm|tight|solid)\\s{0,2}(?:and|&)\\s{0,2}(?:neat|even|tidy|straight|fine|nice|beautiful)(?![- ]?\\p{L})`,
    // "meets EU standard", "Standard: European standard", "according to national standards": a region is not a
    // standard; with a number ("EN 71-3", "GB 4706.1") the line names one and is not read here.
    `(?:meets?|meeting|compl(?:y|ies|iant|iance) (?:with|to)|conforms? to|conforming to|according to|as per|in line with|in accordance with|up to)(?: the)? ${REGION_STANDARD}`,
    `(?:quality |product )?standards?\\s{0,2}[:：]\\s{0,3}(?:the )?(?:EU|E\\.U\\.|European|US|U\\.S\\.|USA|American|UK|British|international|national|industry|export)(?: (?:quality )?(?:standards?|norms?))?(?=\\s{0,3}(?:$|[,;.]))`,
    '(?:cumple|cumplen|según|conforme a|de acuerdo con|bajo) (?:la |las |los |el )?(?:normas?|normativas?|estándar(?:es)?) (?:europeas?|europeos?|internacionales?|vigentes?|americanas?|americanos?|de la UE)',
    'estándar (?:europeo|internacional|americano)',
    '(?:aux|selon les|conformes? aux|répond aux) normes (?:européennes|internationales|en vigueur)',
    '(?:nach|gemäß|entspricht|entsprechen) (?:den )?(?:EU-Normen?|europäischen Normen|geltenden Normen|internationalen Normen)',
    '(?:padrão|norma|normas) (?:europeu|europeia|europeias|internacional|internacionais|americano)',
    '(?:secondo|conforme alle|a) norm(?:a|e) (?:europe[ae]|internazionali|vigenti)',
    'eco[- ]friendly material',
    'quality (?:must be |is |should be )?(?:good|high|ok|fine)',
    '(?:buena|alta|excelente|mejor) calidad',
    // "de primeira qualidade", "primera calidad", "erste Wahl", "eerste kwaliteit", "pierwszej jakości": first of the
    // supplier's own sorting, with no grading rule named.
    '(?:de )?primeira (?:qualidade|linha)',
    '(?:de )?primera (?:calidad|clase)',
    'première (?:qualité|classe|choix)',
    'de premier choix',
    'erste(?:r)? (?:Qualität|Wahl|Klasse|Sortierung)',
    'eerste (?:kwaliteit|klas|keus)',
    'pierwszej (?:jakości|klasy|kategorii)',
    'first[- ](?:choice|rate)',
    // Spanish, Portuguese and Turkish also write the praise after the word: "calidad buena", "iyi kalite".
    'calidad (?:buena|alta|excelente|muy buena)',
    'qualidade (?:boa|alta|ótima|excelente)',
    '(?:iyi|yüksek|birinci sınıf|en iyi) kalite(?:li)?',
    'kaliteli',
    '(?:acabado|terminación|terminaciones) (?:bonit[oa]s?|buen[oa]s?|perfect[oa]s?|fin[oa]s?)',
    'calidad (?:premium|superior)',
    '(?:bonne|haute|excellente|meilleure) qualité',
    'qualité (?:supérieure|premium)',
    '(?:gute|hohe|beste|erstklassige) Qualität',
    'Top-?Qualität',
    '(?:boa|alta|ótima|excelente) qualidade',
    '(?:buona|alta|ottima|eccellente|migliore|prima) qualità',
    // The praise as a sentence, with the verb "to be" between noun and adjective: "La qualità è buona", "la calidad es
    // muy buena", "a qualidade é ótima", "la qualité est excellente" (German and English have theirs above).
    "qualità (?:(?:è|deve essere|dev[’']essere) )?(?:molto )?(?:premium|superiore|alta|eccellente|buona|ottima|elevata)",
    'calidad (?:(?:es|debe ser|será) )?(?:muy )?(?:buena|alta|excelente|superior)',
    'qualidade (?:(?:é|deve ser|será) )?(?:muito )?(?:boa|alta|ótima|excelente|superior)',
    'qualité (?:(?:est|doit être|sera) )?(?:très )?(?:bonne|excellente|irréprochable|impeccable|supérieure)',
    // "riferimento di qualità", "controllo di qualità": the quality named as a reference or a check, not praised.
    '(?<!(?:riferimento|controllo|certificato|sistema|gestione|piano|manuale|requisiti|standard|verifica|ispezione|responsabile) )di qualità',
    // The quality praised in the languages the R21 probe wrote ("kalite iyi", "jakość dobra", "качество хорошее"):
    // adjective after the noun as often as before it, the same praise "good quality" is.
    'kalite(?:si)? (?:çok )?(?:iyi|yüksek|mükemmel|harika|güzel)',
    '(?:dobra|wysoka|najwyższa|świetna|doskonała|bardzo dobra) jakość',
    'jakość (?:jest )?(?:bardzo )?(?:dobra|wysoka|najwyższa|świetna|doskonała)',
    // Czech: "vysoká kvalita", "kvalita je výborná", "vysoce kvalitní", "prvotřídní kvalita".
    '(?:vysoká|nejvyšší|špičková|prvotřídní|dobrá|výborná|skvělá|vynikající|velmi dobrá) kvalit(?:a|y|ě|ou)',
    'kvalita (?:je )?(?:velmi )?(?:vysoká|dobrá|výborná|skvělá|vynikající|špičková|prvotřídní)',
    'vysoce kvalitní',
    '(?:vysoké|nejvyšší|špičkové|prvotřídní|dobré|výborné|vynikající) kvality',
    '(?:staranne|dobre|solidne|ładne|precyzyjne|estetyczne) wykończenie',
    'wykończenie (?:jest )?(?:bardzo )?(?:staranne|dobre|solidne|ładne|estetyczne)',
    '(?:sehr gute|einwandfreie|top) Qualität',
    'Qualität (?:ist )?(?:sehr )?(?:gut|einwandfrei|hochwertig|erstklassig)',
    'qualité (?:bonne|excellente|irréprochable|impeccable)',
    '(?:bonnes|belles|excellentes|parfaites) finitions',
    'finitions (?:parfaites|soignées|impeccables|de (?:haute )?qualité)',
    '(?:curate|ottime|buone|perfette|belle) finiture',
    'finitur[ae] (?:curat[ae]|perfett[ae]|ottim[ae]|impeccabil[ei]|di pregio)',
    '(?:buenos|excelentes|perfectos|finos|bonitos) acabados',
    'acabados (?:bonitos|buenos|perfectos|finos|impecables)',
    '(?:bons|ótimos|excelentes|perfeitos|finos) acabamentos',
    '(?:dobrej|wysokiej|najwyższej|najlepszej) jakości',
    // "Qualidade de exportação", "Exportqualität", "export-grade finish": a market the goods are said to be fit for,
    // not a standard. Said of packing ("export quality carton") it is the packaging rule's standard phrase.
    '(?<!(?:pack\\w*|cartons?|box(?:es)?|crates?|pallets?|embal\\w*|Verpack\\w*|colis|caixas?|cajas?)[^;|]{0,40})export[- ](?:quality|grade)(?!\\s{0,2}(?:pack\\w*|cartons?|box(?:es)?|crates?|pallets?))',
    "(?:qualidade|calidad|qualité|qualità|calidade) (?:de |d[’']|da |di )?(?:exportação|exportación|exportation|export|esportazione)",
    'Exportqualität',
    'export kalitesi(?:nde)?',
    'chất lượng xuất khẩu',
    // Vietnamese and Dutch praise: "chất lượng tốt", "hàng chất lượng cao", "goede kwaliteit", "topkwaliteit".
    'chất lượng (?:rất )?(?:tốt|cao(?: cấp)?|đảm bảo)',
    '(?:goede|hoge|beste|uitstekende|prima) kwaliteit',
    'topkwaliteit',
    'kwaliteit (?:is )?(?:zeer )?(?:goed|hoog|uitstekend|prima)',
    // "bom acabamento", "bonne finition", "saubere Verarbeitung": the finish praised with the adjective first.
    '(?:bom|boa|ótimo|ótima|excelente|perfeito|fino|belo) acabamento',
    'acabamento (?:bom|perfeito|fino|impecável|caprichado|de (?:alta )?qualidade)',
    '(?:buen|excelente|perfecto|fino|bonito) acabado',
    '(?:bonne|belle|excellente|parfaite|jolie) finition',
    'finition (?:parfaite|soignée|impeccable|de (?:haute )?qualité)',
    '(?:gute|saubere|hochwertige|einwandfreie|perfekte|erstklassige) Verarbeitung',
    '(?:ottima|buona|perfetta|bella) finitura',
    '(?:iyi|mükemmel|kaliteli|temiz) işçilik',
    'işçilik(?:i)? (?:çok )?(?:temiz|iyi|mükemmel|kaliteli|düzgün)',
    'hoàn thiện (?:tốt|đẹp|tinh xảo)',
    'gia công (?:tốt|đẹp|tinh xảo)',
    // "delivered in good condition", "em bom estado": the state the goods arrive in, with no defect list, drop or
    // transit test to say what "good" allows.
    'in (?:a )?(?:good|perfect|excellent|sound|proper|fine|intact) (?:condition|shape|state)',
    'em (?:bom|perfeito|ótimo) estado',
    'en (?:buen|perfecto|óptimo) estado',
    'en (?:bon|parfait) état',
    'in (?:gutem|einwandfreiem|tadellosem|ordnungsgemäßem) Zustand',
    'in (?:buone|ottime|perfette) condizioni',
    'in perfetto stato',
    'sağlam (?:ve eksiksiz|durumda|şekilde)',
    '(?:trong )?tình trạng tốt',
    // "premium feel like the brand ones": the feel held to other makers' goods nobody named or kept. Said of a box
    // or pack ("luxury box, premium feel") it is the packaging rule's praise, not a material's.
    '(?<!(?:box(?:es)?|packag\\w*|packing|cartons?|case|bag|pouch|sleeve|insert|盒|包装)[^;|]{0,40})(?:premium|luxury|high[- ]end|quality|expensive) (?:feel(?:ing)?|hand[- ]?feel|touch)',
    // "smooth hand feeling", "soft handfeel", "hand feel: soft": the hand of a cloth or coating praised, with no
    // swatch, finish figure or test to hold it to. Not "soft-touch" (a coating's name).
    '(?<!(?:box(?:es)?|packag\\w*|packing|cartons?|case|bag|pouch|sleeve|insert|盒|包装)[^;|]{0,40})(?:(?:very|super|extra) )?(?:smooth|soft|silky|nice|good|great|comfortable|pleasant|fine|excellent|velvety|comfy|cool) (?:hand[- ]?feel(?:ing)?|hand touch|touch feeling)',
    'hand[- ]?feel(?:ing)?\\s{0,2}[:：]?\\s{0,2}(?:is )?(?:very |super )?(?:smooth|soft|silky|nice|good|great|comfortable|pleasant|excellent)(?![- ]\\p{L})',
    '(?:feels?|looks?|hand[- ]?feel|touch)(?: is| must be| should be)? (?:just )?like (?:the )?(?:brand(?:ed)?|name[- ]brand|big[- ]brand|original|famous[- ]brand)(?: ones?| products?| items?| goods)?',
    '(?:tacto|sensación|toque) premium',
    'toucher premium',
    '(?:hochwertige|edle) Haptik|Premium-Haptik',
  ]),
  scriptWords([
    '(?:хорошего|высокого|отличного|лучшего|экспортного) качества',
    'качественн(?:ый|ая|ое|ые)',
    'в (?:хорошем|надлежащем|отличном|исправном|целостном) состоянии',
    '(?:хорошая|качественная|отличная|аккуратная) (?:отделка|обработка)',
    '(?:хорошее|высокое|отличное|отменное) качество',
    'качество (?:(?:должно быть|будет) )?(?:очень )?(?:хорошее|высокое|отличное|отменное)',
    'отделка (?:хорошая|качественная|отличная|аккуратная)',
  ]),
  // Hungarian and Swedish praise, adjective before or after the noun: "jó minőségű", "kiváló minőség", "minőség:
  // kiváló"; "hög kvalitet", "kvaliteten är mycket bra", "högkvalitativ".
  latinWords([
    '(?:nagyon )?(?:jó|kiváló|kitűnő|magas|prémium|első osztályú|legjobb|remek|kifogástalan) minőség(?:ű|ben|i)?',
    'minőség(?:e|i)? (?:(?:is|lesz) )?(?:nagyon )?(?:jó|kiváló|kitűnő|magas|prémium|kifogástalan)',
    'minőségi',
    '(?:mycket )?(?:hög|bra|god|utmärkt|högsta|toppen|förstklassig|fin) kvalitet',
    'kvalitet(?:en)? (?:(?:är|ska vara) )?(?:mycket )?(?:hög|bra|god|utmärkt|förstklassig|topp)',
    'högkvalitativ(?:a|t)?',
    'kvalitetsprodukt(?:er)?',
    // Romanian: "calitate superioară", "de înaltă calitate", "calitate foarte bună".
    'calitate (?:foarte )?(?:bună|înaltă|superioară|excelentă|premium)',
    '(?:de )?(?:înaltă|bună|excelentă) calitate',
  ]),
  // Greek, Ukrainian, Hebrew and Arabic: "υψηλή ποιότητα", "ποιότητα: άριστη", "ποιοτικό"; "висока якість",
  // "якість висока", "якісний"; "איכות גבוהה", "איכותי"; "جودة عالية", "عالي الجودة".
  scriptWords([
    '(?:πολύ )?(?:υψηλή|άριστη|καλή|εξαιρετική|άψογη|ανώτερη|κορυφαία|πρώτης) ποιότητα(?:ς)?',
    '(?:υψηλής|άριστης|καλής|εξαιρετικής|ανώτερης|κορυφαίας|πρώτης) ποιότητας',
    'ποιότητα (?:(?:είναι|θα είναι) )?(?:πολύ )?(?:υψηλή|άριστη|καλή|εξαιρετική|άψογη|ανώτερη|κορυφαία)',
    'ποιοτικ(?:ό|ή|ά|ός|ές|οί)',
    '(?:дуже )?(?:висок|хорош|відмінн|найвищ|чудов|преміальн|гарн)\\p{L}{1,3} якост\\p{L}{1,2}',
    'якість (?:(?:буде|має бути) )?(?:дуже )?(?:висока|хороша|відмінна|найвища|чудова|гарна)',
    '(?:високо)?якісн(?:ий|а|е|і|ого|ої|их)',
    '(?:ב)?איכות (?:גבוהה|מעולה|טובה|פרימיום|מצוינת|מעולה מאוד)',
    'איכותי(?:ת|ים|ות)?',
    '(?:ب|و)?(?:ال)?جودة (?:ال)?(?:عالية|ممتازة|جيدة|فائقة|رائعة)',
    '(?:عالي|عالية|ممتاز|ممتازة|فائق|فائقة) الجودة',
  ]),
  // "कपड़े की क्वालिटी बढ़िया", "خامة ممتازة جدا": the cloth praised in Hindi and Arabic (praise-hi-ar.ts).
  PRAISE_HI_AR,
  // Thai: "คุณภาพดี" (good quality), "คุณภาพสูง", "เกรดพรีเมียม", "งานดี" is too common a phrase to read.
  cjk(['คุณภาพ(?:ดี|สูง|เยี่ยม|พรีเมียม)(?:มาก)?', 'เกรด(?:พรีเมียม|ดี|สูง)']),
  cjk([
    // Japanese praise of quality and finish: "品質は良いもの", "品質良好", "高品質", "仕上げがきれい".
    '品質(?:は|が|も)?(?:とても|非常に)?(?:良い|よい|良好|高い|抜群|問題(?:ない|なし))',
    '高品質',
    '仕上げ(?:は|が|も)?(?:とても)?(?:きれい|綺麗|丁寧|良い|よい|良好|美しい)',
    '(?:きれいな|綺麗な|丁寧な|美しい)仕上げ',
    // "高級感のあるマット仕上げ", "高级感哑光", "고급스러운 무광": a look of luxury, which no sample or gloss figure fixes.
    '高級感(?:のある|がある|あふれる|溢れる|満載|抜群)?',
    '(?:有|很有|要有)?高级感',
    '高端大气(?:上档次)?',
    '고급(?:스러운|스럽게|감(?:s?있는)?)',
    '原厂(?:品质|质量)',
    // "符合国家标准", "执行标准：国标": a standard named by its country or trade, with no number (GB 4706.1).
    '符合(?:国家|国际|欧盟|欧洲|美国|行业|相关)标准(?![\\p{L}\\d])',
    '符合(?:国标|欧标|美标)(?!\\s{0,2}[A-Z\\d])',
    '(?:执行|质量|产品)?标准\\s{0,2}[:：]\\s{0,3}(?:国标|欧标|美标|国家标准|国际标准|行业标准|企业标准)(?=\\s{0,3}(?:$|[,，;；。]))',
    '原装品质',
    // "做工精细", "手感高级": workmanship and feel praised, with nothing (a sample, a defect list) to check them by.
    '做工(?:很|非常|要|一定要)?(?:精细|精良|精致|细致|考究|优良|好)',
    '(?:精细|精良|精致)(?:的)?做工',
    '工艺精湛',
    '(?:手感|质感)(?:很|非常|要)?(?:好|高级|舒服)',
    '(?:像|跟|和)(?:大牌|品牌货|名牌)(?:的)?一样',
    '优质',
    '高品质',
    '高质量',
    '质量好',
    '质量要好',
    '品质好',
    '品质优良',
    '上等',
    '(?:国内|国际|国外)?(?:知名|著名)品牌',
    '名牌',
    '大品牌',
    '一线品牌',
    // "表面处理：光滑": the finishing process answered by how it should look ("表面光滑无划痕" is an appearance check).
    '表面处理\\s{0,2}[:：]?\\s{0,2}(?:要|要求)?(?:光滑|平滑|光亮|光洁|平整|好看|漂亮)',
    '高品質',
    '良質',
    '出口(?:品质|质量|级)',
    '完好无(?:损|缺)',
    '外观完好',
  ]),
);

export { GRADE } from './grades';

/**
 * Specific material types whose weight or thickness finishes the specification
 * ("PP 5 mil", "3 mm MDF", "2 mm EVA foam 35°", "12 oz canvas"). Families
 * (steel, plastic, leather, alloy) are not here: their grade is the question.
 * A fabric is finished by its areal weight, a sheet, film or foam by its thickness.
 */
const SHEET_TYPE = latinWords([
  '(?:HD|LD|LLD)?PE',
  'PP',
  'B?OPP',
  'CPP',
  '[AR]?PETG?',
  'H?IPS',
  'EPS',
  'EPE',
  'polycarbonate',
  '(?<!\\d\\s?)PC',
  'PA ?(?:6|66|12)',
  'POM',
  'PMMA',
  'PVC',
  'TPU',
  'TPE',
  'TPR',
  'EVA',
  'PEVA',
  'ABS',
  'PBT',
  'PU',
  'PLA',
  'neoprene',
  'MDF',
  'HDF',
  'plywood',
  'chipboard',
  'particle ?board',
  'gr[ae]y ?board',
  'SBS',
  'FBB',
  'C1S',
  'C2S',
  'duplex(?: board)?',
  'ivory board',
  'art (?:paper|board)',
  'kraft(?: paper)?',
  '(?:EVA|PU|EPE|memory|PE) foam',
  'tempered glass',
  '(?:cowhide|full[- ]grain|top[- ]grain|split|nappa|nubuck) leather',
  // A leather's tannage or finish names its kind as "full grain" does; with its thickness in mm it is bought by
  // both ("action leather 1.4-1.6 mm", "crazy horse leather 1.8 mm", "cuero nobuk 1,6 mm").
  '(?:action|corrected[- ]grain|crazy[- ]horse|pull[- ]up|patent|waxed|oil(?:ed)?|suede|milled|embossed|printed|vegetable[- ]tanned|veg[- ]tan(?:ned)?|chrome[- ]tanned|sheepskin|goatskin|lambskin|pigskin|calf(?:skin)?|buffalo) leather',
  '(?:cuero|couro|cuir|pelle|piel) (?:nobuk|napa|nappa|flor corregida|graxo|engrasado|ciré|verni|envernizado|charol|vacun[oa]|bovin[oa]|de vaca|de vachette|d[eu] ?veau|de carneiro|de cordero|curtido al vegetal|tannage végétal)',
  '(?:Nappa|Nubuk|Glatt|Rinds|Kalbs|Lack|Wild)leder',
]);
const FABRIC_TYPE = latinWords([
  'cotton',
  'polyester',
  'nylon',
  'oxford',
  'canvas',
  'duck',
  'denim',
  'jersey',
  'fleece',
  'twill',
  'poplin',
  'satin',
  'taffeta',
  'ripstop',
  'felt',
  'non-?woven',
  // "Bahan: kanvas 12 oz", "Tejido: lona 10 oz", "Stoff: Baumwolle 180 g/m²": the same cloths as other languages
  // name them; with its weight the cloth is one the buyer can cut and weigh.
  'kanvas',
  'katun',
  'lona',
  'toile',
  'Segeltuch',
  'Baumwolle',
  'algod(?:ón|ão)',
  'coton',
  'cotone',
  'poli(?:é|e)ster',
  'mezclilla',
]);
const THICKNESS = anyOf(
  String.raw`(?<![\d.,])\d{1,5}(?:[.,]\d{1,3})?\s{0,2}(?:mm|мм|microns?|µm|μm|mic|mils?|gauge|ga|silk|丝|kg/m³|kg/m3)(?![A-Za-zА-Яа-я])`,
  String.raw`\bshore\s{0,2}[ADC0]?\s{0,2}\d{1,3}|(?<![\d.,])\d{1,3}\s{0,2}(?:°|degrees?)(?:\s{0,2}(?:hardness|shore))?|\b\d{1,3}\s?HR[BC]\b`,
);
const AREAL_WEIGHT = String.raw`(?<![\d.,])\d{1,5}(?:[.,]\d{1,3})?\s{0,2}(?:oz(?:/yd²?|/sq ?yd)?|g/m²|g/m2|gsm)(?![A-Za-z])`;

/** A leather or hide word, the label a bare hide kind is read under ("Leather:", "Pelle:", "Cuir :", "Leder:"). */
const LEATHER_WORD = latinWords([
  'leather',
  'cuero',
  'piel',
  'cuir',
  'pelle',
  'couro',
  '\\p{L}{0,12}leder',
  'leer',
]);

/**
 * "Vidro: laminado 5+5 mm com PVB 0,76 mm", "Glass: tempered 8 mm": a glass named by how it is made (laminated,
 * toughened, float), with its thickness, is bought by both as "tempered glass 8 mm" is. The kind words are read
 * only beside a glass word: "laminado" alone is rolled steel too.
 */
const GLASS_WORD = latinWords([
  'glass',
  'vidrio',
  'cristal',
  'vidro',
  'verre',
  'vetro',
  'Glas',
  'glas',
  'szkło',
]);
const GLASS_KIND = latinWords([
  'laminated',
  'tempered',
  'toughened',
  'float',
  'borosilicate',
  'laminad[oa]',
  'templad[oa]',
  'temperad[oa]',
  'feuilleté',
  'trempé',
  'stratificat[oa]',
  'temperat[oa]',
  'Verbund(?:sicherheits)?(?:glas)?',
  'Einscheibensicherheits(?:glas)?',
  'VSG',
  'ESG',
  'gelaagd',
  'gehard',
  'laminowan\\p{L}*',
  'hartowan\\p{L}*',
  // The kind by its chemistry: "szkło borokrzemowe", "Borosilikatglas", "vidrio borosilicato", "verre borosilicaté".
  'borokrzemow\\p{L}*',
  'Borosilikat(?:glas)?',
  'borosilicat[oaée]',
  'borosilicaat(?:glas)?',
]);

/**
 * "Hout: grenen, 18 mm", "Drewno: buk parowany, grubość 20 mm", "Wood: oak, 18 mm": a wood named by its species,
 * with its thickness, is bought by both as a glass named by its kind is. The species are read only beside a wood
 * word: "pin", "ash" or "buk" alone are other things.
 */
const WOOD_WORD = latinWords([
  'wood(?:en)?',
  'timber',
  'lumber',
  'madera',
  'bois',
  '\\p{L}{0,12}holz',
  'legno',
  'madeira',
  'hout',
  'drewn\\p{L}{0,3}',
]);
const WOOD_SPECIES = latinWords([
  'oak',
  'pine',
  'beech',
  'birch',
  'walnut',
  'maple',
  'ash',
  'teak',
  'cherry',
  'spruce',
  'fir',
  'poplar',
  'larch',
  'alder',
  'acacia',
  'rubber ?wood',
  'mahogany',
  'cedar',
  'paulownia',
  'eucalyptus',
  'eik(?:en)?',
  'grenen',
  'vuren',
  'beuk(?:en)?',
  'berken',
  'noten',
  'esdoorn',
  'essen',
  'lariks',
  'populier',
  'dąb',
  'dęb\\p{L}{0,5}',
  'sosn\\p{L}{0,5}',
  'buk\\p{L}{0,5}',
  'brzoz\\p{L}{0,5}',
  'orzech\\p{L}{0,5}',
  'jesion\\p{L}{0,5}',
  'świerk\\p{L}{0,5}',
  'modrzew\\p{L}{0,5}',
  'Eiche',
  'Buche',
  'Kiefer',
  'Fichte',
  'Birke',
  'Nussbaum',
  'Ahorn',
  'Esche',
  'Lärche',
  'roble',
  'pino',
  'haya',
  'abedul',
  'nogal',
  'chêne',
  'hêtre',
  'bouleau',
  'noyer',
  'érable',
  'frêne',
  'rovere',
  'faggio',
  'betulla',
  'carvalho',
  'pinho',
  'faia',
]);

function labelKindOpen(text: string): boolean {
  return kindLeftOpen(text) || test(SOFT_REQUIREMENT, text);
}

/** A specific type with the measure that finishes it. */
export function typeWithMeasure(text: string): boolean {
  if (!test(THICKNESS, text)) return test(FABRIC_TYPE, text) && test(AREAL_WEIGHT, text);
  return (
    test(SHEET_TYPE, text) ||
    test(POLYMER_NAME, text) ||
    test(LEATHER_KIND, text) ||
    // A kind under its family label holds only as the one kind: not beside an "or", a preference or a stock condition.
    (!labelKindOpen(text) &&
      ((test(LEATHER_HIDE, text) && test(LEATHER_WORD, text)) ||
        (test(GLASS_KIND, text) && test(GLASS_WORD, text)) ||
        (test(WOOD_SPECIES, text) && test(WOOD_WORD, text)))) ||
    (test(FABRIC_TYPE, text) && test(AREAL_WEIGHT, text))
  );
}

/** A value naming a component technology rather than a material ("Screen Material: IPS"). */
export const COMPONENT_TECHNOLOGY =
  /^(?:IPS|TFT|LTPS|OLED|AMOLED|LCD|E-?ink)(?:\s(?:LCD|display|screen|panel))?$/iu;

/** Material words inside a packaging phrase are the packaging rule's business ("wooden pallet"). */
export const PACKAGING_AFTER =
  /^[\s-]{0,3}(?:pallets?|box(?:es)?|bags?|cartons?|cases?|crates?|screen|托盘|箱|袋)/iu;
/** A material word naming a decoration ("silicone label", "leather patch") belongs to the customisation. */
export const DECORATION_AFTER =
  /^[\s-]{0,3}(?:labels?|patch(?:es)?|stickers?|tags?|badges?|logos?|prints?)\b/iu;
/** A word followed by a shade or article number is a brand or code ("Madeira 1147"), not a material. */
export const CODE_AFTER = /^[ \t]{0,2}#?\d{3,5}\b(?![ \t]?(?:mm|cm|g|kg|%))/u;

/**
 * A grade written as a wish or left open to substitutes: "316 preferred",
 * "304 or equivalent", "PP o similar", "1.4301 oder gleichwertig", "最好用304".
 * The supplier decides what is equivalent or whether the preference holds; a
 * floor ("304 or better", "304或以上") is different — everything below fails it.
 */
export const SOFT_REQUIREMENT = anyOf(
  latinWords([
    // "or similar quality", "or equivalent brand": the noun after it belongs to the same open choice.
    'or (?:equivalent|equal|similar|comparable)(?: (?:quality|grade|brand|specs?|specification|standard|model))?',
    'or the like',
    'preferred',
    'preferably',
    'if possible',
    'ideally',
    'o (?:equivalente|similar|simile|similare|parecido)',
    'preferiblemente',
    'preferentemente',
    'de preferencia',
    'si es posible',
    'ou (?:équivalent|similaire|equivalente|similar)',
    'de préférence',
    'si possible',
    'oder (?:gleichwertig|ähnlich|vergleichbar)',
    'o\\. ?ä\\.',
    'vorzugsweise',
    'bevorzugt',
    'möglichst',
    'preferencialmente',
    'de preferência',
    'se possível',
    'preferibilmente',
    'possibilmente',
    'se possibile',
    // "hoặc tương đương", typed without its marks too ("hoac tuong duong"), as Vietnamese chat and sheets often are.
    'ho[aặ]c t[uư][oơ]ng (?:[dđ][uư][oơ]ng|t[uự])',
    'of (?:gelijkwaardig|vergelijkbaar|equivalent)',
    'lub (?:równoważn\\p{L}{0,3}|podobn\\p{L}{0,3}|odpowiednik)',
    'veya (?:eşdeğeri|muadili|benzeri)',
    'atau (?:setara|sejenis|yang setara)',
  ]),
  cjk([
    '或同等',
    '或等同',
    // "45#钢或其他": the grade named, then any other left to the supplier.
    '或其[他它]',
    '或类似',
    '或相当',
    '最好(?:用|是|为|采用)',
    '尽量(?:用|采用)',
    '优先(?:用|采用|选)',
  ]),
);

/**
 * "Brake pads, OE no. 04465-33471, OEM quality": with the carmaker's part number
 * named, "OEM quality" points at a part anyone can buy and compare.
 */
export const PART_NUMBER = anyOf(
  latinWords([
    '(?:OEM?|OE/OEM|part|ref(?:erence)?|referencia|référence|Teile)[ -]?(?:no\\.?|nr\\.?|number|#|Nummer|n[º°])?[ \\t:]{0,3}[A-Z]{0,4}\\d[\\w-]{3,20}',
  ]),
  cjk(['(?:OE|原厂)号[:：]?\\s{0,2}[A-Z0-9][\\w-]{3,20}']),
);
/** Praise that claims the carmaker's quality: answered by a part number. */
export const OEM_PRAISE = /^(?:OEM?|original|genuine|factory|原厂|原装)/iu;
