import { anyOf, type ChatPattern } from '../match';

/**
 * Money asked into the account of one of the seller's people or companies — a relative, an agent or representative,
 * a company "of ours" elsewhere — in the languages read without a lexicon of their own (round r51): Romanian
 * "plătiți în contul vărului meu", "plătiți 95 EUR agentului nostru"; Hungarian "utalja a hongkongi cégünk
 * számlájára"; Greek "καταθέστε στον λογαριασμό του ξαδέρφου μου"; Tagalog "sa account ng pinsan ko". The holder
 * must be the seller's ("nostru", "-ünk", "μου", "ko"): the buyer's own agent or account is not where the buyer pays.
 * Text is folded (Latin accents dropped; Greek keeps its accents, so both spellings are written).
 */

// ── Romanian: the person in the genitive-dative, then the seller's possessive ──
/**
 * The reader told to pay: the second person or an imperative ("plătiți", "achitați", "virați", "transferați",
 * "depuneți", "plătești"). A past participle ("am achitat deja agentului nostru", we already paid our agent) or a
 * third person ("firma plătește") tells what the seller did or does, and asks the buyer nothing.
 */
const RO_PAY =
  '\\b(?:platiti|platesti|achitati|achiti|virati|virezi|transferati|transferi|depuneti|depui|trimiteti\\s+(?:banii|suma|avansul|restul))\\b';
const RO_WHOSE =
  '(?:agentului|reprezentantului|intermediarului|varului|verisoarei|verisorului|fratelui|surorii|sotiei|sotului|mamei|tatalui|unchiului|matusii|sefului|sefei|directorului|managerului|colegului|colegei|prietenului|prietenei|contabilului|contabilei|firmei|companiei|societatii|filialei)\\s+(?:(?:noastre|nostru|meu|mele|mea|mei)\\b|(?:din|de\\s+la)\\s+(?:hong\\s+kong|hk|china|singapore|dubai|malaysia|malaezia))';
/** What may stand between the verb and the payee: a sum, a currency, a word for money, an adverb. */
const RO_MONEY =
  '(?:\\d[\\d.,]*|usd|eur|euro|lei|ron|dolari|\\$|€|banii|bani|suma|sumele|avansul|avans|restul|plata|depozitul|diferenta|soldul|integral|tot|toata|deja|acum|imediat|direct|va|rog|va\\s+rog)';
const ROMANIAN: ChatPattern = {
  kind: 'contextual',
  what: "an individual's account",
  gate: /platiti|platesti|achitati|achiti|virati|virezi|transferati|transferi|depuneti|depui|trimiteti/,
  re: anyOf(
    // "plătiți 95 EUR agentului nostru", "virați avansul în contul vărului meu", "pe contul firmei noastre din HK": the
    // verb governs the person or the account — only a sum or a word for money stands between, in one clause. "Am
    // transferat mostrele firmei noastre" moves samples, "plătiți comanda prin Alibaba, iar agentului nostru îi trimitem
    // specificațiile" pays elsewhere and hands the agent papers. "plătiți comisionul agentului nostru" is the agent's
    // fee (a genitive after the thing), not money handed to him.
    `${RO_PAY}\\s+(?:${RO_MONEY}\\s+){0,5}?(?:(?:in|pe|la)\\s+contul\\s+(?:bancar\\s+)?(?:al\\s+|a\\s+)?)?(?<!\\b(?:comisionul|comisionului|taxa|taxei|onorariul|salariul|factura|facturii|adresa|numarul|telefonul|serviciul|serviciile|vizita)\\s)${RO_WHOSE}`,
    `${RO_PAY}[^.!?;,\\n]{0,50}?\\b(?:in|pe)\\s+contul\\s+(?:bancar\\s+)?(?:al\\s+|a\\s+)?${RO_WHOSE}`,
  ),
  needs: new RegExp(RO_PAY, 'u'),
  needsIn: 'message',
  // "nu plătiți niciodată agentului nostru": a warning (the guard words have no Romanian negation).
  unless: /\b(?:nu|niciodata|nicidecum)\b/u,
  unlessIn: 'sentence',
};

