/**
 * Quality left to the supplier's own rule: "Quality standard: according to supplier's QC standard", "factory
 * standard", "our internal standard", "按工厂标准", "nach Werksnorm", "standar pabrik". The order holds no copy of
 * that standard, and whatever the factory ships meets its own rule, so a dispute has nothing to measure the goods
 * against. Silent when the standard is a document both sides hold by its number ("internal standard QS-102 rev 3,
 * attached") or a published standard is named.
 */
import { msg } from '../i18n/msg';
import { namesAStandard } from './named-record';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import { DESIGN_FILE } from './reference-lexicon';
import type { VagueHit } from './spec-finding';
import { NUMBERED_DOCUMENT } from './written-document';

const OWNER = "(?:supplier|seller|vendor|manufacturer|factory|maker|producer|company|mill|plant)(?:[’']s)?";
const KIND =
  '(?:own |internal |in-?house |usual |normal |standard |general )?(?:QC |QA |quality |inspection |production |testing |acceptance )?';
// "company standard warranty", "factory standard packing": there "standard" only qualifies another term.
const RULE =
  '(?:standards?|criteria|requirements?|specs?|specifications?|practices?|rules?|norms?|procedures?)(?! (?:warranty|guarantee|packing|packaging|package|cartons?|export|sizes?|colou?rs?|delivery|shipping|terms?|prices?|payment|lead))';

