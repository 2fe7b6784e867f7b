import type { Lexicon } from '../lexicon';

/**
 * Hungarian (stop 47). Modelled on Hungarian bank and police warnings ("megváltozott a számlaszám", "ne fizessen más
 * számlaszámra", "zárolt számla") and on B2B chats with Chinese suppliers ("kedvezmény, ha nem az Alibabán keresztül
 * fizet"). Accents folded ("számla" → "szamla", "kívül" → "kivul"). "Számla" is both an account and an invoice, so the
 * account slot keeps to the forms that say a bank account (bankszámla, számlaszám, "a számlánkra", "számlára").
 */
export const HU: Lexicon = {
  lang: 'hu',
  script: 'latin',
  pay: 'fizet\\w*|fizess\\w*|kifizet\\w*|befizet\\w*|atutal\\w*|utal(?:jon|ja|jak|jak|d|juk|ni|as\\w*|ast)(?![a-z])|eloleg\\w*|penzt\\s+(?:kuld|at)\\w*',
  receive: 'fogad\\w*|megkap\\w*',
  account: 'bankszamla\\w*|szamlaszam\\w*|szamlara|szamlank\\w*|kartya\\w*',
  bankInfo: 'bankszamla\\w*|szamlaszam\\w*|bankadat\\w*|banki\\s+adat\\w*|kedvezmenyezett\\w*|iban',
  owner:
    'sajat|szemelyes\\w*|magan\\w*|fonok\\w*|tulajdonos\\w*|feleseg\\w*|ferjem\\w*|barat(?:om|unk)\\w*|kollegam\\w*|konyvelo\\w*|igazgato\\w*',
  ownAccount: 'maganszamla\\w*',
  other: 'masik\\w*|mas|egy\\s+masik|alternativ\\w*|elter\\w*',
  fresh: 'uj|ujonnan|frissitett',
  related:
    '(?:anya|leany|testver|kapcsolt|partner)\\s?(?:ceg|vallalat)\\w*|(?:hongkongi|szingapuri)\\s+(?:ceg|fiok|iroda|vallalat)\\w*',
  direct: 'kozvetlenul|kozvetlen|egyenesen',
  method: 'mod(?:ja|jat|on|ot|szer\\w*)?|uton|csatorna\\w*',
  // "ha nem Alibabán keresztül fizet", "nem a Trade Assurance-on keresztül".
  notVia: 'nem(?:\\s+az?)?',
  // "Alibabán kívül fizessen": the platform set aside after its name.
  notViaAfter: 'kivul|helyett',
  // "Trade Assurance-on", "Alibaba-n": the case ending after a hyphen is part of the name.
  platform: 'trade\\s?assurance(?:-\\w+)?|ta|alibab\\w*(?:-\\w+)?|aliexpress\\w*(?:-\\w+)?|platform\\w*',
  notNeeded: 'nem\\s+(?:kell|szukseges)|felesleges|szuksegtelen|nelkul',
  outside: 'kivul|megkerul\\w*',
  friends: 'baratok\\s+kozott|baratkent|ismerosnek|ajandekkent',
  changed: 'megvaltoz\\w*|valtoz\\w*|modosit\\w*|modosul\\w*|frissit\\w*|lecserel\\w*|csereltuk',
  trouble:
    'zarolt\\w*|zarolva|zarolt|letilt\\w*|befagyaszt\\w*|felfuggeszt\\w*|(?:ellenorzes|vizsgalat|felulvizsgalat)\\s+alatt|nem\\s+mukodik|blokkol\\w*',
  discard:
    'ne\\s+(?:hasznalja|hasznald|fizessen\\s+a\\s+regi)|figyelmen\\s+kivul|(?:mar\\s+)?nem\\s+(?:ervenyes|aktiv)|ervenytelen\\w*',
  old: 'regi|elozo|korabbi|eredeti',
  invoice: 'proform\\w*|pi|dijbekero\\w*',
  soon: 'mara|most|azonnal|holnap\\w*|meg\\s+ma|a\\s+het\\s+vegeig|pentekig|hetfoig|\\d+\\s+oran\\s+belul|ezen\\s+a\\s+heten',
  loss: 'elvesz\\w*|dragul\\w*|kesso|kulonben|lemarad\\w*|elfogy\\w*',
  received: 'megkaptuk|beerkezett|koszonjuk\\s+a\\s+(?:fizetest|befizetest|utalast)',
  buy: 'vasarol\\w*|vegye|vegyen|megrendel\\w*|rendel(?:je|jen|ni|jek)\\w*|vasarl\\w*',
  deal: 'kedvezmeny\\w*|olcsobb\\w*|engedmeny\\w*|sporol\\w*|megtakarit\\w*',
  store: 'bolt\\w*|webshop\\w*|weboldal\\w*|honlap\\w*|webaruhaz\\w*',
  addMe:
    'adj(?:on)?\\s+hozza|hozzaadom|hozzaadlak|irj(?:on)?\\s+(?:nekem\\s+)?(?:a\\s+)?(?:whats\\w*|viber\\w*|telegram\\w*|wechat\\w*)',
  refund: 'visszaterit\\w*|visszafizet\\w*|visszautal\\w*|penzvisszafizet\\w*',
  onlyIf: 'eloszor|elobb|csak\\s+(?:ha|miutan|akkor)',
  noOrder:
    'rendeles\\s+nelkul|nem\\s+kell\\s+(?:leadni\\s+)?(?:a\\s+)?rendelest|nem\\s+kell\\s+(?:\\w+\\s+){0,2}?(?:rendelni|megrendelni|rendelest\\s+leadni)',
  agent: 'ugynokunk\\w*|kepviselonk\\w*|kozvetitonk\\w*',
  escrow: 'letet\\w*|kozvetito\\w*',
  otherwise: 'mas\\s+modon|maskepp\\w*',
  send: 'kuldom|kuldok|kuldjuk|kuldunk|elkuldom|elkuldjuk|megadom|megadjuk|atkuldom',
  insteadAfter: 'helyett',
  order: 'rendeles\\w*|megrendeles\\w*',
  site: 'oldal\\w*|alkalmazas\\w*',
  toPerson: 'konyvelonk\\w*|fonokom\\w*|fonokunk\\w*|igazgatonk\\w*|penztarosunk\\w*|vezetonk\\w*',
  personName: '(?:fonok|tulajdonos|konyvelo|igazgato|feleseg|ferj)\\w*\\s+nevere',
  toPartner: 'partner\\s?ceg(?:unk|unknek|nek|hez)\\w*|partnerunk\\w*',
  avoid: 'elkerul\\w*|megsporol\\w*',
  platformCut: 'levon\\w*|felszamol\\w*',
};
