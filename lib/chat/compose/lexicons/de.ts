import type { Lexicon } from '../lexicon';

/**
 * German. Modelled on German chambers' and importers' warnings about Chinese suppliers (changed
 * "Bankverbindung" on a re-sent invoice, payment to a Hong Kong account or a "Privatkonto") and on
 * classified-ad fraud ("per PayPal Freunde", "direkt überweisen"). Umlauts folded (ü → u), ß kept.
 */
export const DE: Lexicon = {
  lang: 'de',
  script: 'latin',
  pay: 'zahlen|zahlt|zahle|zahlung(?!s(?:seite|vorgang|methode|art))\\w*|bezahl\\w*|einzahl\\w*|anzahlung\\w*|restzahlung\\w*|restbetrag|\\w*uberweis\\w*|uberwies\\w*|vorkasse|begleich\\w*|(?:geld|betrag)\\s+(?:zu\\s+)?(?:senden|schicken|uberweisen)|(?:senden|schicken)\\s+sie\\s+(?:\\w+\\s+)?(?:das\\s+geld|den\\s+betrag)',
  receive: 'empfang\\w*|erhalt\\w*|kassier\\w*|nimmt\\s+(?:das\\s+)?geld',
  account: '\\w*konto\\w*|\\w*konten|karte|kreditkarte',
  bankInfo:
    'bankverbindung\\w*|kontoverbindung\\w*|bankdaten|kontodaten|bankkonto\\w*|iban|empfanger\\w*|begunstigte\\w*|zahlungsdaten|zahlungsinformation\\w*|kontonummer\\w*',
  owner:
    'privat\\w*|bekannte[rnm]?|sein(?:e|em|en)?(?=\\s+\\w*konto)|personlich\\w*|eigene\\w*|(?:meines|meiner|seines|seiner|unseres|unserer)\\s+(?!unternehmens|firma|betriebs|werks|fabrik)\\w+|des\\s+chefs|unseres\\s+chefs|meines\\s+chefs|chef\\w*|inhaber\\w*|geschaftsfuhrer\\w*|meiner\\s+frau|meines\\s+mannes|mitarbeiter\\w*|kolleg\\w*|verwandt\\w*|auf\\s+(?:meinen|seinen|den)\\s+namen',
  ownAccount: 'privatkonto\\w*|privatkarte\\w*|personalkonto\\w*|chefkonto\\w*',
  other: 'andere\\w*|weitere\\w*|zweite\\w*|alternativ\\w*',
  fresh: 'neue\\w*|neu|aktualisierte\\w*',
  // A sales or export partner named as the payee ("an unseren Vertriebspartner in Hongkong überweisen").
  related:
    '(?:mutter|schwester|tochter|partner|holding)(?:firma|gesellschaft|unternehmen)\\w*|(?:vertriebs|handels|export|geschafts)partner\\w*|(?:hongkong|hk|singapur)[\\s-]*(?:firma|gesellschaft|filiale|niederlassung|buro|tochter)\\w*|(?:filiale|niederlassung|buro)\\s+in\\s+(?:hongkong|singapur)',
  direct: 'direkt\\w*|unmittelbar',
  method: 'zahlungs(?:weg|art|methode|mittel|option)\\w*|weg|wege|methode\\w*|moglichkeit\\w*',
  // "nicht über Alibaba"; "nicht mehr / nichts (mehr) über / an Alibaba" when the sentence goes on to the way that
  // replaces it ("…, sondern / nur noch direkt / per Überweisung an uns"): the platform refused from now on. Without
  // that, "Sie müssen nichts mehr über Alibaba zahlen" only says that nothing is left to pay.
  notVia:
    'nicht\\s+(?:uber|via|auf|bei)|(?:nicht\\s+(?:mehr|langer)|nichts(?:\\s+mehr)?)(?=\\s+(?:uber|via|auf|bei|an)\\s[^.!?\\n]*?\\b(?:sondern|nur\\s+noch|stattdessen|direkt\\w*|\\w*konto\\w*|\\w*uberweis\\w*|an\\s+uns)\\b)\\s+(?:uber|via|auf|bei|an)',
  platform:
    'trade\\s?assurance|handelssicherung|ta|treuhand\\w*|alibaba(?:-\\w+)?|aliexpress|plattform\\w*|kauferschutz\\w*|kleinanzeigen|ebay',
  notNeeded:
    'nicht\\s+(?:notig|notwendig|erforderlich|gebraucht|brauchen)|brauch\\w*\\s+(?:wir|sie|man|es|ihr)?\\s*(?:nicht|kein\\w*)|unnotig|ohne|kein\\w*\\s+(?:bedarf|notwendigkeit)',
  outside: 'au(?:ss|ß)erhalb(?:\\s+von)?|ohne|statt|anstatt|umgeh\\w*',
  friends:
    'an\\s+freunde(?!\\s+(?:und|&)\\s+familie)\\b|(?:regeln|machen|klaren|wickeln)\\s+(?:wir\\s+)?(?:es|das)\\s+(?:\\w+\\s+){0,3}?unter\\s+uns|unter\\s+uns\\s+(?:regeln|machen|klaren|abwickeln|ab)\\b|als\\s+freund\\w*|unter\\s+freunden|(?:an\\s+)?freunde\\s+(?:und|&)\\s+familie|familie\\s+(?:und|&)\\s+freunde|als\\s+geschenk',
  // Participles take adjective endings before a noun: "unsere geänderte Bankverbindung", "die aktualisierten Daten".
  changed:
    'geander\\w*|geaender\\w*|aktualisiert\\w*|aktualisieren|andern\\s+sie|erneuert\\w*|ersetzt\\w*|korrigiert\\w*|gewechselt\\w*|umgestellt\\w*|anderung\\w*|wechsel\\w*',
  trouble: 'gesperrt|eingefroren|blockiert|geschlossen|gekundigt|in\\s+prufung|wird\\s+gepruft',
  discard:
    'ignorier\\w*|nicht\\s+mehr\\s+(?:gultig|verwenden|benutzen|nutzen|aktuell)|ungultig|nur\\s+noch\\s+(?:diese|dieses|die\\s+neue)',
  old: 'alte\\w*|bisherige\\w*|vorherige\\w*|fruhere\\w*',
  invoice: 'rechnung\\w*|proforma\\w*|pi',
  soon: 'heute|jetzt|sofort|umgehend|morgen|noch\\s+heute|bis\\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute|ende\\s+der\\s+woche)|innerhalb\\s+(?:von\\s+)?(?:\\d+|einer|zwei|drei|24|48)\\s+stunden?|diese\\s+woche',
  loss: 'verlier\\w*|verloren|sonst|teurer|steig\\w*|erhoh\\w*|zu\\s+spat|verpass\\w*|ausverkauft',
  received: 'erhalten|bekommen|eingegangen|danke\\s+fur\\s+(?:die|ihre)\\s+zahlung|bestatigt',
  buy: 'kauf\\w*|bestell\\w*|einkauf\\w*',
  deal: 'abwick\\w*|machen|regeln|geschaft\\w*|rabatt\\w*|gunstiger|billiger|sparen',
  store: 'shop|shops|onlineshop\\w*|laden|webseite|website|store',
  refund: 'ruckerstattung\\w*|erstatt\\w*|geld\\s+zuruck|zuruckzahl\\w*|zuruckuberweis\\w*',
  onlyIf: 'nur\\s+wenn|erst\\s+wenn|zuerst|vorher|aber\\s+(?:zuerst|vorher|erst)|nachdem',
  addMe:
    'fug\\w*\\s+(?:sie\\s+)?mich\\s+hinzu|adden\\s+sie\\s+mich|ich\\s+(?:fuge|adde)\\s+sie\\s+hinzu|schreiben\\s+sie\\s+mir\\s+(?:auf|bei|uber|per)',
  noOrder:
    '(?:keine|ohne)\\s+bestellung|bestellung\\s+(?:ist\\s+)?nicht\\s+(?:notig|notwendig|erforderlich)|nicht\\s+uber\\s+die\\s+bestellung',
  agent: 'unser\\w*\\s+(?:agent\\w*|vertret\\w*|beauftragt\\w*)|vertretung|agentur\\w*',
  escrow: 'treuhand\\w*|mittelsmann',
  asBefore:
    'wie\\s+(?:fruher|bisher|gewohnt|immer|beim\\s+letzten\\s+mal|letztes\\s+mal)|auf\\s+die\\s+alte\\s+(?:art|weise)|wie\\s+in\\s+alten\\s+zeiten',
  avoid: 'vermeid\\w*|umgeh\\w*|sparen|spart|ersparen|einsparen|zu\\s+sparen',
  platformCut: 'verlangt|kassiert|nimmt|behalt|berechnet|zieht|schluckt|frisst',
  otherwise: 'anders|auf\\s+(?:anderem|andere)\\s+(?:weg|art|weise)',
  send: 'schick\\w*|sende|senden|sendet|gebe|geben|teile\\s+\\w+\\s+mit|ubermittel\\w*|maile\\w*',
  instead:
    'nicht\\s+(?:uber|via)(?=\\s+\\S+,?\\s+sondern)|statt|anstatt|anstelle|au(?:ss|ß)erhalb(?:\\s+von)?',
  order: 'bestellung\\w*|auftrag\\w*|bestellseite',
  site: 'seite|website|webseite|app|portal',
  toPerson:
    '(?:an|auf\\s+den\\s+namen)\\s+(?:unser\\w*|mein\\w*|den|die|unsere)\\s+(?:\\w+\\s+)?(?:geschaftsfuhrer\\w*|geschaftsleitung|buchhaltung|finanzabteilung|partner\\w*|kolleg\\w*|frau|mann|bruder|schwester|chef\\w*|kassierer\\w*|buchhalter\\w*|inhaber\\w*|vertriebsleiter\\w*|finanzleiter\\w*|mitarbeiter\\w*)',
  notToUs: 'nicht\\s+(?:an|auf)\\s+(?:uns|mich|unsere\\s+firma|unser\\s+(?:firmenkonto|konto|unternehmen))',
  toPartner:
    'unser\\w*\\s+(?:\\w+\\s+)?(?:partner\\w*|formenbauer\\w*|formenfabrik\\w*|werkzeugbauer\\w*|zulieferer\\w*)|partnerfirma\\w*|partnerunternehmen\\w*',
  collector:
    'inkasso(?:stelle|unternehmen|firma|gesellschaft|partner|agent\\w*)|zahlstelle|beauftragte\\w*\\s+(?:zahlstelle|inkasso\\w*)',
};
