import type { Lexicon } from '../lexicon';

/**
 * Dutch. Modelled on Dutch and Flemish warnings about marketplace fraud (Marktplaats, AliExpress sellers who
 * ask to be paid "rechtstreeks" or "buiten het platform", Tikkie links, "de rekening is gewijzigd") and on the
 * consumer bodies' advice to pay only through the order. Lower-case, accents folded.
 */
export const NL: Lexicon = {
  lang: 'nl',
  script: 'latin',
  pay: 'betal\\w*|betaal\\w*|restbetaling\\w*|slotbetaling\\w*|over\\s+te\\s+maken|overmak\\w*|overmaak\\w*|overgemaakt|overschrijv\\w*|overschrijf\\w*|storten|stort|gestort|aanbetaling\\w*|restbedrag|bedrag|voorschot\\w*|tikkie\\w*|geld\\s+(?:sturen|overmaken|storten)',
  receive: 'ontvang\\w*|innen|int\\s+het\\s+geld',
  account: 'rekening\\w*|bankrekening\\w*|kaart|creditcard|pas',
  bankInfo:
    // "Dan stuur ik je een betaalverzoek / Tikkie": a bank's payment-request link, paid outside the order.
    'betaalverzoek\\w*|tikkie\\w*|bankgegevens|rekeninggegevens|rekeningnummer\\w*|bankrekeningnummer\\w*|iban|begunstigde\\w*|ontvanger\\w*|betaalgegevens',
  owner:
    'prive|persoonlijk\\w*|eigen|mijn|onze\\s+(?:baas|directeur|eigenaar|boekhouder|manager)|van\\s+(?:mijn|onze)\\s+(?:baas|directeur|eigenaar|vrouw|man|broer|collega|boekhouder)|baas|directeur\\w*|eigenaar\\w*|op\\s+mijn\\s+naam',
  ownAccount: 'priverekening\\w*|privérekening\\w*',
  other: 'ander\\w*|tweede|alternatie\\w*',
  fresh: 'nieuw\\w*|bijgewerkt\\w*',
  related:
    '(?:zuster|moeder|dochter|partner)(?:bedrijf|onderneming|maatschappij)\\w*|(?:bedrijf|filiaal|vestiging)\\w*\\s+in\\s+(?:hongkong|hong\\s+kong|singapore)',
  direct: 'rechtstreeks|direct\\w*',
  method: 'manier\\w*|methode\\w*|betaalwijze\\w*|betaalmethode\\w*|weg',
  notVia: 'niet\\s+(?:via|over|op)',
  notPayVia: ['niet', 'via|over|op'],
  platform: 'trade\\s?assurance|ta|alibaba|aliexpress|bol\\.com|marktplaats|platform\\w*|kopersbescherming',
  notNeeded: 'niet\\s+(?:nodig|vereist)|hoeft\\s+niet|overbodig|zonder',
  outside: 'buiten|zonder|omzeil\\w*|in\\s+plaats\\s+van',
  friends: 'als\\s+vriend\\w*|vrienden\\s+en\\s+familie|als\\s+cadeau',
  changed: 'gewijzigd\\w*|veranderd\\w*|aangepast\\w*|vervangen|wijziging\\w*|bijgewerkt\\w*',
  trouble: 'geblokkeerd|bevroren|gesloten|opgeheven|in\\s+controle|wordt\\s+gecontroleerd|onder\\s+controle',
  discard: 'negeer\\w*|niet\\s+meer\\s+(?:geldig|gebruiken)|ongeldig',
  old: 'oud\\w*|vorig\\w*|eerder\\w*',
  invoice: 'factuur\\w*|facturen|proforma\\w*|pi',
  soon: 'vandaag|nu|meteen|direct|morgen|voor\\s+(?:morgen|vrijdag|maandag|het\\s+weekend)|binnen\\s+(?:\\d+|24|48)\\s+uur|deze\\s+week',
  loss: 'kwijt|verlies\\w*|duurder|stijg\\w*|te\\s+laat|anders|uitverkocht',
  received: 'ontvangen|binnen|bedankt\\s+voor\\s+(?:de|uw|je)\\s+betaling',
  buy: 'koop\\w*|kopen|bestel\\w*',
  store: 'winkel\\w*|webshop\\w*|website|site|shop',
  refund: 'terugbetal\\w*|terugstort\\w*|geld\\s+terug|restitutie',
  onlyIf: 'alleen\\s+als|pas\\s+als|eerst',
  addMe:
    // "App me even op 06-…": to "app" someone is to WhatsApp them.
    'app\\s+(?:me|mij|ons)\\s+(?:even|eens|maar|gerust|ff|effe|op|via|terug)\\b|voeg\\s+(?:me|mij)\\s+toe|ik\\s+voeg\\s+(?:je|u)\\s+toe|voeg\\s+ik\\s+(?:je|u)\\s+toe|stuur\\s+(?:me|mij)\\s+een\\s+berichtje\\s+op',
  noOrder: 'geen\\s+bestelling\\s+nodig|zonder\\s+(?:een\\s+)?bestelling|niet\\s+via\\s+de\\s+bestelling',
  agent: 'onze\\s+(?:agent\\w*|vertegenwoordig\\w*|tussenpersoon)',
  escrow: 'tussenpersoon|borg\\w*',
  otherwise: 'anders|op\\s+een\\s+andere\\s+manier',
  send: 'stuur|sturen|stuurt|geef|geven|mail\\w*|app\\s+(?:ik|u|je)',
  instead: 'in\\s+plaats\\s+van|buiten',
  order: 'bestelling\\w*|order\\w*',
  site: 'site|website|app|platform',
  toPerson:
    '(?:aan|naar|op\\s+naam\\s+van)\\s+(?:onze|mijn|de)\\s+(?:baas|directeur|eigenaar|boekhouder|manager|kassier|collega)',
  personName:
    'op\\s+naam\\s+van\\s+(?:onze|mijn|de)\\s+(?:baas|directeur|eigenaar|boekhouder|manager|kassier|collega)',
  notToUs:
    'niet\\s+(?:aan|naar|op)\\s+(?:ons|mij|ons\\s+bedrijf|onze\\s+(?:firma|bedrijfsrekening|rekening))',
  toPartner: 'onze\\s+(?:\\w+\\s+)?partner\\w*|partnerbedrijf\\w*',
  collector: 'incasso(?:bureau|bedrijf|partner)\\w*',
};