const OWN_STANDARD = anyOf(
  latinWords([
    // "according to supplier's QC standard", "per the factory's own standard", "following manufacturer's criteria".
    `(?:according to|as per|per|following|follows?|under|based on|to|by|meets?|meeting|in line with) (?:the )?${OWNER} ${KIND}${RULE}`,
    // "our internal QC standard", "its own criteria", "factory standard", "in-house standard".
    `(?:our|its|their) (?:own |internal |in-?house |company |factory |usual )${KIND}${RULE}`,
    `(?:${OWNER}|internal|in-?house|company|house) (?:own )?(?:QC |QA |quality |inspection )?standards?(?! (?:warranty|guarantee|packing|packaging|package|cartons?|export|sizes?|colou?rs?|delivery|shipping|terms?|prices?|payment|lead))`,
    // Spanish, French, Portuguese, Italian: "según estándar de la fábrica", "selon les normes du fournisseur",
    // "padrão da fábrica", "standard di fabbrica".
    '(?:estándar(?:es)?|normas?|criterios?) (?:internos?|propios?|de (?:la )?(?:fábrica|empresa)|del (?:proveedor|fabricante))',
    // "standard usine", "norme d'usine", "padrão de fábrica", "padrão fábrica", "standard della fabbrica": the same
    // factory's rule with the article left out or the noun run on, as suppliers write it under a finish or a colour.
    "(?:normes?|standards?|critères) (?:internes?|maison|usine|d[’'] ?usine|de l[’']usine|de (?:fabrication|production)|du (?:fournisseur|fabricant))",
    'padr(?:ão|ões) (?:internos?|próprios?|(?:d[aeo] )?(?:fábrica|empresa)|do (?:fornecedor|fabricante))',
    'standard (?:di fabbrica|della fabbrica|dello stabilimento|aziendal[ei]|intern[oi]|del (?:fornitore|produttore))',
    // German: "Werksnorm", "Herstellerstandard", "interner Standard".
    '(?:Werks|Hersteller|Lieferanten|Haus)(?:norm|standard)s?',
    '(?:interne[rn]?|hauseigene[rn]?|eigene[rn]?) (?:Qualitäts)?(?:Standard|Norm|Richtlinien?)',
    // Polish, Turkish, Vietnamese, Indonesian, Dutch.
    '(?:standard(?:y|u|ów)?|norm[aey]) (?:fabryczn\\p{L}{1,3}|zakładow\\p{L}{1,3}|wewnętrzn\\p{L}{1,3}|dostawcy|producenta)',
    '(?:fabrika|tedarikçi|üretici|firma) standard(?:ı|ına|larına|ları)',
    'tiêu chuẩn (?:của )?(?:nhà máy|nhà cung cấp|nội bộ|công ty|xưởng)',
    'standar (?:pabrik|pemasok|internal|perusahaan|kami)',
    '(?:fabrieks|leveranciers|interne|eigen) ?(?:standaard|norm)',
    // Swedish, Danish and Norwegian: "enligt leverantörens standard", "tillverkarens norm", "fabriksstandard",
    // "leverandørens standard": the possessive names whose rule, as "supplier's standard" does.
    '(?:leverantörens|tillverkarens|fabrikens|leverandørens|producentens|produsentens|fabrikkens) (?:egen |egna |interna? )?(?:standard|norm|krav|rutiner)',
    '(?:leverantörs|tillverkar|fabriks|leverandør|fabrikk|produsent|producent)(?:standard|norm)(?:en)?',
    '(?:vår|vores|vår egen) (?:interna? )?(?:standard|norm)',
    // The factory's practice or custom, no document at all: "enligt fabrikens praxis", "efter fabrikkens praksis",
    // "nach Werkspraxis", "según la práctica de la fábrica", "selon la pratique de l'usine", "secondo la prassi della
    // fabbrica", "volgens de fabriekspraktijk", "zgodnie z praktyką fabryki", "fabrika uygulamasına göre".
    '(?:leverantörens|tillverkarens|fabrikens|leverandørens|producentens|produsentens|fabrikkens|vår|vores|våre|våra) (?:egen |egna |vanliga |sedvanliga |vanlige |sædvanlige |normala |normale )?(?:praxis|praksis|rutin|rutine|sedvänja)',
    '(?:fabriks|tillverknings|leverantörs|fabrikk|fabrieks|leveranciers|Werks|Hersteller|Fabrik|Betriebs)(?:praxis|praksis|praktijk)',
    '(?:nach|gemäß) (?:der )?(?:üblichen )?(?:Praxis|Gepflogenheit) (?:des|der) (?:Herstellers|Lieferanten|Werks|Fabrik)',
    '(?:según|conforme a|de acuerdo con) (?:la )?(?:práctica|costumbre)(?: habitual)? (?:de (?:la )?(?:fábrica|empresa)|del (?:proveedor|fabricante))',
    "(?:selon|suivant|conformément à) (?:la )?(?:pratique|usage)(?: habituel(?:le)?)? (?:de l[’']usine|du (?:fournisseur|fabricant)|de la maison)",
    '(?:secondo|come da) (?:la )?(?:prassi|pratica)(?: abituale)? (?:della fabbrica|del (?:fornitore|produttore)|aziendale)',
    '(?:conforme|segundo|de acordo com) (?:a )?(?:prática|praxe)(?: habitual)? (?:da (?:fábrica|empresa)|do (?:fornecedor|fabricante))',
    '(?:volgens|naar) (?:de )?(?:gangbare )?praktijk van (?:de )?(?:fabriek|leverancier|fabrikant)',
    '(?:zgodnie z|według) (?:praktyką|zwyczajem) (?:fabryki|zakładu|producenta|dostawcy)',
    '(?:fabrika|üretici|tedarikçi|firma) (?:uygulamasına|uygulamalarına|teamüllerine) göre',
    // Czech, Slovak, Romanian, Malay: "dle normy dodavatele", "podniková norma", "standardul furnizorului",
    // "standard pembekal".
    '(?:norm[auy]|standard(?:u|ů)?) (?:dodavatele|výrobce|výrobcu|dodávateľa|závodu)',
    'podnikov(?:á|é|ou) norm(?:a|y|ou)',
    'standard(?:ul|ului|ele|elor)? (?:furnizorului|producătorului|fabricii|intern)',
    'standard (?:pembekal|kilang|pengilang|syarikat)',
    // Greek: "σύμφωνα με το πρότυπο του προμηθευτή", "εσωτερικό πρότυπο".
    '(?:πρότυπ(?:ο|α)|προδιαγραφ(?:ές|ή)) (?:του |της )?(?:προμηθευτή|κατασκευαστή|εργοστασίου)',
  ]),
  scriptWords([
    'стандарт(?:и|ів|ом)? (?:заводу|фабрики|постачальника|виробника|підприємства)',
    // Bengali, Hindi, Urdu, Persian, Arabic: the supplier's or factory's own standard, in the word order each writes.
    '(?:সরবরাহকারীর|প্রস্তুতকারকের|কারখানার|নিজস্ব) (?:মান|মানদণ্ড|স্ট্যান্ডার্ড)',
    '(?:आपूर्तिकर्ता|निर्माता|फैक्ट्री|कारखाने) (?:के|का) (?:मानक|स्टैंडर्ड)',
    '(?:سپلائر|فیکٹری|کارخانے|مینوفیکچرر) (?:کے|کا) (?:معیار|سٹینڈرڈ|اسٹینڈرڈ)',
    'استاندارد(?:های)? (?:تأمین‌کننده|تامین‌کننده|تامین کننده|تأمین کننده|کارخانه|سازنده|داخلی)',
    '(?:معايير|مواصفات|معيار) (?:المورد|المصنع|الشركة المصنعة|الداخلية)',
    // Korean and Japanese in their own script: "공급업체 기준", "자사 기준", "メーカー基準".
    // Not 공장 기준 ("factory basis"): it is also how Korean writes ex-works ("공장 기준 EXW 부산").
    '(?:공급업체|공급사|제조사|자사|당사)(?:의)? ?(?:기준|표준|규격)',
  ]),
  cjk(['(?:メーカー|工場|仕入先)(?:の)?(?:基準|規格)']),
  latinWords([
    // The supplier's possessive governing the rule noun after "according to": "according to our criteria", "selon
    // nos critères habituels", "según nuestros criterios", "nach unseren Kriterien". Whose rule, not which.
    `(?:according to|as per|per|following|under|by) (?:our|its|their) ${RULE}`,
    "(?:selon|suivant|d[’']après|conformément à) (?:nos|leurs|ses) (?:propres )?(?:critères|normes|standards|règles|exigences|procédures)",
    '(?:según|conforme a|de acuerdo (?:con|a)) (?:nuestr[oa]s|sus) (?:propi[oa]s )?(?:criterios|normas|estándares|reglas|procedimientos)',
    '(?:segundo|conforme|de acordo com) (?:(?:os|as) )?(?:noss[oa]s|seus|suas) (?:própri[oa]s )?(?:critérios|normas|padrões|regras)',
    '(?:secondo|in base a(?:i|lle)?) (?:(?:i|le) )?(?:nostr[ie]|loro|propr[ie]) (?:criteri|standard|norme|regole)',
    '(?:nach|gemäß) (?:unseren|ihren|seinen) (?:eigenen |üblichen |internen )?(?:Kriterien|Standards|Normen|Regeln|Vorgaben)',
  ]),
  scriptWords([
    'стандарт(?:ы|ам|у)? (?:завода|фабрики|поставщика|производителя|предприятия)',
    'внутренн\\p{L}{1,3} стандарт\\p{L}{0,3}',
    'по (?:нашим|своим) (?:критериям|стандартам|нормам|правилам)',
    'за (?:нашими|своїми) (?:критеріями|стандартами|нормами|правилами)',
  ]),
  cjk([
    '(?:按|按照|依|依照|根据|符合)?(?:我司|本公司|我们)?(?:工厂|厂家|厂内|本厂|我司|我厂|公司|企业|供应商|卖方)(?:的)?(?:内部)?(?:质量|品质|检验|QC|出厂)?标准',
    '(?:社内|自社|工場)(?:基準|規格)',
  ]),
);

const WHY = msg('spec.why.ownStandard');

/**
 * "Tolerance: ±0.1 mm (factory standard)", "factory standard, AQL 2.5 level II": the figure is written, and the
 * standard's name only says where it comes from.
 */
const FIGURE_GIVEN =
  /[±]\s{0,2}\d|\bAQL\s{0,2}\d|(?<![\p{L}\d])\d+(?:[.,]\d+)?\s{0,2}(?:mm|cm|µm|μm|m|g|kg|gsm|%|°\s?C|N|MPa|h)(?![\p{L}])/u;

export function ownStandards(text: string): VagueHit[] {
  // "internal standard QS-102 rev 3 (attached)", "企业标准 Q/ABC 001-2020": a numbered document both sides can hold.
  if (test(NUMBERED_DOCUMENT, text) || test(DESIGN_FILE, text) || namesAStandard(text)) return [];
  if (FIGURE_GIVEN.test(text)) return [];
  return findAll(OWN_STANDARD, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: WHY,
    fix: msg('spec.fix.ownStandard', { seen: m.text }),
  }));
}
