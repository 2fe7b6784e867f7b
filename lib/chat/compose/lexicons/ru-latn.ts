import type { Lexicon } from '../lexicon';

/**
 * Russian and Ukrainian typed in Latin letters, as buyers and sellers do on phones without a Cyrillic keyboard
 * ("oplata na kartu", "bez komissii ploshchadki", "perekaz na kartku", "rekvizity skinu"). The common spellings
 * of each sound are read (shch/sch, ya/ja/ia, kh/h, y/i/j), so the words of ru.ts and uk.ts are met whichever
 * transliteration the writer learnt. Folded text: apostrophes of the soft sign stay out of the stems.
 */
export const RU_LATN: Lexicon = {
  lang: 'ru-latn',
  script: 'latin',
  // Russian and Ukrainian function words that Polish, Czech or English do not share ("i", "na", "po", "my", "ale" are
  // Polish too): "mimo" alone in "mimo że Alibaba pobiera prowizję" is Polish.
  ownWords:
    "ne|v|vo|ot|iz|dlya|dlja|dlia|eto|chto|shto|kak|vy|ya|ja|nas|vas|nam|vam|mne|vash\\w*|nash\\w*|tol'?ko|uzhe|mozhno|nuzhno|pozhal\\w*|spasibo|cherez|ili|tozhe|esli|budet|sejchas|seichas|seychas|ochen|shcho|mozhna|treba|tse|vid|yakshcho|bud'?\\s?laska|dyakuyu",
  pay: 'oplat\\w*|oplach\\w*|zaplat\\w*|doplat\\w*|predoplat\\w*|peredoplat\\w*|perevod\\w*|pereved\\w*|perevest\\w*|perechisl\\w*|perekaz\\w*|perekazh\\w*|splat\\w*|splach\\w*',
  account:
    'kart(?:u|y|a|e|oi|oy|oj|ku|ky|ka|kou|ochku|ochki)|schet\\w*|schyot\\w*|schot\\w*|rakhun\\w*|rahun\\w*',
  bankInfo: 'rekvizit\\w*|rekvizyt\\w*|nomer\\s+(?:karty|schet\\w*|kartky|rakhunk\\w*)',
  owner:
    'lichn\\w*|chastn\\w*|osobyst\\w*|osobist\\w*|privatn\\w*|pryvatn\\w*|moyu|moju|moiu|moya|moja|direktor\\w*|vlasnyk\\w*|vladel\\w*|bukhgalter\\w*|buhgalter\\w*|sotrudnik\\w*|znakom\\w*',
  other:
    'drug(?:oi|oy|oj|uyu|uju|aya|aja|ie|im|om)|ino(?:i|y|j)|inuyu|inuju|inshy\\w*|inshi\\w*|alternativn\\w*|alternatyvn\\w*',
  fresh: 'nov(?:yi|yj|yy|uyu|uju|aya|aja|ye|ie|yi|ogo|ykh|yh)|onovlen\\w*|obnovl\\w*',
  related: '(?:dochern|materinsk|rodstvenn|dochirn|materynsk)\\w*\\s+(?:kompani|firm)\\w*',
  direct:
    'napryamuyu|napriamuiu|napryamuju|naprjamuju|napramuyu|napryamu|napriamu|naprjamu|pryamo|priamo|priamym\\s+perevod\\w*|pryamym\\s+perevod\\w*',
  method: 'sposob\\w*|sposib\\w*|metod\\w*',
  notVia: 'ne\\s+(?:cherez|cerez|chrez)',
  platform:
    'trade\\s?assurance|alibab\\w*|aliexpress\\w*|aliekspress\\w*|platform\\w*|platfor\\w*|ploshchadk\\w*|ploshadk\\w*|ploschadk\\w*|ploshchadok|majdanchyk\\w*|maidanchyk\\w*|maydanchyk\\w*',
  // "bez komissii ploshchadki", "bez platformy": "without" only when the platform (or its commission) follows, so
  // "oplata na AliExpress bez komissii" (no fee, paid on AliExpress) is not read as leaving it.
  notNeeded:
    'bez(?=\\s+(?:komiss?i\\w*\\s+|komisi\\w*\\s+|oplaty\\s+(?:na|cherez|v)\\s+|posrednichestva\\s+)?(?:trade\\s?assurance|alibab|aliexpress|aliekspress|platform|ploshchad|ploshad|ploschad|majdanch|maidanch|maydanch))|ne\\s+nuzhn[aoy](?=\\s*(?:[,.;!?]|$))|ne\\s+nuzhen(?=\\s*(?:[,.;!?]|$))|ne\\s+potribn\\w*(?=\\s*(?:[,.;!?]|$))',
  outside: 'mimo|vne|v\\s+obhod|v\\s+obkhod|minuya|v\\s+obkhid|v\\s+obhid|mynayuchy',
  friends: 'kak\\s+(?:drugu|druzyam|druz\\w*)|mezhdu\\s+druz\\w*|yak\\s+drugu|mizh\\s+druz\\w*',
  changed: 'izmenil\\w*|izmenen\\w*|pomenyal\\w*|smenil\\w*|zminyl\\w*|zminen\\w*|zminil\\w*|onovyl\\w*',
  trouble:
    'zablokirovan\\w*|zamorozhen\\w*|arestovan\\w*|zablokovan\\w*|na\\s+proverke|na\\s+perevirtsi|na\\s+perevirci',
  discard: '',
  old: '',
  invoice: 'invois\\w*|invoys\\w*|invojs\\w*|proform\\w*',
  soon: '',
  loss: '',
  received: '',
  buy: 'kupi\\w*|kupu\\w*|zakazyva\\w*|zakazh\\w*|zamov\\w*|pokupa\\w*',
  store: 'magazin\\w*|sait\\w*|sajt\\w*|kramnyts\\w*|kramnic\\w*',
  addMe:
    'dobav\\w*\\s+menya|dobav\\w*\\s+menja|dobavlyu\\s+(?:vas|tebya)|doda(?:i|j|y)(?:te)?\\s+mene|napishite\\s+mne\\s+v|pishite\\s+mne\\s+v|napyshit\\w*\\s+meni\\s+v',
  noOrder:
    'bez\\s+zakaza|bez\\s+zamovlennya|bez\\s+zamovlennia|zakaz\\w*\\s+(?:\\w+\\s+)?ne\\s+nuzhn\\w*|ne\\s+nuzhno\\s+(?:oformlyat\\w*\\s+|oformljat\\w*\\s+)?zakaz\\w*',
  send: 'prishl\\w*|skinu|skinem|skinyu|skynu|skynemo|nadishl\\w*|nadishlyu|peredam',
  instead: 'vmesto|zamist\\w*|mimo|v\\s+obhod|v\\s+obkhod|minuya',
  order: 'zakaz\\w*|zamovlen\\w*',
  site: 'sait\\w*|sajt\\w*|prilozheni\\w*|dodat(?:ok|ku)|zastosun\\w*',
};