// ── Hungarian: the holder with the seller's possessive ending, then "számlájára" (to the account of) ──
const HU_WHOSE =
  '(?:\\w+i\\s+)?(?:cegunk|cegemre|cegem|anyacegunk|leanyvallalatunk|fiokunk|irodank|ugynokunk|ugynokom|kepviselonk|kepviselom|unokatestverem|testverem|batyam|ocsem|noverem|hugom|felesegem|ferjem|anyam|apam|fonokom|fonokunk|igazgatonk|kollegam|baratom|konyvelonk)';
/**
 * The reader told to pay: an imperative or subjunctive ("utalja", "utaljon", "fizesse", "fizessen", "küldje") or the
 * familiar second person ("utalod", "fizetsz"). "Utaltunk" (we transferred), "fizetett" (paid) and "fizetjük" (we pay)
 * tell what the seller did. The formal "Ön" form is the third person, so only its imperative is told apart.
 */
const HU_PAY =
  '\\b(?:at|be)?(?:utalj|fizess|kuldj)(?!uk\\b|unk\\b|ak\\b|ek\\b)\\w*|\\b(?:at|be)?(?:utalsz|utalod|fizetsz|fizeted|kuldesz|kuldod)\\b';
const HUNGARIAN: ChatPattern = {
  kind: 'contextual',
  what: 'a personal, relative\'s, "new" or Hong Kong account',
  gate: /szamlajara|szamlaszamara/,
  // "a cégünk számlájára utalja" (onto our company's account, transfer): the verb and "számlájára" (onto the account
  // of) in one clause. "Számla" is also an invoice: "elküldtük a cégünk számláját" sends an invoice, it is no payee.
  re: anyOf(
    `${HU_PAY}[^.!?;,\\n]{0,40}?\\b${HU_WHOSE}\\s+(?:bank\\w*\\s+)?(?:szamlajara|szamlaszamara)\\b`,
    `\\b${HU_WHOSE}\\s+(?:bank\\w*\\s+)?(?:szamlajara|szamlaszamara)\\s+(?:[^\\s.!?;,]+\\s+){0,3}?${HU_PAY}`,
  ),
  needs: new RegExp(HU_PAY, 'u'),
  needsIn: 'message',
  // "soha ne utaljon a … számlájára": a warning.
  unless: /\b(?:ne|nem|soha|semmikeppen|tilos)\b/u,
  unlessIn: 'sentence',
};

// ── Greek: "στον λογαριασμό του ξαδέρφου μου / του πράκτορά μας / της εταιρείας μας στο Χονγκ Κονγκ" ──
const EL_PAY = '(?<![\\p{L}])(?:πληρ|καταθ|κατάθ|μεταφ|μετάφ|εμβ|στείλ|στειλ)\\p{L}*';
const GREEK: ChatPattern = {
  kind: 'contextual',
  what: "an individual's account",
  gate: /λογαριασμ/,
  re: anyOf(
    // The verb of paying governs the account, in one clause: "καταθέστε … στον λογαριασμό του αδερφού μου".
    `${EL_PAY}[^.!?;,\\n]{0,60}?(?<![\\p{L}])λογαριασμ\\p{L}*\\s+(?:\\p{L}+\\s+){0,1}?(?:του|της)\\s+(?:ξαδ[έε]ρφ\\p{L}*|ξαδ[έε]λφ\\p{L}*|αδ[έε]ρφ\\p{L}*|αδελφ\\p{L}*|συζ[ύυ]γου|γυναίκας|γυναικας|άντρα|αντρα|μητ[έε]ρας|πατ[έε]ρα|θείου|θειου|θείας|θειας|πρ[άα]κτορ\\p{L}*|αντιπρ[όο]σωπ\\p{L}*|εκπρ[όο]σωπ\\p{L}*|μεσ[άα]ζοντ\\p{L}*|προϊσταμ\\p{L}*|διευθυντ\\p{L}*|λογιστ\\p{L}*|φίλου|φιλου|συνεργ[άα]τ\\p{L}*|εταιρ\\p{L}*|θυγατρικ\\p{L}*)\\s+(?:μου|μας)(?![\\p{L}])`,
  ),
  needs: new RegExp(EL_PAY, 'u'),
  needsIn: 'message',
  // "μην καταθέσετε ποτέ σε λογαριασμό …": a warning.
  unless: /(?<![\p{L}])(?:μην|μη|δεν|ποτέ|ποτε)(?![\p{L}])/u,
  unlessIn: 'sentence',
};

