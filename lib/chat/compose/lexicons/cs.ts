import type { Lexicon } from '../lexicon';

/**
 * Czech, with the Slovak forms where they differ by a letter or two (stop 47). Modelled on Czech and Slovak bank and
 * police warnings about invoice fraud ("změna čísla účtu", "nový účet v Hongkongu", "plaťte mimo portál") and on
 * B2B chats with Chinese suppliers ("sleva když platba nepůjde přes Trade Assurance"). Accents folded ("účet" →
 * "ucet", "zaplaťte" → "zaplatte", "přes" → "pres").
 */
export const CS: Lexicon = {
  lang: 'cs',
  script: 'latin',
  pay: 'plat(?:ba|bu|by|be|bou|it|ite|te|i|im|ime)(?![a-z])|zaplat\\w*|doplat\\w*|uhrad\\w*|uhrazen\\w*|prevod\\w*|preved\\w*|poslete\\s+(?:penize|castku|zalohu)|poslite\\s+(?:peniaze|sumu|zalohu)|zaloh\\w*|platob\\w*|platebn\\w*',
  receive: 'prijm\\w*|obdrz\\w*|prijim\\w*',
  account: 'ucet|uctu|uctem|ucte|ucty|uctech|karta|kartu|karty',
  bankInfo:
    'bankovni\\s+(?:ucet|uctu|spojeni|udaje)|bankove\\s+(?:udaje|spojenie)|bankovy\\s+ucet|cislo\\s+uctu|platebni\\s+udaje|platobne\\s+udaje|prijemc\\w*|prijemce|prijimatel\\w*|beneficient\\w*|iban',
  owner:
    'soukrom\\w*|osobni\\w*|sukromn\\w*|osobn[yeaou]\\w*|muj|moj|meho|mojho|sefa|sefove|sefovej|majitel\\w*|reditel\\w*|manzel\\w*|kamarad\\w*|kamarat\\w*|kolegy|kolegu|ucetni\\w*|uctovnik\\w*|na\\s+(?:me|moje)\\s+(?:jmeno|meno)',
  other: 'jin(?:y|a|e|eho|em|ou|ym|ych)|druh(?:y|a|e|eho|ou|ym)|alternativn\\w*|in(?:y|a|e|eho|om|ym|u)',
  fresh: 'nov(?:y|a|e|eho|em|ou|ym|ych)|aktualizovan\\w*',
  related:
    '(?:matersk|sestersk|dcerin|dcersk|pridruzen|partnersk)\\w*\\s+(?:spolecnost|spolocnost|firm)\\w*|(?:pobock|spolecnost|spolocnost|firm)\\w*\\s+v\\s+(?:hongkongu|hong\\s+kongu|singapuru)',
  direct: 'primo|priamo|naprimo|prim(?:y|ym)\\s+prevod\\w*|priam(?:y|ym)\\s+prevod\\w*',
  method: 'zpusob\\w*|sposob\\w*|metod\\w*|cest(?:ou|u)',
  // "když platba nepůjde přes Trade Assurance", "ne přes Alibabu", "keď platba nepôjde cez Alibabu".
  notVia: 'ne(?:pujde|pujdou|jde|jdou|pojde|pojdu|ide|idu|bude|budeme)?\\s+(?:pres|cez|skrz)|mimo',
  notPayVia: ['ne', 'pres|cez|skrz|na|v'],
  platform: 'trade\\s?assurance|ta|alibab\\w*|aliexpress\\w*|platform\\w*|portal\\w*',
  notNeeded:
    'neni\\s+(?:potreba|treba|nutn\\w*)|nie\\s+je\\s+(?:potrebn\\w*|treba|nutn\\w*)|netreba|nepotrebuj\\w*|zbytecn\\w*|zbytocn\\w*',
  outside: 'mimo|obejit\\w*|obchazi\\w*|obist|obchadz\\w*|bokem',
  friends:
    '(?:jako|ako)\\s+(?:pro\\s+|pre\\s+)?(?:kamarad\\w*|kamarat\\w*|pritel\\w*|priatel\\w*|darek|dar)|(?:mezi|medzi)\\s+(?:pratel\\w*|priatel\\w*|kamarad\\w*|kamarat\\w*)',
  changed: 'zmen(?:a|u|y|e|il\\w*|ili|ilo|en\\w*)|zmenen\\w*|aktualizovan\\w*|opraven\\w*|vymen\\w*',
  trouble:
    'zablokova\\w*|zmrazen\\w*|zmrazil\\w*|pozastaven\\w*|uzavren\\w*|zrusen\\w*|(?:v|pod|pri)\\s+(?:kontrol\\w*|proverov\\w*|provereni|auditu?|revizi\\w*)|nefunguje',
  discard:
    'ignoruj\\w*|nepouzivej\\w*|nepouzivaj\\w*|(?:uz\\s+|jiz\\s+)?neplati|neplatn\\w*|(?:jiz|uz)\\s+(?:neni|nie\\s+je)\\s+(?:platn\\w*|aktivn\\w*)',
  old: 'star(?:y|a|e|eho|em|ou|ym)|predchoz\\w*|puvodn\\w*|povodn\\w*|predosl\\w*',
  invoice: 'faktur\\w*|proform\\w*|pi',
  soon: 'dnes|ihned|hned|okamzite|zitra|zajtra|teraz|ted|do\\s+(?:zitra|zajtra|vecera|patku|piatku|pondeli|pondelka|konce\\s+(?:dne|tydne|dna|tyzdna))|tento\\s+(?:tyden|tyzden)|(?:behem|do)\\s+\\d+\\s+hodin',
  loss: 'ztrat\\w*|strat\\w*|zdraz\\w*|pozde|neskoro|prijdeme\\s+o|prideme\\s+o|vyprodan\\w*',
  received: 'obdrzel\\w*|prijal\\w*|dostali\\s+(?:jsme|sme)|(?:dekuj|dakuj)\\w*\\s+za\\s+(?:platbu|uhradu)',
  buy: 'koup\\w*|kup\\w*|objedn\\w*|nakup\\w*',
  deal: 'slev[auy]|slevou|zlav[auy]|zlavou|levnej\\w*|lacnej\\w*|usetr\\w*|vyrid\\w*|vybav\\w*',
  store: 'obchod\\w*|e-?shop\\w*|web(?:u|ove|ova|ovou|ovych)?|strank\\w*|stranku',
  addMe:
    'pridejte\\s+si\\s+me|pridaj(?:te)?\\s+si\\s+ma|pridam\\s+(?:si\\s+)?(?:vas|te|ta)|napiste\\s+mi\\s+na|napis\\s+mi\\s+na',
  refund: 'vraceni\\w*|vratim\\w*|vratime|vratenie\\w*|vratk\\w*|refundac\\w*',
  onlyIf:
    'nejdriv|nejprve|napred|najprv|najskor|az\\s+(?:po|kdyz|ked)|(?:pouze|jen|iba|len)\\s+(?:pokud|po|ak)',
  noOrder:
    'bez\\s+objednavk\\w*|objednavk\\w*\\s+(?:neni|nie\\s+je)\\s+(?:potreba|treba)|(?:neni|nie\\s+je)\\s+(?:treba|potreba|nutne)\\s+(?:delat\\s+|robit\\s+)?objednavk\\w*|(?:neni|nie\\s+je)\\s+(?:treba|potreba|nutne)\\s+(?:nic\\s+)?objednavat|nemusite\\s+(?:nic\\s+)?objednavat',
  agent:
    'nas(?:eho|emu|im|i|ej|ho)?\\s+(?:agent\\w*|zastupc\\w*|zastupkyn\\w*|zprostredkovatel\\w*|sprostredkovatel\\w*)',
  escrow: 'uschov\\w*|escrow|prostrednik\\w*',
  otherwise: 'jinym\\s+zpusobem|inym\\s+sposobom|jinou\\s+cestou|inou\\s+cestou',
  send: 'poslu|posleme|posilam|posilame|posielam|posielame|zaslu|zasleme|zasilam|zasielam|dam\\s+vam|napisu\\s+vam',
  instead: 'misto|namiesto|mimo',
  order: 'objednav(?:k|c)\\w*',
  site: 'strank\\w*|aplikac\\w*|platform\\w*|portal\\w*',
  toPerson:
    '(?:nasemu|memu|mojemu|nasi|moji|nasej|mojej)\\s+(?:reditel\\w*|ucetn\\w*|uctovnik\\w*|jednatel\\w*|majitel\\w*|sef\\w*|pokladn\\w*|manazer\\w*)',
  personName:
    'na\\s+(?:jmeno|meno)\\s+(?:naseho|meho|nasi|me|mojho)\\s+(?:reditel|ucetn|uctovnik|jednatel|majitel|sef|pokladn|manazer)\\w*',
  toPartner:
    'nas(?:i|emu|eho|im|ej|mu)\\s+(?:\\w+\\s+)?partner\\w*|partnersk\\w*\\s+(?:firm|spolecnost|spolocnost|tovarn)\\w*',
  avoid: 'vyhnout|vyhnete|vyhnut|usetrit|usetrite|usetrime|obejit',
  platformCut: 'bere|si\\s+bere|si\\s+berie|strhava|strhne|uctuje',
  asBefore: '(?:jako|ako)\\s+(?:vzdy|minule|obvykle|predtim|predtym|naposledy)',
};
