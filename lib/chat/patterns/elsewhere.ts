import { anyOf, type ChatPattern } from '../match';

/**
 * "Shall we finish this somewhere else?" with no app or service named, in the European languages read: sellers
 * on Wallapop, Vinted, Leboncoin, OLX or Marktplaats who want the deal away from the platform often say only
 * that ("¿lo cerramos por fuera?", "on finalise ailleurs ?", "lo chiudiamo fuori dall'app", "wickeln wir das
 * außerhalb ab", "buiten de app afhandelen", "załatwmy to poza Allegro", "finish it outside the app").
 *
 * Talking or writing elsewhere moves the conversation; finishing, closing or settling the deal elsewhere moves
 * the payment (there is nothing left to do but pay), and is judged by the payment rule alone. Text is normalised: lower-case, accents folded,
 * "ß" → "ss".
 */

/** "Elsewhere" with no service named, per language; each only after a verb (below) so "por otro lado" (on the other hand) alone stays silent. */
const ELSEWHERE_ES_PT =
  'por\\s+otro\\s+lado|por\\s+fuera|en\\s+otro\\s+(?:lado|sitio|chat)|por\\s+privado|en\\s+privado|fuera\\s+de\\s+(?:la\\s+|esta\\s+)?(?:app|aplicacion|plataforma|pagina|web)|por\\s+fora|em\\s+outro\\s+lugar|no\\s+privado|fora\\s+d[oa]\\s+(?:app|aplicativo|plataforma|site)';
const ELSEWHERE_FR_IT =
  "ailleurs|en\\s+prive|en\\s+dehors\\s+d[eu]\\s+(?:l'?\\s*|la\\s+|cette\\s+)?(?:app\\w*|plateforme|site)|altrove|in\\s+privato|fuori\\s+(?:dall?'?\\s*|dalla\\s+)?(?:app|piattaforma|sito)";
/** A marketplace left by name counts as "the platform" here: "fuera de Wallapop", "poza Allegro". */
const LEFT_PLATFORM =
  'wallapop|vinted|leboncoin|milanuncios|kleinanzeigen|marktplaats|2dehands|allegro|olx|ebay|alibaba|aliexpress|mercado\\s?livre|mercado\\s?libre';

/** Verbs of finishing or settling a deal: the payment leaves with them. */
const FINISH_ROMANCE =
  "(?:lo\\s+|la\\s+|le\\s+|l'|o\\s+)?(?:terminamos|terminemos|acabamos|acabemos|cerramos|cerremos|finalizamos|finalicemos|arreglamos|hacemos|fechamos|finalizamos|resolvemos|terminamos|finalise\\w*|finalis(?:ons|er)|conclu(?:ons|re)|termin(?:ons|er)|regl(?:ons|er)|chiudiamo|chiudere|concludiamo|finiamo|sistemiamo|facciamo|(?:vamos\\s+(?:a\\s+)?)?(?:terminar|cerrar|fechar|finalizar|concluir|acabar|resolver)(?:lo|la)?)";
const TALK_ROMANCE =
  '(?:seguimos|sigamos|hablamos|hablemos|continuamos|continuemos|escribimos|falamos|conversamos|continu(?:ons|er)|parl(?:ons|er)|discut(?:ons|er)|continuiamo|parliamo|sentiamoci|scriviamoci)';

/**
 * Only the deal, the talk or a filler may stand between the verb and "elsewhere": "lo cerramos por fuera",
 * "seguimos hablando en privado", "finalisons la vente ailleurs" — so "nous finalisons la production ailleurs"
 * (another factory) is not read as leaving the platform.
 */
const DEAL_GAP =
  "(?:todo|tout|tutto|tudo|esto|eso|isso|isto|ca|cela|questo|mejor|entonces|pues|alors|allora|entao|hablando|conversando|falando|parlando|a\\s+conversa|la\\s+(?:conversation|conversacion|conversazione|vente|venta|vendita|compra|transaction|transaccion|trattativa)|el\\s+(?:trato|negocio|pago)|l'\\s*(?:affaire|affare|achat|acquisto)|le\\s+(?:paiement|deal)|il\\s+pagamento|o\\s+(?:negocio|pagamento)|a\\s+(?:venda|compra))";