// ── Tagalog: "sa account ng pinsan ko", "sa GCash ng ahente namin" ──
const TL_PAY =
  '\\b(?:magbayad|bayad\\w*|bayaran|ipadala|i-?send|send|pakisend|paki-?send|transfer|i-?transfer|pakitransfer|padala\\w*|hulog\\w*|ihulog|deposit|i-?deposit)\\b';
const TAGALOG: ChatPattern = {
  kind: 'contextual',
  what: "an individual's account",
  gate: /account|acct|gcash|maya|bank|bangko/,
  re: anyOf(
    // The verb of paying or sending governs the account, in one clause: "pakisend po ang bayad sa account ng kapatid ko".
    `${TL_PAY}[^.!?;,\\n]{0,60}?\\b(?:account|acct|gcash|maya|bank|bangko)\\s+(?:po\\s+)?ng\\s+(?:aking\\s+|aming\\s+)?(?:pinsan|kapatid|kuya|ate|asawa|mister|misis|nanay|tatay|mama|papa|tita|tito|ahente|kinatawan|amo|boss|manager|kaibigan|kasama)\\s+(?:ko|namin|natin)\\b`,
  ),
  needs:
    /\b(?:magbayad|bayad\w*|bayaran|ipadala|i-?send|send|transfer|i-?transfer|padala\w*|hulog\w*|ihulog)\b/u,
  needsIn: 'message',
  unless: /\b(?:huwag|wag|hindi|bawal)\b/u,
  unlessIn: 'sentence',
};

// ── Kazakh and Uzbek: a person of the seller's in the genitive, then the card or account ──
/**
 * "Өкілдің карта нөмірі: 4400…, соған аударыңыз" (the representative's card number, transfer to it), "менеджеріміздің
 * картасына төлеңіз"; Uzbek "vakilning karta raqami …, shunga o'tkazing", "agentimizning kartasiga to'lang". The holder
 * is a person (a representative, agent, manager, accountant, relative), in the genitive ("-дың/-нің", "-ning") right
 * before the card or account; the reader is told to transfer or pay somewhere in the message. A company's own account
 * ("компанияның шоты", "kompaniyaning hisobi") names no person.
 */
const KK_WHOSE =
  '(?<![\\p{L}])(?:өкіл|агент|менеджер|бухгалтер|директор|бастығ|бастық|қожайын|ағам|ағамыз|інім|әпкем|апам|әкем|анам|әйелім|күйеуім|досым|туысқан)\\p{L}*(?:дың|дің|тың|тің|ның|нің)';
const KK_PAY = '(?<![\\p{L}])(?:аудар\\p{L}*|төле\\p{L}*|салыңыз|салып|жібер\\p{L}*)';
const KAZAKH: ChatPattern = {
  kind: 'contextual',
  what: "an individual's account",
  gate: /карта|шот/,
  re: anyOf(`${KK_WHOSE}\\s+(?:карта\\p{L}*|шот\\p{L}*)`),
  needs: new RegExp(KK_PAY, 'u'),
  needsIn: 'message',
  // "аудармаңыз" (don't transfer), "ешқашан" (never): a warning.
  unless: /(?<![\p{L}])(?:аудармаңыз|төлемеңіз|ешқашан|жоқ|емес)(?![\p{L}])/u,
  unlessIn: 'sentence',
};
const UZ_WHOSE =
  "\\b(?:vakil|agent|menejer|buxgalter|hisobchi|direktor|boshliq|xo'jayin|akam|ukam|opam|singlim|otam|onam|xotinim|erim|do'stim|qarindosh)\\w*ning";
const UZ_PAY = "\\b(?:o'tkaz|to'la|tashla|yubor)\\w*";
const UZBEK: ChatPattern = {
  kind: 'contextual',
  what: "an individual's account",
  gate: /karta|hisob/,
  re: anyOf(`${UZ_WHOSE}\\s+(?:karta\\w*|hisob\\w*)`),
  needs: new RegExp(UZ_PAY, 'u'),
  needsIn: 'message',
  // "o'tkazmang" (don't transfer), "hech qachon" (never): a warning.
  unless: /\b(?:o'tkazmang|to'lamang|hech\s+qachon|emas)\b/u,
  unlessIn: 'sentence',
};

export const SOMEONES_ACCOUNT_PATTERNS: readonly ChatPattern[] = [
  ROMANIAN,
  HUNGARIAN,
  GREEK,
  TAGALOG,
  KAZAKH,
  UZBEK,
];
