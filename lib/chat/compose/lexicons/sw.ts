import type { Lexicon } from '../lexicon';

/**
 * Swahili (stop 49). Modelled on Kenyan and Tanzanian marketplace and bank warnings against paying sellers outside
 * ("usilipe nje ya programu", "akaunti binafsi", "tuma moja kwa moja kwa namba ya M-Pesa") and on Jiji scam reports.
 * The negative subjunctive ("usilipe", "msitume") is read by the guard words, not here.
 */
export const SW: Lexicon = {
  lang: 'sw',
  script: 'latin',
  pay: 'lipa|lipe|lipia|lipwe|ulipwe|ulipe|mlipe|tulipe|malipo|kulipa|tuma\\s+(?:\\w+\\s+)?(?:pesa|fedha|salio|kiasi|malipo|hela)|tuma\\s+salio|weka\\s+(?:pesa|fedha)|hamisha\\s+(?:pesa|fedha)|amana|kianzio|advance',
  receive: 'pokea|kupokea',
  account: 'akaunti|kadi|namba\\s+ya\\s+(?:m-?pesa|simu\\s+ya\\s+malipo)',
  bankInfo: 'akaunti\\s+ya\\s+benki|maelezo\\s+ya\\s+(?:benki|akaunti)|mpokeaji|jina\\s+la\\s+akaunti|iban',
  owner: 'binafsi|yangu|yake|ya\\s+(?:meneja|bosi|mkurugenzi|mmiliki|mke|kaka|dada|mhasibu)\\b',
  other: 'nyingine|tofauti',
  fresh: 'mpya',
  related: 'kampuni\\s+(?:mama|dada|tanzu|shirika)|tawi\\s+(?:letu|la)',
  direct: 'moja\\s+kwa\\s+moja|direct',
  method: 'njia',
  notVia: 'si\\s+(?:kupitia|kwa)|sio\\s+(?:kupitia|kwa)|bila\\s+kupitia',
  platform: 'trade\\s?assurance|alibaba|aliexpress|jukwaa|programu',
  notNeeded: 'hakuna\\s+haja|haihitajiki|bila',
  outside: 'nje\\s+ya',
  friends: 'kama\\s+(?:rafiki|marafiki)|kati\\s+ya\\s+marafiki|kama\\s+zawadi',
  changed: 'imebadilika|imebadilishwa|zimebadilika|tumebadilisha|tumebadili|badiliko|mabadiliko',
  trouble: 'imefungwa|imezuiwa|imesimamishwa|inakaguliwa|imegandishwa|ina\\s+tatizo',
  discard: 'usitumie|haitumiki\\s+tena|si\\s+halali\\s+tena',
  old: 'zamani|ya\\s+awali|iliyopita',
  invoice: 'ankara|proforma|pi',
  soon: 'leo|sasa|haraka|mara\\s+moja|kesho|kabla\\s+ya\\s+(?:kesho|ijumaa|jioni)|ndani\\s+ya\\s+saa\\s+\\d+',
  loss: 'la\\s+sivyo|vinginevyo|bei\\s+itapanda|utakosa',
  received: 'tumepokea\\s+malipo|malipo\\s+yamefika',
  buy: 'nunua|kununua|nunueni|agiza|kuagiza',
  deal: 'punguzo|bei\\s+(?:nafuu|ndogo|ya\\s+chini)|nafuu\\s+zaidi',
  store: 'duka|tovuti|ukurasa\\s+wetu',
  addMe: 'niongeze|nitakuongeza|niandikie\\s+(?:kwenye|kwa)|nitumie\\s+ujumbe\\s+(?:kwenye|kwa)',
  refund: 'kurudishiwa\\s+pesa|kurejeshewa|rejesha\\s+pesa',
  onlyIf: 'kwanza|baada\\s+tu\\s+ya|ikiwa\\s+tu',
  noOrder:
    'bila\\s+oda|hakuna\\s+haja\\s+ya\\s+(?:oda|kuagiza|kuweka\\s+oda)|(?:huna|hamna)\\s+haja\\s+ya\\s+(?:kuagiza|kuweka\\s+oda)',
  agent: 'wakala\\s+wetu|mwakilishi\\s+wetu|ajenti\\s+wetu',
  send: 'nitakutumia|tutakutumia|nakutumia|nitakupa|tutakupa',
  instead: 'badala\\s+ya',
  order: 'oda|agizo',
  site: 'tovuti|programu|app',
  toPerson: 'kwa\\s+(?:meneja|bosi|mkurugenzi|mhasibu|mmiliki)\\s+(?:wetu|wangu)',
  personName: 'kwa\\s+jina\\s+la\\s+(?:meneja|bosi|mkurugenzi|mhasibu|mmiliki|mke|kaka)',
  avoid: 'kuepuka|epuka|kuokoa',
};
