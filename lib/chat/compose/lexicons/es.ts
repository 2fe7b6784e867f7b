import type { Lexicon } from '../lexicon';

/**
 * Spanish. Modelled on Spanish-language importers' guides and scam warnings about Chinese suppliers (pay to
 * the supplier's personal bank account to "save the fees", Western Union, deals moved to WhatsApp) and on
 * the platform's own advice to stay on the platform. Accents folded ("página" → "pagina").
 */
export const ES: Lexicon = {
  lang: 'es',
  script: 'latin',
  pay: 'pag(?:ar|a|as|ue|uen|o|os|amos|ado|ada|ando|arlo|arnos|arme|ues)|transfer\\w*|transfier\\w*|deposit\\w*|abon\\w*|gir(?:ar|e|en|o)|remes\\w*|ingres(?:ar|arme|arnos|as|e|en|o)|saldo|anticipo|envi\\w*\\s+(?:el\\s+)?(?:dinero|pago|deposito|saldo)',
  receive: 'recib\\w*|cobr\\w*',
  account: 'cuenta|cuentas|tarjeta|tarjetas|billetera',
  bankInfo:
    // "hazme una transferencia, te mando los datos": in a message about paying, "the details" are where to pay.
    'cuenta\\s+bancaria|datos\\s+(?:bancarios|de\\s+(?:la\\s+)?cuenta|de\\s+pago|para\\s+(?:el|hacer\\s+el)\\s+pago)|(?:los|mis|nuestros)\\s+datos(?!\\s+(?:tecnicos|del?\\s+(?:envio|entrega|producto|contacto|la\\s+empresa|seguimiento)))|beneficiari[oa]s?|iban|cuenta\\s+(?:receptora|de\\s+destino)|informacion\\s+bancaria|banco\\s+(?:receptor|beneficiario)|clabe',
  owner:
    'personal|personales|privad[ao]s?|particular(?:es)?|propi[ao]s?|del\\s+(?:jefe|dueno|gerente|director)|de\\s+(?:mi|nuestro|su)\\s+(?:jefe|esposa|esposo|socio|hermano|hermana|gerente|contador)|a\\s+(?:mi|su)\\s+nombre|a\\s+nombre\\s+de|jefe|dueno',
  other: 'otra|otro|otras|otros|diferente\\w*|distint\\w*|segund[ao]|alternativ\\w*',
  // "de nuevo" is "again" ("intenta de nuevo o usa tarjeta"), not a new account.
  fresh: 'nueva|(?<!\\bde\\s)nuevo|nuevas|nuevos|actualizad\\w*',
  related:
    '(?:empresa|compania|sociedad)\\s+(?:matriz|hermana|filial|asociada|vinculada|(?:en|de)\\s+hong\\s+kong)|filial\\s+(?:en|de)\\s+(?:hong\\s+kong|singapur)|casa\\s+matriz|subsidiari[ao]s?|(?:nuestra|la)\\s+filial|oficina\\s+(?:en|de)\\s+hong\\s+kong',
  direct: 'directamente|directo|directa',
  method: 'metodo\\w*|forma\\w*|manera\\w*|medio\\w*|via|opcion\\w*',
  notVia: 'no\\s+(?:por|via|a\\s+traves\\s+de|en|con)|sin\\s+pasar\\s+por',
  notPayVia: ['no', 'por|via|a\\s+traves\\s+de|en|con'],
  platform:
    'trade\\s?assurance|garantia\\s+comercial|ta|alibaba|aliexpress|plataforma|pago\\s+seguro|escrow|app|aplicacion|wallapop|vinted|milanuncios',
  notNeeded:
    'no\\s+(?:es\\s+)?(?:necesari[ao]|hace\\s+falta|se\\s+necesita|necesitamos|necesita|hay\\s+que\\s+usar)|sin\\s+necesidad\\s+de|innecesari[ao]|sin',
  outside: 'fuera\\s+de|por\\s+fuera\\s+de|sin\\s+pasar\\s+por|evitando|en\\s+lugar\\s+de',
  friends:
    'arreglamos\\s+(?:\\w+\\s+){0,2}?entre\\s+nosotros|arreglarlo\\s+entre\\s+nosotros|lo\\s+(?:arreglamos|hacemos|cerramos|dejamos)\\s+entre\\s+nosotros|como\\s+amig[oa]s?|entre\\s+amig[oa]s|amigos\\s+y\\s+familia(?:res)?|como\\s+regalo',
  changed:
    'cambiad[ao]s?|cambi(?:o|amos|aron)|actualizad[ao]s?|actualizamos|actualice\\w*|modificad[ao]s?|corregid[ao]s?|reemplazad[ao]s?',
  trouble:
    'bloquead[ao]|congelad[ao]|suspendid[ao]|cerrad[ao]|en\\s+auditoria|embargad[ao]|con\\s+problemas?',
  discard:
    'ignor(?:e|en|ar|a)|no\\s+(?:use|usen|utilice|utilicen)|ya\\s+no\\s+(?:es\\s+)?(?:valid[ao]|sirve|funciona)|descart\\w*',
  old: 'anterior(?:es)?|antigu[ao]s?|viej[ao]s?|habitual',
  invoice: 'factura\\w*|proforma\\w*|pi',
  soon: 'hoy|hoy\\s+mismo|ahora\\s+mismo|inmediatamente|manana|antes\\s+del?\\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|fin\\s+de\\s+semana)|(?:para|hasta)\\s+el\\s+(?:lunes|martes|miercoles|jueves|viernes|sabado)|en\\s+(?:las\\s+proximas\\s+)?(?:\\d+|24|48)\\s+horas|esta\\s+semana',
  loss: 'perde\\w*|pierd\\w*|sube|subira|aumenta\\w*|suba|demasiado\\s+tarde|se\\s+agota\\w*|de\\s+lo\\s+contrario',
  received:
    'recibid[ao]|recibimos|confirmad[ao]|gracias\\s+por\\s+(?:el|su)\\s+pago|ya\\s+(?:pago|pagaste|pagado)',
  // "a partir de 20 € de compra", "cupón de compra": a spend threshold or a voucher, not buying there — unless the
  // purchase is placed on the seller's own site ("cupón de 10 € de compra en nuestra web"); "en nuestra tienda" may be
  // the shop on the platform.
  buy: 'compras?(?=\\s+(?:en|por)\\s+(?:nuestr[oa]|mi)\\s+(?:propi[oa]\\s+)?(?:web|sitio|pagina))|(?<!(?:\\d|€|\\$|\\beur|\\beuros|\\bdolares|\\bcupon(?:es)?|\\bvales?|\\bcodigos?|\\bmonto|\\bminimo)\\s*de\\s)compras?\\b|compr(?!as?\\b)\\w*|pedid\\w*|orden\\w*|ordenar',
  deal: 'hac(?:er|emos|erlo)|arregl\\w*|cerr(?:ar|amos)|trato|negocio|mejor\\s+precio|descuento|mas\\s+barato|conviene|ahorr\\w*',
  store: 'tienda\\w*|sitio\\s+web|pagina\\s+web|web|website',
  refund: 'reembols\\w*|devol(?:ver|vemos|veremos|ucion)\\w*|le\\s+devuelvo',
  onlyIf: 'solo\\s+si|primero|antes|pero\\s+(?:primero|antes)|despues\\s+de\\s+que|siempre\\s+que',
  addMe: 'agr[eé]game|agregame|anademe|te\\s+agrego|le\\s+agrego|escribeme\\s+(?:al|por|en)',
  noOrder:
    'no\\s+(?:hace\\s+falta|es\\s+necesario|necesita|hay\\s+que)\\s+(?:hacer|crear|realizar|abrir|pasar\\s+por)?\\s*(?:el\\s+|un\\s+)?pedido|sin\\s+(?:hacer\\s+|pasar\\s+por\\s+)?(?:el\\s+|un\\s+)?pedido',
  agent: 'nuestro\\s+(?:agente|representante)|agente\\s+(?:nuestro|local)',
  escrow: 'deposito\\s+en\\s+garantia|intermediario|custodia',
  asBefore:
    'como\\s+(?:siempre|antes|la\\s+(?:otra|ultima)\\s+vez|de\\s+costumbre|hicimos\\s+(?:antes|la\\s+otra\\s+vez))|a\\s+la\\s+antigua|igual\\s+que\\s+(?:antes|la\\s+ultima\\s+vez)',
  avoid: 'evitar|evite|evitamos|ahorrar|ahorre|ahorras|ahorramos|ahorrarse|ahorrarnos|no\\s+pagar',
  platformCut: 'cobra|cobran|se\\s+queda(?:\\s+con)?|se\\s+lleva|quita|retiene|descuenta',
  otherwise: 'de\\s+otra\\s+(?:forma|manera)|por\\s+otra\\s+via',
  send: 'paso|pasare|pasamos|mando|mandare|mandamos|envio|enviare|enviamos|envia\\w*|doy|dare|facilito|facilitare',
  instead: 'en\\s+vez\\s+del?|en\\s+lugar\\s+del?|fuera\\s+del?|por\\s+fuera\\s+del?',
  order: 'pedido|orden',
  site: 'sitio|web|pagina|app|aplicacion',
  toPerson:
    '(?:a|al|para)\\s+(?:(?:nuestro|nuestra|mi)\\s+)?(?:gerente|jefe|jefa|director[a]?|cajer[oa]|contador[a]?|duen[oa]|socio|encargad[oa])|a\\s+nombre\\s+de\\s+(?:nuestro|nuestra|mi|el|la)\\s+(?:gerente|jefe|jefa|director[a]?|cajer[oa]|contador[a]?|duen[oa]|socio|encargad[oa])',
  personName:
    'a\\s+nombre\\s+de\\s+(?:nuestro|nuestra|mi|el|la)\\s+(?:gerente|jefe|jefa|director[a]?|cajer[oa]|contador[a]?|duen[oa]|socio|encargad[oa])',
  notToUs: 'no\\s+a\\s+(?:nosotros|mi|nuestra\\s+(?:empresa|cuenta|compania))',
  toPartner:
    'nuestr[oa]s?\\s+(?:empresa\\s+|fabrica\\s+)?(?:socio\\s+comercial|partner|aliad[oa]|colaborador[a]?)|nuestr[oa]\\s+(?:fabrica\\s+de\\s+moldes|proveedor\\s+de\\s+moldes|subcontratista)|empresa\\s+(?:asociada|colaboradora)',
  collector: 'empresa\\s+(?:recaudadora|de\\s+cobros?|cobradora)|agente\\s+(?:de\\s+cobro|recaudador)',
};
