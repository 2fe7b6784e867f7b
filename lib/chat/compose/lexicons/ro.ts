import type { Lexicon } from '../lexicon';

/**
 * Romanian (stop 49). Modelled on Romanian bank and police warnings about "contul s-a schimbat" e-mails and OLX
 * scams ("plătiți direct în contul meu", "contul vechi este blocat", "reducere dacă plătiți în afara platformei") and
 * on B2B chats with Chinese suppliers. Accents folded ("plătiți" → "platiti", "în afara" → "in afara"). "Comandă" is
 * the order, not buying: only "cumpăra" buys.
 */
export const RO: Lexicon = {
  lang: 'ro',
  script: 'latin',
  pay: 'plat(?:a|ii|iti|esti|esc|im|i|iti|este|ind|ita|ite)\\b|platil\\w*|achit\\w*|transfer(?:ati|a|ul|ul|ului|uri)\\w*|vira(?:ti|ment\\w*|t|ta)\\b|depune\\w*|trimite\\w*\\s+(?:\\w+\\s+)?(?:banii|suma|restul|avansul|plata|diferenta)|avans\\w*|restul\\s+(?:platii|sumei)',
  receive: 'primi\\w*|incas\\w*',
  account: 'cont|contul|contului|conturi\\w*|card(?:ul|ului)?',
  bankInfo:
    'cont(?:ul|ului)?\\s+bancar\\w*|detali\\w*\\s+bancar\\w*|date\\w*\\s+bancar\\w*|coordonate\\w*\\s+bancar\\w*|iban|beneficiar\\w*',
  owner:
    'personal\\w*|privat\\w*|propriu|meu|sefului|managerului|directorului|patronului|proprietarului|contabil\\w*|sotiei|sotului|fratelui|surorii|varului',
  other: 'alt|alta|altui|altei|alte|diferit\\w*',
  fresh: 'nou|noua|noul|noile|noului|actualizat\\w*',
  related: '(?:firma|firmei|compania|companiei|societat\\w*)\\s+(?:mama|soras?|partener\\w*)|filial\\w*',
  direct: 'direct|directa|direct\\s+la\\s+noi',
  method: 'metod\\w*|modalitat\\w*|mod(?:ul)?\\s+de\\s+plata',
  notVia: 'nu\\s+(?:prin|pe|pe\\s+platforma)',
  platform: 'trade\\s?assurance|alibaba\\w*|aliexpress\\w*|platform\\w*',
  notNeeded: 'nu\\s+(?:e|este|mai\\s+e)\\s+nevoie|nu\\s+trebuie|inutil\\w*',
  outside: 'in\\s+afara|ocolind',
  friends: 'intre\\s+prieteni|ca\\s+(?:la\\s+)?prieten\\w*|ca\\s+(?:un\\s+)?cadou',
  changed: 'schimbat\\w*|schimba(?:t|re)\\w*|modificat\\w*|actualizat\\w*|inlocuit\\w*',
  trouble:
    'blocat\\w*|inghetat\\w*|suspendat\\w*|inchis\\w*|sub\\s+(?:verificare|audit|control)|in\\s+(?:verificare|audit)',
  discard: 'nu\\s+mai\\s+(?:folositi|utilizati|este\\s+valabil\\w*|e\\s+valabil\\w*)|ignorati|invalid\\w*',
  old: 'vechi\\w*|anterior\\w*|precedent\\w*',
  invoice: 'factur\\w*|proform\\w*|pi',
  soon: 'azi|astazi|acum|imediat|urgent|maine|pana\\s+(?:maine|vineri|luni|diseara)|in\\s+\\d+\\s+ore|saptamana\\s+asta',
  loss: 'altfel|pierde\\w*|se\\s+scumpeste|creste\\s+pretul|prea\\s+tarziu',
  received: 'am\\s+primit\\s+(?:plata|banii)|plata\\s+a\\s+(?:fost\\s+primita|intrat)',
  buy: 'cumpar\\w*|cumpara\\w*|achizition\\w*',
  deal: 'reducere\\w*|discount\\w*|mai\\s+ieftin\\w*|pret\\s+mai\\s+(?:mic|bun)',
  store: 'magazin\\w*|site-?ul\\w*|pagina\\s+noastra',
  addMe: 'adaugati-?ma|adauga-?ma|ma\\s+adaugati|va\\s+adaug|te\\s+adaug|scrieti-?mi\\s+pe',
  refund: 'rambursa\\w*|returna\\w*\\s+banii|banii\\s+inapoi',
  onlyIf: 'mai\\s+intai|doar\\s+dupa|numai\\s+dupa|doar\\s+daca',
  noOrder:
    'fara\\s+comanda|nu\\s+(?:(?:e|este)\\s+nevoie\\s+(?:sa\\s+|de\\s+)?|trebuie\\s+(?:sa\\s+)?)(?:plasati\\s+)?comanda',
  // Our agent as the one the reader is told to pay ("plătiți agentului nostru", "în contul agentului nostru"), not
  // named anywhere in a message that pays on Alibaba ("…iar reprezentantului nostru îi trimitem desenele") nor as the
  // one the seller already paid ("am plătit deja agentului nostru transportul").
  agent:
    '(?:platiti|achitati|trimiteti|transferati|virati|depuneti)\\s+(?:\\w+\\s+){0,4}?(?:agentului|reprezentantului)\\s+nostru|contul\\s+(?:agentului|reprezentantului)\\s+nostru',
  escrow: 'garant\\w*|intermediar\\w*',
  otherwise: 'altfel\\s+(?:platim|platiti)|alta\\s+cale',
  send: 'va\\s+trimit|iti\\s+trimit|va\\s+trimitem|va\\s+dau|va\\s+transmit',
  instead: 'in\\s+loc\\s+(?:de|sa)',
  order: 'comand\\w*',
  site: 'site\\w*|aplicati\\w*',
  toPerson: 'managerului|sefului|directorului|contabil(?:ului|ei)|casier(?:ului|ei)|patronului|agentului',
  personName: 'pe\\s+numele\\s+(?:managerului|sefului|directorului|contabil\\w*|patronului|sotiei|fratelui)',
  toPartner: 'partenerului\\s+nostru|firmei\\s+partenere',
  avoid: 'evita\\w*|economisi\\w*',
};
