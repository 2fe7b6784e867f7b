import { anyOf, type ChatPattern } from '../match';

/**
 * The talk handed to someone else of the seller's side: "I'll share his contact by vcf", "te paso el contacto de
 * nuestro socio", "je vous donne son numéro", "unka number bhejta hu", and "our representative will call you",
 * "nasz przedstawiciel zadzwoni do Pana", "colegul meu vă va scrie de pe Gmail". A person reached by phone or by a
 * contact card is reached outside the chat, with no record the platform keeps; the buyer is not asked to do anything
 * here, which is why the invitations (invitations.ts) missed these. Words over normalised text (accents folded).
 */

/** A carrier, a forwarder, customs or the platform's own help: they reach the buyer for their own part. */
const NOT_THE_SELLERS_SIDE =
  /\b(?:dhl|fedex|ups|tnt|ems|courier|carrier|driver|forwarder|customs|douane|zoll|aduana|transportista|spediteur|transporteur|kurier|kurierz?|alibaba|aliexpress|platform|plateforme|plataforma|platforma)\b/u;

/** Someone's contact, number, card or mailbox, in the languages below. */
const CONTACT_EN =
  '(?:contact|contacts|contact\\s+(?:details|info\\w*|card)|number|phone|mobile|cell|card|name\\s?card|business\\s+card|vcf|vcard|e-?mail|whats\\s?app|wechat)';

/** The writer's side, as a person: a colleague, an agent, a representative, a relative who works for the shop. */
const PERSON_EN =
  '(?:colleague|assistant|agent|representative|rep|partner|manager|boss|director|engineer|secretary|cousin|brother|sister|staff|team|salesman|saleswoman|salesperson)';

/**
 * Who calls for their own part, or where the call stays: "here", a carrier's driver, a logistics or customs agent
 * ("our logistics agent will call you on arrival"), the platform itself in any language ("en el chat de la plataforma").
 */
const CALLER_NOT_THE_SELLERS_SIDE =
  /\b(?:here|ici|aqui|aca|hier|tutaj|aici|in\s+this\s+chat|dhl|fedex|ups|tnt|ems|courier|driver|forwarder|customs|repartidor|mensajero|transportista|livreur|transporteur|entregador|motorista|transportadora|kurier|kierowca|curier\w*|sofer\w*|fahrer|alibaba|aliexpress|platform|plataforma|plateforme|platforma|piattaforma|plattform)\b|\b(?:logistics|shipping|freight|delivery|customs|clearance)\s+(?:agent|partner|team|company|staff|officer)s?\b|\bagente\s+(?:de\s+)?(?:logistica|aduanas?|transporte|carga)\b|\bagent\s+(?:logistique|de\s+transport|en\s+douane|de\s+fret)\b|\blogistik\w*\b/u;

/**
 * A person of the seller's side, in Spanish, French, Portuguese, Romanian and German (folded), or a title before a
 * name ("el Sr. Wang", "M. Dupont", "Herr Li", "domnul Popescu").
 */
const PERSON_OTHER =
  /\b(?:colega|companer[oa]|asistente|agente|representante|soci[oa]|gerente|jef[ea]|director[a]?|ingenier[oa]|tecnic[oa]|secretari[oa]|vendedor[a]?|asesor[a]?|comercial|encargad[oa]|herman[oa]|prim[oa]|senora?|sra?|collegue|assistante?|agent|representant\w*|commercial\w*|associe\w*|partenaire|responsable|directeur|directrice|ingenieur|technicien\w*|secretaire|vendeu(?:r|se)|conseill\w*|manager|patron|frere|soeur|monsieur|madame|mme|colega|assistente|representante|parceir[oa]|gerente|diretor[a]?|engenheir[oa]|tecnic[oa]|vendedor[a]?|consultor[a]?|irma[o]?|colegul|colega|asistent\w*|agent\w*|reprezentant\w*|partener\w*|manager\w*|director\w*|sef\w*|inginer\w*|tehnician\w*|secretar\w*|vanzator\w*|vanzatoare\w*|consultant\w*|domnul|doamna|fratele|sora|kolleg\w*|assistent\w*|vertreter\w*|mitarbeiter\w*|partner\w*|chef\w*|techniker\w*|ingenieur\w*|berater\w*|verkaufer\w*|sekretar\w*|vertrieb\w*|aussendienst\w*|herr|frau)\b/u;

