import type { Lexicon } from '../lexicon';

/**
 * Polish. Modelled on Polish police and bank warnings (OLX, Allegro: "przelew na prywatne konto", BLIK to a
 * phone number, "dane do przelewu uległy zmianie", deals "poza platformą"). Accents folded ("ł" → "l").
 */
export const PL: Lexicon = {
  lang: 'pl',
  script: 'latin',
  pay: 'plac(?:ic|isz|imy|cie)?(?![a-z])|zaplac\\w*|zaplat\\w*|przelew\\w*|przelej\\w*|przela\\w*|wplac\\w*|wplat\\w*|platnos\\w*|oplac\\w*|zaliczk\\w*|zadatek|resz(?:ta|te|ty)|wyslij\\w*\\s+(?:pieniadze|kase|zaliczke)',
  receive: 'odbier\\w*|otrzym\\w*|przyjm\\w*',
  account: 'konto|konta|koncie|rachun\\w*|karta|karte|karty',
  bankInfo:
    'dane\\s+(?:bankowe|do\\s+przelewu|konta)|numer\\s+(?:konta|rachunku)|rachunek\\s+bankowy|konto\\s+bankowe|iban|odbiorc\\w*|beneficjent\\w*',
  owner:
    'prywatn\\w*|osobist\\w*|moje|moj|mojego|moim|wlasn\\w*|szefa|wlasciciela|prezesa|zony|meza|znajomego|pracownika|kolegi|na\\s+moje\\s+nazwisko',
  other: 'inn[aey]|innego|innym|drug[iaey]|alternatywn\\w*',
  fresh: 'now[aeyi]|nowego|nowym|zaktualizowan\\w*',
  related:
    '(?:spolk|firm)\\w*\\s+(?:matk\\w*|cork\\w*|siostrzan\\w*|zalezn\\w*|powiazan\\w*|w\\s+hongkongu)|oddzial\\w*\\s+w\\s+(?:hongkongu|singapurze)',
  direct: 'bezposredni\\w*',
  method: 'sposob\\w*|metod\\w*|form\\w*|drog\\w*',
  notVia: 'nie\\s+(?:przez|na|w)',
  notPayVia: ['nie', 'przez|na|w'],
  platform: 'trade\\s?assurance|ta|alibab\\w*|aliexpress|allegro|olx|platform\\w*|serwis\\w*',
  notNeeded:
    'nie\\s+(?:jest\\s+)?(?:potrzebn\\w*|potrzeba|potrzebuj\\w*|konieczn\\w*|wymagan\\w*)|niepotrzebn\\w*|zbedn\\w*|bez',
  outside: 'poza|omijajac|omin\\w*|z\\s+pominieciem|pomin\\w*|zamiast',
  friends: '(?:dla|do|jako)\\s+znajom\\w*|jako\\s+(?:prezent|przyjaci\\w*)|przyjaciele\\s+i\\s+rodzina',
  changed: 'zmienil\\w*|zmienion\\w*|zmiana|zmiany|zmianie|zaktualizowan\\w*|poprawion\\w*',
  trouble: 'zablokowan\\w*|zamrozon\\w*|zawieszon\\w*|zamknie\\w*|w\\s+trakcie\\s+kontroli',
  discard:
    'zignoruj\\w*|prosze\\s+nie\\s+(?:uzywac|placic)|nieaktualn\\w*|nie\\s+(?:jest\\s+)?juz\\s+aktualn\\w*',
  old: 'star[aeyi]|starego|poprzedni\\w*|dotychczasow\\w*',
  invoice: 'faktur\\w*|proform\\w*|pi',
  soon: 'dzis|dzisiaj|teraz|natychmiast|od\\s+razu|jutro|do\\s+(?:jutra|dzis|poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli|konca\\s+(?:dnia|tygodnia))|w\\s+ciagu\\s+(?:\\d+|24|48)\\s+godzin|w\\s+tym\\s+tygodniu',
  loss: 'strac\\w*|wzrosnie|wzrosn\\w*|podroz\\w*|drozej|za\\s+pozno|inaczej|wyprzeda\\w*',
  received: 'otrzymal\\w*|dostalismy|zaksiegowan\\w*|dziekuj\\w*\\s+za\\s+(?:platnosc|wplate)',
  buy: 'kup\\w*|zamow\\w*|zamawia\\w*',
  deal: 'zalatw\\w*|zrob\\w*|rozlicz\\w*|transakcj\\w*|taniej|rabat\\w*|oszczedz\\w*',
  store: 'sklep\\w*|stron\\w*|witryn\\w*',
  addMe: 'dodaj\\s+mnie|dodam\\s+(?:cie|pana|pania)|napisz\\s+do\\s+mnie\\s+na',
  noOrder:
    'nie\\s+trzeba\\s+(?:skladac\\s+|robic\\s+|zakladac\\s+)?zamowieni\\w*|nie\\s+(?:trzeba|musi\\s+(?:pan|pani)|musisz|musza\\s+panstwo)\\s+(?:nic\\s+)?zamawiac|bez\\s+(?:skladania\\s+)?zamowieni\\w*',
  agent: 'nasz\\w*\\s+(?:agent\\w*|przedstawiciel\\w*)',
  escrow: 'depozyt\\w*|posrednik\\w*',
  asBefore:
    'jak\\s+(?:zawsze|wczesniej|poprzednio|ostatnio|kiedys|zwykle|ostatnim\\s+razem)|po\\s+staremu|tak\\s+jak\\s+(?:ostatnio|poprzednio|wczesniej)',
  avoid: 'uniknac|uniknie\\w*|ominac|omijac|zaoszczedz\\w*|oszczedz\\w*|nie\\s+placic',
  platformCut: 'pobiera|bierze|zabiera|potraca|nalicza|zjada',
  otherwise: 'inaczej|w\\s+inny\\s+sposob',
  send: 'wysle|wyslemy|wysylam|wysylamy|podam|podamy|podaje|przesle|przeslemy|przesylam',
  instead: 'zamiast|poza',
  order: 'zamowieni\\w*',
  site: 'stron\\w*|serwis\\w*|aplikacj\\w*',
  toPerson:
    'na\\s+nazwisko\\s+(?:\\w+\\s+)?(?:wlasciciel\\w*|szef\\w*|kierownik\\w*|ksiegow\\w*|kasjer\\w*|dyrektor\\w*|prezes\\w*|pracownik\\w*)|(?:naszego|mojego|naszej|mojej)\\s+(?:kierownik\\w*|szef\\w*|wlasciciel\\w*|ksiegow\\w*|kasjer\\w*|dyrektor\\w*|prezes\\w*)',
  personName:
    'na\\s+nazwisko\\s+(?:\\w+\\s+)?(?:wlasciciel\\w*|szef\\w*|kierownik\\w*|ksiegow\\w*|kasjer\\w*|dyrektor\\w*|prezes\\w*|pracownik\\w*)',
  toPartner: 'nasz\\w*\\s+(?:\\w+\\s+)?partner\\w*|firm\\w*\\s+partnersk\\w*',
  collector: 'firm\\w*\\s+(?:windykacyjn|inkasow)\\w*|agent\\w*\\s+rozliczeniow\\w*',
};