const romance = (verbs: string) =>
  `\\b${verbs}\\s+(?:${DEAL_GAP}\\s+){0,2}(?:${ELSEWHERE_ES_PT}|${ELSEWHERE_FR_IT}|(?:fuera\\s+de|por\\s+fuera\\s+de|fora\\s+d[oa]|en\\s+dehors\\s+de|fuori\\s+da)\\s+(?:${LEFT_PLATFORM}))\\b`;

/** German, Dutch and Polish put the verb last or first: both orders. */
const FINISH_GERMANIC_POLISH = [
  '\\b(?:woanders|anderswo|ausserhalb\\s+(?:von\\s+|der\\s+|des\\s+)?\\S+)\\s+(?:\\S+\\s+){0,2}?(?:abwickeln|abschliessen|regeln|klaren|fertig\\s+machen)\\b',
  '\\b(?:wickeln|schliessen|regeln|klaren)\\s+(?:wir\\s+)?(?:das|es|den\\s+\\S+)\\s+(?:\\S+\\s+){0,1}?(?:woanders|anderswo|ausserhalb\\s+(?:von\\s+|der\\s+|des\\s+)?\\S+)\\b',
  `\\bbuiten\\s+(?:de\\s+|het\\s+)?(?:app|platform|site|${LEFT_PLATFORM})\\s+(?:\\S+\\s+){0,2}?(?:afhandel\\w*|afronden|regelen|doen)\\b`,
  '\\bergens\\s+anders\\s+(?:afhandel\\w*|afronden|regelen)\\b',
  `\\b(?:zalatwmy|zalatwimy|dokonczmy|dokonczymy|rozliczmy|rozliczymy|sfinalizujmy)\\s+(?:to\\s+|transakcje\\s+)?(?:\\S+\\s+){0,1}?(?:gdzie\\s+indziej|poza\\s+(?:aplikacj\\w*|platform\\w*|portal\\w*|${LEFT_PLATFORM})|prywatnie)\\b`,
  '\\b(?:finish|complete|close|conclude|settle|wrap\\s+up|do)\\s+(?:it\\s+|this\\s+|the\\s+deal\\s+|the\\s+sale\\s+)?(?:somewhere\\s+else|elsewhere|outside\\s+(?:of\\s+)?(?:the|this)\\s+(?:app|platform|site|chat))\\b',
];
const TALK_GERMANIC_POLISH = [
  '\\b(?:schreiben|reden|sprechen|besprechen)\\s+(?:wir\\s+)?(?:\\S+\\s+){0,1}?(?:woanders|anderswo|privat)\\s+weiter\\b',
  '\\b(?:verder|liever|even)\\s+appen\\b|\\bergens\\s+anders\\s+verder\\b',
  '\\b(?:piszmy|pogadajmy|porozmawiajmy|kontynuujmy)\\s+(?:\\S+\\s+){0,1}?(?:gdzie\\s+indziej|prywatnie|poza\\s+\\S+)\\b',
];

const GATE =
  /otro lado|fuera|privad|otro sitio|otro chat|por fora|outro lugar|ailleurs|prive|dehors|altrove|privato|fuori|woanders|anderswo|ausserhalb|privat|buiten|ergens anders|appen|indziej|poza|prywatnie|elsewhere|somewhere else|outside/;

/** The deal finished elsewhere: a payment away from the order. */
export const FINISH_ELSEWHERE_PAYMENT: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: GATE,
    re: anyOf(romance(FINISH_ROMANCE), ...FINISH_GERMANIC_POLISH),
  },
];

/** The talk taken elsewhere: a move of the conversation. */
export const ELSEWHERE_MOVES: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'a request to talk in private, elsewhere',
    gate: GATE,
    // The deal finished elsewhere is judged by the payment rule alone (the corpora's convention for "lo hacemos
    // por fuera de la app"); only talking or writing elsewhere moves the conversation.
    re: anyOf(romance(TALK_ROMANCE), ...TALK_GERMANIC_POLISH),
  },
];