/**
 * The reader told to write to or call a third person of the seller's side whose number the message gives (stop 54):
 * "…GCash yung sample fee sa agent namin sa Manila, 0917 882 3340, tapos message nyo po sya for pickup", "i-text nyo po
 * siya", "tawagan nyo na lang po si Mark", "message him on 0917…", "text her for the pickup". The number may stand
 * before the verb, as a wallet's; the person is then reached on it, off the chat. Needs a number of nine digits or
 * more in the message and one of the seller's people (PERSON_EN, or Tagalog "namin / kasama / ahente"); a carrier's
 * driver or a courier (CALLER_NOT_THE_SELLERS_SIDE, in the sentence) is reached for its own part.
 */
const TELL_TO_REACH_HIM = [
  // Tagalog: the verb, the courtesy words, then "siya / sila / si <name>".
  '\\b(?:i-?)?(?:text|txt|call|message|msg|pm|chat|contact|kontakin|tawag\\w*|i-?chat|i-?message|i-?text)\\s+(?:(?:nyo|niyo|ninyo|mo|po|na|lang|nalang|nyo\\s+na)\\s+){1,4}(?:sya|siya|sila|si\\s+\\p{L}+)\\b',
  // English: "message / text / call / WhatsApp him", not "call him back here".
  '\\b(?:message|text|txt|sms|call|ring|contact|whats\\s?app|ping)\\s+(?:him|her|them)\\b(?!\\s+(?:here|in\\s+this\\s+chat|on\\s+alibaba)\\b)',
].join('|');
// An order, tracking or invoice number is no line to call: "Tom handles order 2938475610293847, message him through the
// order page" (stop 54 review).
const PHONE_IN_MESSAGE =
  /(?<![\w.])(?<!\b(?:order|orders|tracking|invoice|waybill|awb|pi|po|ref|pedido|commande|bestellung|auftrag|zamowienie|siparis|don hang|pesanan)\s{0,2}(?:no\.?|nr\.?|number|num\.?|id|#)?\s{0,2}[:#]?\s{0,2})\+?\d(?:[\s-]?\d){8,}(?!\d)/u;
const OURS_NAMED = new RegExp(
  `\\b(?:our|my)\\s+(?:[\\w.]+\\s+){0,2}?${PERSON_EN}\\b|\\b(?:agent|ahente|kasama|tauhan|staff|partner|rep)\\s+(?:ko|namin|natin)\\b`,
  'u',
);

export const THIRD_PARTY_CONTACT_MOVES: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /message|msg|text|txt|call|pm|chat|contact|kontakin|tawag|sms|ring|whats|ping/,
    needs: new RegExp(`^(?=[^]*${PHONE_IN_MESSAGE.source})(?=[^]*(?:${OURS_NAMED.source}))`, 'u'),
    needsIn: 'message',
    unless: CALLER_NOT_THE_SELLERS_SIDE,
    unlessIn: 'sentence',
    re: new RegExp(TELL_TO_REACH_HIM, 'u'),
  },
  {
    // "I share his contact by vcf file", "I'll send you her number", "pass you the contact of our partner", "te paso el
    // contacto de nuestro socio", "je vous donne son numéro en privé", "te passo o contato dele", "unka number bhejta
    // hu", "podam Panu jego numer", "vă trimit numărul lui": a third person's line handed over, to be used outside.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /give|send|share|pass|forward|paso|pasare|doy|dare|mando|mandare|envio|enviare|donne|donnerai|envoie|enverrai|passe|transmet|communique|passo|dou|unka|uska|inka|iska|podam|przesle|wysle|trimit|dau|gebe|schicke|sende/,
    unless: NOT_THE_SELLERS_SIDE,
    unlessIn: 'message',
    re: anyOf(
      `\\b(?:give|giving|send|sending|share|sharing|pass|passing|forward|forwarding)\\s+(?:you\\s+|u\\s+)?(?:his|her|their)\\s+(?:\\w+\\s+)?${CONTACT_EN}\\b`,
      `\\b(?:give|send|share|pass|forward)\\w*\\s+(?:you\\s+|u\\s+)?the\\s+${CONTACT_EN}\\s+of\\s+(?:our|my)\\s+(?:\\w+\\s+){0,2}?${PERSON_EN}`,
      '\\b(?:te|le|les)\\s+(?:paso|pasare|doy|dare|mando|mandare|envio|enviare|comparto)\\s+(?:el\\s+|su\\s+)?(?:contacto|numero|telefono|correo|whats\\s?app)\\s+(?:de\\s+(?:nuestro|nuestra|mi)|del\\s+(?:senor|agente|socio|representante))\\b',
      '\\bvous\\s+(?:donne|donnerai|envoie|enverrai|passe|passerai|transmets|transmettrai|communique|communiquerai)\\s+(?:son|leur|ses|leurs)\\s+(?:numero|contact|coordonnees|telephone|portable|e-?mail|whats\\s?app)\\b',
      '\\bvous\\s+(?:donne|donnerai|envoie|enverrai|passe|passerai|transmets|transmettrai|communique|communiquerai)\\s+(?:le|les)\\s+(?:numero|contact|coordonnees|telephone)\\s+de\\s+(?:notre|mon|ma)\\b',
      '\\b(?:te|lhe)\\s+(?:passo|mando|envio|dou|passarei|mandarei|enviarei)\\s+(?:o\\s+)?(?:contato|numero|telefone|whats\\s?app|e-?mail)\\s+(?:dele|dela|deles|delas|do\\s+nosso|da\\s+nossa|do\\s+meu|da\\s+minha)\\b',
      '\\b(?:unka|uska|inka|iska)\\s+(?:number|contact|no|mobile|phone|whatsapp)\\s+(?:\\w+\\s+){0,3}?(?:bhej\\w*|de\\s+(?:deta|dunga|dungi|doonga)|share\\s+kar\\w*)',
      '\\b(?:podam|przesle|wysle|dam)\\s+(?:panu|pani|panstwu|ci)\\s+(?:jego|jej|ich)\\s+(?:numer|kontakt|telefon|e-?mail)\\w*',
      '\\bv(?:a|i)\\s+(?:trimit|dau|voi\\s+trimite|voi\\s+da)\\s+(?:numarul|contactul|telefonul|e-?mailul)\\s+(?:lui|ei|lor|colegului|colegei|partenerului|agentului)\\b',
      '\\b(?:gebe|schicke|sende)\\s+(?:ich\\s+)?(?:ihnen|dir)\\s+(?:seine|deren)\\s+(?:nummer|kontakt\\w*|telefonnummer|handynummer|e-?mail\\w*)\\b',
    ),
  },
  {
    // "our sales rep Mr. Tom will call you", "my colleague will write to you from his personal gmail", "nuestro
    // representante le llamará", "notre agent vous appellera", "nasz przedstawiciel zadzwoni do Pana", "colegul meu vă
    // va scrie de pe Gmail-ul lui": a person of the seller's side reaching the buyer by phone or from a mailbox of
    // their own. A call is off the chat by its nature; writing counts only with the line or mailbox it comes from.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /call|phone|ring|write|mail|message|contact|llam|appel|telephon|ligar|zadzwoni|napisze|skontaktuje|suna|scrie|contacta|anrufen|ruft/,
    // "…will call you here in the chat", a carrier's driver or the platform's own help: not the seller's side moving.
    unless: CALLER_NOT_THE_SELLERS_SIDE,
    re: anyOf(
      // Not the buyer's question quoted back ("our agent will call you? No, …").
      `\\b(?:our|my)\\s+(?:[\\w.]+\\s+){0,3}?${PERSON_EN}\\b(?:[^.!?\\n]|(?<=\\b(?:mr|ms|mrs|miss|dr))\\.){0,60}?\\b(?:will|'ll|shall|is\\s+going\\s+to|gonna)\\s+(?:(?!not\\b|never\\b)\\w+\\s+)?(?:call|phone|ring)\\s+(?:you|u)\\b(?!\\s*\\?)`,
      `\\b(?:will|'ll|shall|is\\s+going\\s+to|gonna)\\s+(?:(?!not\\b|never\\b)\\w+\\s+)?(?:write|e-?mail|message|contact|text)\\s+(?:to\\s+)?(?:you|u)\\s+(?:\\w+\\s+)?from\\s+(?:his|her|their)\\s+(?:own\\s+|personal\\s+|private\\s+){0,2}(?:e-?mail|gmail|mailbox|mail|address|account)\\b`,
      '\\b(?:nasz|nasza|moj|moja)\\s+(?:[\\w.()]+\\s+){0,7}?(?:zadzwoni|zadzwonia)\\s+do\\s+(?:pana|pani|panstwa|ciebie)\\b',
      '\\b(?:nasz|nasza|moj|moja)\\s+(?:[\\w.()]+\\s+){0,7}?(?:napisze|skontaktuje\\s+sie)\\s+(?:do\\s+|z\\s+)?(?:pana|pani|panstwa|panem|pania|toba|ciebie)\\b[^.!?\\n]{0,60}?\\bbezposrednio\\b',
      '\\b(?:va|te)\\s+va\\s+(?:scrie|contacta)\\s+(?:direct|de\\s+pe|pe|prin)\\b|\\bo\\s+sa\\s+(?:va|te)\\s+(?:scrie|contacteze)\\s+(?:direct|de\\s+pe|pe|prin)\\b',
    ),
  },
  {
    // The same promise of a call in Spanish, French, Portuguese, Romanian and German: "nuestro representante le
    // llamará", "notre agent vous appellera", "o nosso técnico vai te ligar", "colegul meu vă va suna", "unser
    // Techniker ruft Sie morgen an". These verbs also serve a colour that catches the eye ("le llamará la atención"),
    // an alarm, a detector or a clock that rings: the call counts only with a person of the seller's side in its
    // clause (PERSON_OTHER), and never as "llamar la atención".
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /llam|appel|telephon|ligar|suna|telefon|anrufen|ruft/,
    needs: PERSON_OTHER,
    unless: CALLER_NOT_THE_SELLERS_SIDE,
    re: anyOf(
      '\\b(?:le|te|lo|la)\\s+(?:llamara|llamaran|va\\s+a\\s+llamar|van\\s+a\\s+llamar)\\b(?!\\s+(?:\\w+\\s+)?la\\s+atencion)',
      '\\bvous\\s+(?:appellera|appelleront|telephonera|telephoneront|va\\s+appeler|vont\\s+appeler|va\\s+telephoner)\\b',
      '\\b(?:te|lhe|o|a)\\s+(?:ligara|ligarao|vai\\s+ligar|vao\\s+ligar)\\b|\\b(?:vai|vao|ira|irao)\\s+(?:te|lhe)\\s+ligar\\b|\\bvai\\s+ligar\\s+(?:para\\s+)?(?:voce|o\\s+senhor|a\\s+senhora)\\b',
      '\\b(?:va|te)\\s+va\\s+(?:suna|telefona)\\b|\\bo\\s+sa\\s+(?:va|te)\\s+(?:sune|telefoneze)\\b',
      // The free word is never a negation: "unser Techniker wird Sie nicht anrufen" promises the opposite.
      '\\bwird\\s+sie\\s+(?:(?!nicht\\b|nie\\b|niemals\\b)\\w+\\s+)?anrufen\\b|\\bruft\\s+sie\\s+(?:(?!nicht\\b|nie\\b|niemals\\b)\\w+\\s+){0,3}?an\\b',
    ),
  },
];
