/**
 * A standard the goods are said to meet, named only by whose market, which law or how high it is: "as per market
 * standard", "to the prevailing norms", "conforme alle normative vigenti", "соответствует высоким стандартам",
 * "مطابقة للمعايير الدولية". The words point at no document, so nothing on the order says which figure the goods
 * must reach; a number ("EN 71-3", "ГОСТ 5364") names one and is read elsewhere. Read as a verb or preposition of
 * conformity governing the standard noun and its qualifier, in each language that writes it this way.
 */
import { anyOf, latinWords, scriptWords } from './patterns';

/** The qualifiers that name no standard: a market, the law in force, the usual, a level. */
const SCOPE_EN =
  '(?:market|prevailing|current|applicable|usual|normal|common|general|local|high|highest|strict)';

/** The use classes a requirement is pinned to instead of a test: commercial, contract, heavy-duty, household. */
const USE_EN =
  'commercial|contract|residential|domestic|household|industrial|professional|institutional|heavy|heavy[- ]duty|light|light[- ]duty|medium|general|normal|daily|intensive|hotel|office';

export const UNNAMED_STANDARD = anyOf(
  latinWords([
    `(?:as per|according to|per|to|meets?|meeting|conforms? to|complies with|in line with|up to|follows?|following) (?:the )?(?:${SCOPE_EN} )+(?:quality )?(?:standards?|norms?|regulations?)(?! (?:plugs?|sockets?|sizes?|sizing|voltage|pallets?|containers?|cartons?|packing|packaging|warranty)\\b)`,
    // "Rub test: meets commercial use requirements", "suitable for heavy-duty contract use": the use class names whose
    // needs, not which test or which figure (Martindale cycles, EN 1021, BIFMA) the goods must reach.
    `(?:meets?|meeting|satisf(?:y|ies|ying)|fulfil(?:l|s|ls|ling)?|complies with|compliant with|passes|conforms? to|suitable for|fit for|adequate for|good for) (?:the |all )?(?:(?:${USE_EN}) )+(?:use |usage |application )?(?:requirements?|standards?|needs|demands|specifications?)(?![\\p{L}]| (?:per|to|of|according|as per|under|in accordance)\\b)`,
    '(?:répond(?:ant)? aux|satisfai[ts] aux|conformes? aux) exigences (?:d[’\u0027]usage|de l[’\u0027]usage|pour (?:un )?usage) (?:commercial|professionnel|intensif|collectif|contract)',
    '(?:cumple|satisface|apto para)(?: con)? (?:los )?(?:requisitos|exigencias)? ?(?:de|para) (?:el )?uso (?:comercial|profesional|intensivo|contract)',
    'erfüllt (?:die )?Anforderungen (?:für|an) (?:den )?(?:gewerblichen|professionellen|Objekt)(?:-| )?(?:Einsatz|Gebrauch|Nutzung|bereich)',
    '(?:soddisfa|rispetta) (?:i )?requisiti (?:per|di) (?:l[’\u0027])?uso (?:commerciale|professionale|intensivo|contract)',
    'spełnia wymagania (?:do|dla) (?:użytku|zastosowań) (?:komercyjn|profesjonaln|intensywn)\\p{L}*',
    // "Broken grains: as per grade", "moisture according to the grade": a grade pointed at but never named (no "US
    // No. 2", "Grade A", "5 % broken"), so the figure follows whichever grade the lot is sold as.
    '(?:as per|according to|per|depending on|depends on|based on|subject to|in line with) (?:the )?(?:(?:quality|product|export|commercial) )?grad(?:e|ing)(?: (?:standards?|requirements?|specs?|specifications?))?(?=\\s{0,3}(?:$|[,;.)/]))',
    '(?:según|conforme|de acuerdo con|dependendo d[ao]|selon|gemäß|je nach|secondo) (?:el |la |o |a |le |la |dem |der |il )?(?:grado|calidad comercial|grau|classificação|classe|qualité commerciale|Güteklasse|Sortierung|grado commerciale)(?=\\s{0,3}(?:$|[,;.)/]))',
    // Italian: "conforme alle normative vigenti", "secondo le norme di legge", "rispetta gli standard internazionali".
    '(?:conform[ei]|rispondent[ei]|secondo|rispett\\p{L}{1,3}|nel rispetto) (?:a(?:lle|lla|i|gli|l)? |le |gli |i |la |delle |degli )?(?:normativ[ae]|norm[ae]|standard|regolamenti)(?: (?:alimentar[ei]|sanitari[ae]|igienic[oi]|igienico-sanitari[ae]))? (?:vigent[ei]|in vigore|di legge|internazional[ei]|applicabil[ei]|di (?:mercato|settore))',
    // Portuguese and Romanian: "conforme as normas vigentes", "conform normelor în vigoare".
    '(?:conforme|de acordo com|segundo) (?:as |os |a |o )?(?:normas?|padr(?:ão|ões)|regulamentos?)(?: (?:sanitári[ao]s?|alimentares?|de higiene|sanitarias?))? (?:vigentes?|em vigor|de mercado|aplicáveis)',
    // "Deve cumprir as normas sanitárias vigentes", "cumplir las normas sanitarias vigentes": which rule, which limit?
    '(?:cumpr\\p{L}{1,4}|cumpl\\p{L}{1,4}|atende\\p{L}{0,2}|respeit\\p{L}{1,3}) (?:com )?(?:as |os |às |aos |ao |à |las |los |a |la )?(?:normas?|regulamentos?|reglamentos?|legisla[cç][ãa]o|legislaci[óo]n) (?:sanitári[ao]s?|sanitari[ao]s?|alimentares?|alimentari[ao]s?)(?: (?:vigentes?|em vigor|en vigor|aplicáveis|aplicables))?',
    // French: "conforme aux normes alimentaires en vigueur", "selon la réglementation sanitaire".
    '(?:conformes?|selon|respect(?:e|ant)?) (?:aux |à la |la |les |des )?(?:normes?|réglementations?|règles) (?:(?:alimentaires?|sanitaires?|d[’\u0027]hygiène)(?: en vigueur)?(?=\\s{0,3}(?:$|[,;.)]))|en vigueur)',
    'conform (?:normelor|standardelor|reglementărilor) (?:în vigoare|internaționale|europene|aplicabile)',
    // Polish: "zgodnie z obowiązującymi normami", "wg wymagań UE".
    'zgodn\\p{L}{1,3} z (?:obowiązującymi|międzynarodowymi|europejskimi|wysokimi) (?:normami|standardami|przepisami)',
    // Dutch and German: "volgens geldende normen", "conform de Europese richtlijnen", "nach geltenden Normen".
    '(?:volgens|conform|overeenkomstig) (?:de )?(?:geldende|toepasselijke|huidige|Europese|internationale|gangbare|hoge) (?:normen|standaarden|voorschriften|richtlijnen|eisen)',
    '(?:nach|gemäß|entsprechend) (?:den )?(?:geltenden|gültigen|aktuellen|einschlägigen|internationalen|europäischen|üblichen|hohen) (?:Normen|Standards|Vorschriften|Richtlinien)',
  ]),
  scriptWords([
    // Russian and Ukrainian: "соответствует высоким стандартам", "відповідає міжнародним нормам".
    '(?:соответству\\p{L}{1,4}|відповіда\\p{L}{1,3}|согласно|відповідно до) (?:всем )?(?:высок|международн|европейск|современн|действующ|мирров|міжнародн|висок|європейськ|чинн)\\p{L}{1,3} (?:стандарт|норм|требовани|вимог)\\p{L}{0,3}',
    // Arabic: "مطابقة للمعايير الدولية", "وفق المواصفات العالمية".
    '(?:مطابق[ةه]?|وفق(?:ا|ًا|اً)?|حسب|طبقا|طبقًا) (?:ل|لل|ال)?(?:معايير|مواصفات|مقاييس) (?:ال)?(?:دولية|عالمية|أوروبية|قياسية|المعتمدة|المعمول بها)',
  ]),
);
