import type { Lexicon } from '../lexicon';

/**
 * Swedish (stop 49). Modelled on Swedish bank and police warnings ("vi har bytt bankkonto", "betala inte till ett
 * annat konto", "Swisha inte till okända") and Blocket scam reports ("betala direkt till mitt konto, inte via
 * Blocket"). Accents folded ("spärrat" → "sparrat", "på" → "pa"). Swedish glues words: "privatkonto", "bankkonto".
 */
export const SV: Lexicon = {
  lang: 'sv',
  script: 'latin',
  pay: 'betal\\w*|overfor\\w*|overforing\\w*|satt(?:a|er)?\\s+in|insattning\\w*|skicka\\w*\\s+(?:\\w+\\s+)?(?:pengarna|beloppet|resten|summan|betalningen)|forskott\\w*|handpenning\\w*',
  receive: 'ta\\s+emot|mottag\\w*',
  account: 'konto|kontot|konton|kontona|bankgiro\\w*|plusgiro\\w*|kort(?:et)?',
  bankInfo: 'bankkonto\\w*|kontonummer\\w*|bankuppgift\\w*|betalningsuppgift\\w*|mottagar\\w*|iban',
  owner:
    'privat\\w*|personlig\\w*|eget|egna|mitt|min|chefens|agarens|fruns|makens|broderns|kollegans|var\\s+chefs',
  ownAccount: 'privatkonto\\w*|personkonto\\w*',
  other: 'annat|andra|ett\\s+annat|alternativ\\w*',
  fresh: 'nytt|nya|ny|uppdaterad\\w*',
  related: '(?:moder|dotter|syster|partner)bolag\\w*|vart\\s+bolag\\s+i\\s+(?:hongkong|singapore)',
  direct: 'direkt',
  method: 'satt\\w*|metod\\w*',
  notVia: 'inte\\s+(?:via|genom|pa)',
  platform: 'trade\\s?assurance|alibaba\\w*(?:-\\w+)?|aliexpress\\w*|plattform\\w*',
  notNeeded: 'behovs\\s+inte|inte\\s+nodvandig\\w*|onodig\\w*|utan',
  outside: 'utanfor|forbi|runt',
  friends: 'som\\s+vanner|mellan\\s+vanner|som\\s+(?:en\\s+)?gava',
  changed: 'bytt|bytte|andrat|andrats|andrad\\w*|uppdaterat\\w*|ersatt\\w*',
  trouble: 'sparr\\w*|frys\\w*|fryst\\w*|blockerat\\w*|stangt|stangd\\w*|under\\s+(?:granskning|kontroll)',
  discard: 'anvand\\s+inte|galler\\s+inte\\s+langre|inte\\s+langre\\s+giltig\\w*|ogiltig\\w*',
  old: 'gamla|gammal|gammalt|tidigare|forra',
  invoice: 'faktura\\w*|proforma\\w*|pi',
  soon: 'idag|i\\s+dag|omedelbart|imorgon|i\\s+morgon|senast\\s+\\w+|inom\\s+\\d+\\s+timm\\w*|denna\\s+vecka',
  loss: 'annars|forlora\\w*|hojs|hojer\\s+priset|for\\s+sent',
  received: 'vi\\s+har\\s+(?:fatt|mottagit)\\s+betalning\\w*|betalningen\\s+har\\s+kommit',
  buy: 'kop\\w*|bestall(?:a|er|de|t)?\\b',
  deal: 'rabatt\\w*|billigare|lagre\\s+pris',
  store: 'butik\\w*|webbutik\\w*|webbshop\\w*|webshop\\w*|natbutik\\w*|hemsida\\w*|webbplats\\w*',
  addMe: 'lagg\\s+till\\s+mig|jag\\s+lagger\\s+till\\s+dig|skriv\\s+till\\s+mig\\s+pa',
  refund: 'aterbetal\\w*|pengarna\\s+tillbaka',
  onlyIf: 'forst|bara\\s+om|endast\\s+om',
  noOrder: 'utan\\s+(?:att\\s+)?(?:lagga\\s+)?(?:en\\s+)?order|ingen\\s+order\\s+behovs',
  agent: 'var\\s+agent|vart\\s+ombud|var\\s+representant',
  escrow: 'deposition\\w*',
  otherwise: 'pa\\s+annat\\s+satt',
  send: 'skickar|ger\\s+(?:dig|er)|mejlar',
  instead: 'istallet\\s+for|i\\s+stallet\\s+for',
  order: 'order\\w*|bestallning\\w*',
  site: 'sajt\\w*|appen|webbplats\\w*',
  toPerson: 'till\\s+(?:var|min)\\s+(?:chef|agare|ekonomichef|kassor|vd)|chefens|agarens',
  personName: 'i\\s+(?:var|min)\\s+(?:chefs|agares|frus|makes)\\s+namn',
  // "vi slipper Alibabas avgift" (we escape Alibaba's fee).
  avoid: 'undvik\\w*|spara\\w*|slipp\\w*|kringga\\w*',
};
