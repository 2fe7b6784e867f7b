import { anyOf, type ChatPattern } from '../match';

/**
 * The seller offers to wire the money to the buyer's own bank account itself, in exchange for a closed dispute or
 * because the platform's refund is said to fail (stop 55): "the dispute costs us points; if you close it I transfer the
 * money to your bank account, send me your IBAN", "als je het sluit maak ik het geld over naar je bankrekening, stuur
 * je IBAN", "ha lezárja a vitát, átutalom a pénzt, küldje a számlaszámot", "si cierra la disputa le transfiero el
 * dinero, envíeme su IBAN", "iadeyi AliExpress üzerinden yapamıyoruz, IBAN numaranızı yazın, parayı havale ile
 * göndereyim". refund-outside.ts and refund-by-other-channel.ts read the story when a word of refund stands in it;
 * here the refund is told only as the writer's own transfer ("maak ik het geld over", "átutalom", "le transfiero").
 * Only the platform pays a refund back through the order; money the seller wires to bank details handed over in chat
 * leaves it (and the details are what the next "verification payment" needs). Folded text (accents dropped).
 *
 * Three things in the message: the trigger (a dispute closed, or the platform's refund said not to work), the writer's
 * own transfer of money, and the buyer's bank details named (the hit).
 */

/** A dispute, claim or complaint, in the languages read. */
const DISPUTE =
  '\\b(?:dispute|claim|case|complaint|disputa|reclam\\w*|litige|reclamation|streit\\w*|reklamation|beschwerde|controversia|spor|sporu|sporze|reklamac\\w*|vitat|vita|panasz\\w*|geschil|klacht|ihtilaf\\w*|itiraz\\w*|sikayet\\w*|anlasmazlik\\w*|uyusmazlik\\w*)\\b|(?<![\\p{L}])(?:спор|претензи|жалоб)\\p{L}*';
/** Closed, cancelled or withdrawn. */
const CLOSE =
  '\\b(?:close|closes|closed|closing|cancel\\w*|withdraw\\w*|cierr\\w*|cerrar|retir\\w*|fech\\w*|ferm\\w*|annul\\w*|schlie\\w*|zuruckzieh\\w*|chiud\\w*|zamkn\\w*|zamyka\\w*|anuluj\\w*|lezar\\w*|zarja|visszavon\\w*|sluit\\w*|intrek\\w*|kapat\\w*|geri\\s+cek\\w*)\\b|(?<![\\p{L}])(?:закро|закри|отмен|скасу)\\p{L}*';
const DISPUTE_CLOSED = `(?:${DISPUTE})[^]{0,120}?(?:${CLOSE})|(?:${CLOSE})\\s+(?:\\S+\\s+){0,3}?(?:${DISPUTE})`;

/** The platform's refund said not to work: "we cannot refund through AliExpress", "AliExpress üzerinden yapamıyoruz". */
const PLATFORM_REFUND_FAILS = [
  "\\b(?:aliexpress|alibaba|the\\s+platform|the\\s+system)\\b[^.!?\\n]{0,50}?\\b(?:can'?t|cannot|can\\s+not|doesn'?t\\s+work|does\\s+not\\s+work|not\\s+working|error|yapamiyoruz|yapamiyorum|olmuyor|hata\\w*|no\\s+(?:podemos|funciona|deja|permite)|nao\\s+(?:podemos|funciona|deixa)|ne\\s+(?:peux|pouvons|marche|fonctionne)|geht\\s+nicht|funktioniert\\s+nicht|nem\\s+(?:tudjuk|megy|mukodik|engedi)|lukt\\s+niet|werkt\\s+niet|kunnen\\s+(?:\\w+\\s+)?niet|nie\\s+(?:mozemy|dziala))\\b",
  "\\b(?:can'?t|cannot|unable\\s+to)\\s+refund\\s+(?:\\S+\\s+){0,3}?(?:through|via|on|in)\\s+(?:aliexpress|alibaba|the\\s+platform)\\b",
].join('|');

