import type { Lexicon } from '../lexicon';

/**
 * Turkish. Modelled on Turkish press and bank warnings about IBAN fraud ("sahte faturada değiştirilmiş
 * IBAN", payment to a person's account instead of the company's, "kapora", WhatsApp'tan yazın) and on
 * foreign-trade chambers' warnings to importers. Accents folded (ı → i, ş → s, ğ → g, ç → c, ö → o, ü → u).
 */
export const TR: Lexicon = {
  lang: 'tr',
  script: 'latin',
  // "hesaba atın" (throw it into the account) is how a transfer is said in chat; "payment'ı" in a mixed message.
  pay: 'ode\\w*|odem\\w*|gonder\\w*|havale\\w*|eft|hesab\\w*\\s+at\\w*|payment\\w*|yatir\\w*|transfer\\w*|kapora|on\\s+odeme|para(?:yi)?\\s+(?:at|gonder|yolla)\\w*|yolla\\w*',
  payNow:
    'ode\\w*|odem\\w*|havale\\w*|eft|yatir\\w*|kapora|on\\s+odeme|para(?:yi)?\\s+(?:at|gonder|yolla)\\w*',
  receive: 'alacak|alir|tahsil\\w*',
  account: 'hesab\\w*|hesap\\w*|kart\\w*',
  bankInfo:
    'banka\\s+(?:hesab\\w*|bilgi\\w*)|hesap\\s+bilgi\\w*|iban\\w*|alici\\s+(?:adi|hesab\\w*|bilgi\\w*)',
  owner:
    'kisisel|sahsi|sahsim\\w*|ozel|bireysel|kendi|patron\\w*|sahib\\w*|mudur\\w*|esim\\w*|arkadas\\w*|akraba\\w*|kardes\\w*|annem\\w*|babam\\w*|ablam\\w*|agabey\\w*|abim\\w*|oglum\\w*|kizim\\w*|kuzen\\w*|amcam\\w*|dayim\\w*|teyzem\\w*|kocam\\w*|karim\\w*|calisan\\w*|(?:benim\\s+)?adima',
  other: 'baska|farkli|diger|ikinci|alternatif',
  fresh: 'yeni|guncel\\w*',
  related:
    '(?:kardes|ana|bagli|ortak|yavru|grup|holding|merkez|cati)\\s+sirket\\w*|(?:hong\\s?kong|singapur)\\w*\\s+(?:sube|ofis|sirket)\\w*',
  direct: 'direkt|dogrudan|elden',
  method: 'yol\\w*|yontem\\w*|sekil\\w*|kanal\\w*',
  notViaAfter: "(?:uzerinden|'?(?:dan|den|tan|ten))\\s+degil",
  platform:
    'trade\\s?assurance|ta|alibaba|aliexpress|platform\\w*|guvenli\\s+odeme\\w*|ticaret\\s+guvence\\w*',
  notNeeded: 'gerek\\s+yok|gerekmez|gerekli\\s+degil|lazim\\s+degil|ihtiyac\\w*\\s+yok|gereksiz|olmadan',
  // "Yerine" (instead of) follows what it sets aside: read by insteadAfter, never before the platform.
  // "platform dışı", "Alibaba dışı" (off the platform) as normalised; "dişi" (female, of a connector) folds the same way,
  // so it counts only beside a platform word (compose.ts reads "outside" within a word of it).
  outside: 'disinda|disindan|disi|disina|haric',
  friends: 'arkadas\\w*\\s+(?:olarak|gibi)|arkadasa\\s+gonder\\w*|hediye\\s+olarak|aile\\s+ve\\s+arkadas\\w*',
  changed:
    // "değiştir-mi-yoruz", "değiştir-me-dik": the negative forms say the account did not change.
    'degisti(?!rm[ie])|degistir(?!mi?y|med|mez|mem|meyiz)\\w*|degismis\\w*|degisiklik\\w*|guncellendi|guncellen\\w*|yenilendi|duzeltil\\w*',
  trouble:
    'bloke|donduruldu|dondurul\\w*|kapandi|kapatil\\w*|kapali|incelemede|denetim\\w*|askiya\\s+alin\\w*',
  discard: 'kullanmayin|gecersiz|dikkate\\s+almayin|iptal\\s+edildi',
  old: 'eski|onceki',
  invoice: 'fatura\\w*|proforma\\w*|pi',
  soon: 'bugun\\w*|hemen|simdi|derhal|yarin\\w*|(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar)\\w*\\s+(?:gunune\\s+)?kadar|\\d+\\s+saat\\s+icinde|bu\\s+hafta|aksama\\s+kadar|gun\\s+sonuna\\s+kadar',
  loss: 'kaybed\\w*|kacir\\w*|zamlan\\w*|zam\\s+gel\\w*|artacak|artar|yukselecek|cok\\s+gec|gec\\s+kal\\w*|yetis\\w*|yoksa|aksi\\s+halde|tukenir',
  received: 'aldik|alindi|ulasti|onaylandi|tesekkur\\w*',
  buy: 'satin\\s+al\\w*|siparis\\w*|alisveris\\w*',
  store: 'magaza\\w*|site\\w*|dukkan\\w*',
  addMe: 'beni\\s+ekle\\w*|(?:sizi|seni)\\s+ekle\\w*',
  noOrder: 'siparis\\s+(?:acma|verme|olusturma|girme)\\w*\\s+gerek\\s+yok|siparis\\s+olmadan|siparissiz',
  agent: 'acente\\w*|temsilci\\w*',
  payee: 'alici|lehtar\\w*',
  escrow: 'emanet\\w*|araci\\w*',
  otherwise: 'baska\\s+(?:turlu|sekilde|yolla|yoldan)',
  // "IBAN atarım": atmak (to throw) is how a chat sends a message, a photo or the IBAN.
  send: 'gonder\\w*|ilet\\w*|yolla\\w*|paylas\\w*|verec\\w*|veriyorum|veririm|ata(?:rim|riz|yim|lim|cag\\w*)|atiyor(?:um|uz)',
  insteadAfter: 'yerine|disinda|haric',
  order: 'siparis\\w*',
  site: 'site\\w*|uygulama\\w*',
  toPerson:
    "(?:mudur|patron|muhasebeci|kasiyer|sahib|yetkili|calisan)\\w*\\s+(?:\\w+\\s+)?(?:hesab\\w*|adina|kart\\w*|iban\\w*)|(?:mudur|patron|muhasebeci|kasiyer|yetkili)(?:imiz|umuz|miz|muz)?(?:e|a|ye|ya)|(?:mudur|patron|muhasebeci|kasiyer|yetkili)\\w*\\s+(?:\\w+\\s+){0,2}?\\w+'(?:a|e|ya|ye)",
  toPartner:
    '(?:is\\s+)?ortag(?:imiz|imiza|imizin|imizi|imizdan)\\w*|partner\\s+(?:firma|sirket)\\w*|kalipci\\w*',
  collector: 'tahsilat\\s+(?:sirket|firma|acente|temsilci)\\w*|yetkili\\s+tahsilat\\w*',
};
