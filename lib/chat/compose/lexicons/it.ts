import type { Lexicon } from '../lexicon';

/**
 * Italian. Modelled on Italian consumer and police warnings (Subito, Facebook Marketplace: "bonifico sul mio
 * conto personale", "ricarica PostePay", "tra amici") and on importers' warnings about changed "coordinate
 * bancarie". Accents folded ("società" → "societa").
 */
export const IT: Lexicon = {
  lang: 'it',
  script: 'latin',
  pay: 'paga\\w*|paghi\\w*|pago|pagament\\w*|bonific\\w*|versa(?:re|te|to|mento|menti)|versi|accredit\\w*|ricaric\\w*|saldo|acconto|trasferi\\w*|invia(?:re|te)?\\s+(?:il\\s+)?(?:denaro|pagamento|saldo|soldi)',
  receive: 'ricev\\w*|incass\\w*',
  account: 'conto|conti|carta|carte|portafoglio',
  bankInfo:
    'coordinate\\s+bancarie|conto\\s+corrente|dati\\s+bancari|iban|beneficiari\\w*|intestatari\\w*|banca\\s+(?:beneficiaria|ricevente)',
  owner:
    'personale|personali|privat\\w*|propri[oa]|mio|mia|del\\s+(?:capo|titolare|direttore|proprietario)|di\\s+mi[oa]\\s+(?:moglie|marito|fratello|sorella|socio|cugino)|intestato\\s+a\\s+me|a\\s+mio\\s+nome|capo|titolare',
  other: 'altr[oaie]|divers[oaie]|second[oaie]|alternativ\\w*',
  // "di nuovo" is "again" ("riprova di nuovo con la carta"), not a new account.
  fresh: '(?<!\\bdi\\s)nuovo|nuov[aie]|aggiornat[oaie]',
  related:
    'societa\\s+(?:madre|sorella|controllata|collegata|consociata|partner|(?:di|a)\\s+hong\\s+kong)|casa\\s+madre|filiale\\w*|consociat[ae]|(?:nostra|vostra|la)\\s+controllata|sussidiari[ae]|sede\\s+(?:di|a|in)\\s+hong\\s+kong',
  direct: 'direttamente|diretto|diretta',
  method: 'metod\\w*|modo|modi|modalita|mezzo|via|sistema',
  notVia: 'non\\s+(?:tramite|su|sulla|via|attraverso|con)|senza\\s+passare\\s+(?:da|per)',
  notPayVia: ['non', 'tramite|su|sulla|via|attraverso|con'],
  platform: 'trade\\s?assurance|ta|alibaba|aliexpress|piattaforma|pagamento\\s+sicuro|app|vinted|ebay',
  notNeeded:
    'non\\s+(?:e\\s+|sono\\s+)?(?:necessari\\w*|serv[eo]no?|obbligatori\\w*)|non\\s+(?:ne\\s+)?(?:abbiamo|ha|hai|avete)\\s+bisogno|inutile|senza\\s+bisogno|senza',
  outside:
    'fuori\\s+(?:dalla|da|dal|di)|al\\s+di\\s+fuori\\s+(?:della|dalla|del|dal|di|da)|senza\\s+passare\\s+(?:da|per)|invece\\s+(?:della|di)',
  friends:
    'chiud\\w*\\s+(?:\\w+\\s+){0,3}?tra\\s+(?:di\\s+)?noi|sistem\\w*\\s+(?:\\w+\\s+){0,3}?tra\\s+(?:di\\s+)?noi|facciamo\\s+(?:\\w+\\s+){0,2}?tra\\s+(?:di\\s+)?noi|(?:tra|fra)\\s+amici|come\\s+amic\\w*|amici\\s+e\\s+(?:parenti|familiari)|come\\s+regalo',
  changed: 'cambiat[oaie]|modificat[oaie]|aggiornat[oaie]|corrett[oaie]|sostituit[oaie]|variat[oaie]',
  trouble: 'bloccat[oaie]|congelat[oaie]|sospes[oaie]|chius[oaie]|in\\s+verifica|sotto\\s+controllo',
  discard:
    'ignor(?:i|ate|are)|non\\s+(?:usi|usate|utilizzi|utilizzate)\\s+piu|non\\s+(?:e\\s+)?piu\\s+valid\\w*',
  old: 'vecchi[oaie]|precedent[ei]|solit[oaie]|abitual[ei]',
  invoice: 'fattura\\w*|proforma|pi',
  soon: 'oggi|stasera|adesso|subito|immediatamente|domani|entro\\s+(?:oggi|domani|stasera|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|fine\\s+settimana|(?:\\d+|24|48)\\s+ore)|questa\\s+settimana',
  loss: 'perd\\w*|aument\\w*|sale|salira|troppo\\s+tardi|altrimenti|esaurit\\w*',
  received: 'ricevut[oaie]|abbiamo\\s+ricevuto|confermat[oaie]|grazie\\s+per\\s+il\\s+pagamento',
  buy: 'compr\\w*|acquist\\w*|ordin\\w*',
  deal: 'fare|facciamo|farlo|chiud\\w*|trattativ\\w*|affare|(?:miglior|prezzo\\s+migliore)|sconto|conviene|risparmi\\w*',
  store: 'negozi[oa]?|sito|siti|shop',
  // The formal "mi aggiunga" (add me, to a customer addressed as Lei) and the plural "aggiungeteci".
  addMe:
    'aggiungimi|aggiungetemi|aggiungeteci|mi\\s+aggiunga|ci\\s+aggiunga|ti\\s+aggiungo|la\\s+aggiungo|scrivimi\\s+su|contattami\\s+su',
  noOrder:
    "non\\s+(?:serve|occorre|e\\s+necessario)\\s+(?:fare\\s+|creare\\s+|aprire\\s+)?(?:un\\s+|l'\\s?)?ordine|senza\\s+(?:fare\\s+|passare\\s+dall'\\s?)?(?:un\\s+|l'\\s?)?ordine",
  agent: '(?:il\\s+)?nostro\\s+(?:agente|rappresentante)',
  escrow: 'deposito\\s+a\\s+garanzia|intermediario',
  asBefore:
    "come\\s+(?:una\\s+volta|sempre|al\\s+solito|prima|l'ultima\\s+volta|la\\s+volta\\s+scorsa|abbiamo\\s+fatto\\s+prima)|all'antica",
  avoid: 'evitare|evita|evitiamo|risparmiare|risparmia|risparmiamo|non\\s+pagare',
  platformCut: 'trattiene|trattengono|prende|si\\s+prende|si\\s+tiene|si\\s+mangia|chiede|applica',
  otherwise: 'in\\s+un\\s+altro\\s+modo|diversamente',
  send: 'giro|girero|invio|inviero|inviamo|invia\\w*|mando|mandero|mandiamo|passo|passero|do|daro|comunico|comunichero',
  instead:
    "invece\\s+d(?:i|e|el|ella|ei|egli)|anziche|al\\s+posto\\s+d(?:i|e|el|ella|ei|egli)|fuori\\s+d(?:a|al|alla|all')",
  order: "ordine|l'ordine",
  site: 'sito|app',
  toPerson:
    '(?:a|al|alla|intestat[ao]\\s+a[l]?)\\s+(?:(?:nostro|nostra|mio|mia)\\s+)?(?:responsabile|capo|direttore|direttrice|cassiere|cassiera|contabile|titolare|socio)|(?:conto|carta)\\s+del\\s+(?:mio|nostro)\\s+(?:responsabile|capo|direttore|cassiere|contabile|titolare|socio)',
  personName:
    'intestat[ao]\\s+a[l]?\\s+(?:(?:nostro|nostra|mio|mia)\\s+)?(?:responsabile|capo|direttore|direttrice|cassiere|cassiera|contabile|titolare|socio)',
  notToUs: 'non\\s+a\\s+(?:noi|me|nostra\\s+(?:azienda|societa))|non\\s+sul\\s+nostro\\s+conto',
  toPartner:
    '(?:(?:il|la)\\s+)?(?:nostr[oa]|nostri)\\s+(?:\\w+\\s+)?partner|(?:azienda|societa|ditta)\\s+partner|(?:nostr[oa])\\s+(?:stampista|fabbrica\\s+(?:di\\s+|degli\\s+)?stampi)',
  collector:
    "societa\\s+(?:di\\s+incasso|incaricata\\s+(?:dell'?\\s?|degli\\s+)incass\\w*)|agente\\s+(?:di\\s+)?incasso",
};