/** The writer wires money to the buyer: a first-person verb of transferring, in the languages read. */
const WRITER_TRANSFERS = [
  "\\b(?:i|we)(?:'ll|'d|\\s+will|\\s+can|\\s+would|\\s+shall)?\\s+(?:then\\s+|directly\\s+|immediately\\s+|just\\s+)?(?:wire|transfer|deposit|remit|send\\s+(?:you\\s+)?(?:the\\s+)?(?:money|refund|amount|payment)|pay\\s+you(?:\\s+back)?|refund\\s+you)\\b",
  // nl: "maak ik het geld over", "storten we het bedrag terug", "ik maak het over".
  '\\b(?:maak|maken|stort|storten|boek|boeken)\\s+(?:ik|we|wij)\\s+(?:\\S+\\s+){0,5}?(?:over|terug)\\b|\\b(?:ik|we|wij)\\s+(?:\\S+\\s+){0,4}?(?:overmaken|terugstorten|terugbetalen|overboeken)\\b',
  // hu: "átutalom", "elutalom", "visszautaljuk", "küldöm a pénzt".
  '\\b(?:at|el|vissza)?utal(?:om|ok|juk)\\b|\\bkuldom\\s+a\\s+penzt\\b',
  // es / pt / fr / it.
  '\\b(?:le|te|les)\\s+(?:transfiero|deposito|transferire|depositare|hago\\s+(?:una\\s+)?transferencia|envio\\s+el\\s+dinero|mando\\s+el\\s+dinero)\\b',
  '\\b(?:eu|te|lhe)\\s+(?:transfiro|deposito|faco\\s+(?:um\\s+)?(?:pix|transferencia)|mando\\s+o\\s+dinheiro)\\b',
  "\\bje\\s+(?:vous\\s+|te\\s+)?(?:vire|fais\\s+un\\s+virement|envoie\\s+l'\\s?argent)\\b",
  '\\b(?:ti|le|vi)\\s+(?:faccio\\s+(?:un\\s+)?bonifico|mando\\s+i\\s+soldi)\\b',
  // de / pl.
  '\\buberweise\\s+ich\\b|\\bich\\s+(?:\\S+\\s+){0,3}?uberweise\\b|\\buberweisen\\s+wir\\b|\\bwir\\s+(?:\\S+\\s+){0,3}?uberweisen\\b',
  '\\b(?:przeleje|przelejemy|wysle\\s+pieniadze|zrobie\\s+przelew)\\b',
  // tr: "parayı havale ile göndereyim", "havale ederim".
  '\\b(?:parayi|paranizi|ucreti|tutari|iadeyi|iadenizi)\\s+(?:\\S+\\s+){0,3}?(?:gonder|yatir|havale\\s+ed)(?:eyim|ecegim|irim|erim|elim|ecegiz)\\b|\\bhavale\\w*\\s+(?:\\S+\\s+){0,2}?(?:gonder|yap|ed)(?:eyim|ecegim|irim|erim|elim|ecegiz)\\b',
  // ru.
  '(?<![\\p{L}])(?:переведу|переведем|переведём|отправлю\\s+деньги|скину\\s+деньги)(?![\\p{L}])',
].join('|');

/** The buyer's bank details, not the writer's own ("our IBAN" is the seller's). */
const NOT_OURS =
  '(?<!\\b(?:our|my|nuestra|nuestro|mi|notre|mon|unsere|meine|onze|mijn|nosso|nossa|minha|nasz\\w*|moj\\w*|bizim|benim)\\s+)';
const BANK_DATA = `${NOT_OURS}\\b(?:iban(?:-?(?:ul|jat|jat|ja|t))?|bank\\s+(?:account|details)|account\\s+number|(?:bank)?rekening(?:nummer)?|(?:bank)?szamla(?:szam)?\\w*|hesap\\s+numara\\w*|numero\\s+de\\s+(?:cuenta|conta)|cuenta\\s+bancaria|datos\\s+bancarios|dados\\s+bancarios|chave\\s+pix|coordonnees\\s+bancaires|rib|bankverbindung|kontonummer|numer\\s+konta|coordinate\\s+bancarie)\\b|(?<![\\p{L}])(?:реквизит\\p{L}*|номер\\s+(?:карты|сч[её]та))`;

export const REFUND_WIRED_TO_BUYER: ChatPattern = {
  kind: 'contextual',
  what: "a refund offered outside the platform, to the buyer's own bank details",
  gate: /iban|bank|account|rekening|szamla|hesap|numero|cuenta|datos|dados|chave|coordonnees|rib|bankverbindung|kontonummer|numer|coordinate|реквизит|номер/,
  needs: new RegExp(
    `^(?=[^]*(?:${WRITER_TRANSFERS}))(?=[^]*(?:${DISPUTE_CLOSED}|${PLATFORM_REFUND_FAILS}))`,
    'u',
  ),
  needsIn: 'message',
  re: anyOf(BANK_DATA),
};
