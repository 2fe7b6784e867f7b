import { anyOf, type ChatPattern } from '../match';

/**
 * The buyer asked to confirm receipt while goods are still missing or on the way (stop 41): "confirm receipt in the
 * app now, the money releases to us and we send the 40 missing pieces next shipment", "confirme o recebimento agora,
 * as peças que faltam vão no próximo envio", "先确认收货，少的下批补发". Confirming receipt is how the order's money
 * reaches the seller: asked before everything has arrived, it pays the seller out of the order's protection as surely
 * as a transfer outside it would, and the promised rest can no longer be claimed. A request to confirm after delivery
 * ("once everything arrives, please confirm receipt", "wait to confirm until the rest arrives", "bestätigen Sie den
 * Empfang erst, wenn alles da ist") is ordinary; "erst" before the object ("erst den Empfang") is "first", and is not
 * read. Folded text (lower-case, accents dropped).
 */

/** Confirming receipt, or marking the order received, in en, es, pt, fr, de, it, ru and zh. */
const CONFIRM = [
  '\\b(?:confirm|click|mark|press)\\w*\\s+(?:the\\s+)?(?:order\\s+)?(?:as\\s+)?(?:receipt|received|delivered|delivery|goods\\s+received)\\b|\\bconfirm\\w*\\s+(?:that\\s+)?(?:you\\s+)?(?:have\\s+)?(?:received|got)\\s+(?:the\\s+)?(?:order|goods|parcel|package|items?)\\b',
  "\\b(?:confirm|conferm)\\w*\\s+(?:la\\s+|el\\s+|o\\s+|a\\s+|l'\\s?)?(?:recepcion|recibido|entrega|recebimento|recebido|reception|ricezione|ricevuto)\\b|\\bconfirmer\\s+(?:la\\s+)?reception\\b",
  '\\b(?:empfang|erhalt|wareneingang)\\s+(?:\\S+\\s+){0,2}?bestatig\\w*|\\bbestatig\\w*\\s+(?:sie\\s+)?(?:\\S+\\s+){0,2}?(?:den\\s+)?(?:empfang|erhalt)\\b',
  // it "confermi la ricezione", pl "potwierdź odbiór", cs "potvrďte převzetí", tr "teslim aldığınızı onaylayın", vi
  // "xác nhận đã nhận hàng" (stop 45).
  '\\bpotwierd\\w*\\s+(?:\\S+\\s+)?(?:odbior|otrzymanie|dostarczenie)\\w*|\\bpotvrd\\w*\\s+(?:\\S+\\s+)?(?:prevzeti|doruceni|prijeti)\\b',
  '\\bteslim\\s+(?:\\S+\\s+)?onayla\\w*|\\bxac\\s+nhan\\s+(?:da\\s+)?(?:nhan|giao)\\s+(?:hang|duoc)\\b',
  '(?<![\\p{L}])подтверд\\p{L}*\\s+(?:\\p{L}+\\s+)?получени\\p{L}*',
  '确认收货|確認收貨|确认收到|確認收到',
];

/**
 * Not everything there yet: items missing or sent later, goods not arrived, the confirmation asked before arrival,
 * "So the payment is released to us" alone is not enough: a seller asks that after delivery too.
 */
const NOT_ALL_THERE =
  /\b(?:missing|remaining|rest\s+of|balance\s+(?:pieces|items|pcs|goods)|short\s+(?:shipped|pieces)|next\s+(?:shipment|batch|order)|later\s+shipment|(?:not|n'?t)\s+(?:yet\s+)?(?:arrived|received|delivered|got|come)|before\s+(?:you\s+)?(?:receive|get|arrival|it\s+arrives|the\s+goods\s+arrive)|in\s+advance|(?:still\s+)?on\s+(?:the|its)\s+way|in\s+transit|en\s+camino|a\s+caminho|en\s+(?:route|chemin)|unterwegs|in\s+viaggio|faltan\w*|faltantes?|pendientes?|aun\s+no|antes\s+de\s+recibir|proximo\s+envio|ainda\s+nao|que\s+faltam|manquant\w*|pas\s+encore|avant\s+(?:de\s+)?recevoir|prochain\s+envoi|fehlend\w*|noch\s+nicht|vor\s+(?:dem\s+)?erhalt|nachliefer\w*|mancant\w*|non\s+ancora|prossima\s+spedizione|(?:non|no|nao|pas|nicht|nie|ne|not)\s+(?:\S+\s+)?(?:ancora|todavia|ainda|encore|noch|jeszcze|jeste|yet)|(?:already\s+)?(?:in|reached|arrived\s+(?:in|at))\s+your\s+(?:country|city)|(?:in|at|stuck\s+in)\s+customs|ya\s+esta\s+en\s+su\s+pais|ja\s+esta\s+no\s+seu\s+pais|deja\s+dans\s+votre\s+pays|gia\s+nel\s+suo\s+paese|jeszcze\s+nie|todavia\s+no|jeste\s+ne\w*|henuz|chua\s+(?:nhan|den|toi|ve|giao))\b|(?<![\p{L}])(?:недостающ\p{L}*|ещ[её]\s+не|до\s+получения|следующ\p{L}*\s+партии)|в\s+пути|在路上|运输中|運輸中|还没|還沒|没收到|沒收到|未收到|少的|缺的|剩下|下批|下一批|补发|補發/u;

/** Confirming after the goods are there: "once everything arrives", "after you check them", "only when". */
const AFTER_ARRIVAL =
  /(?<!\b(?:don'?t|dont|do\s+not|no\s+need\s+to|not|never)\s+)\bwait\w*\s+(?:\S+\s+){0,2}?(?:to|before|with)\s+confirm\w*|\b(?:until|till)\s+(?:\S+\s+){0,3}?(?:receiv\w*|arriv\w*|check\w*|got|get|inspect\w*|(?:are|is)\s+(?:delivered|there|complete))|\b(?:empfang|erhalt)\s+(?:bitte\s+)?erst\b|\berst,?\s+(?:wenn|nachdem|sobald)\b|\b(?:hasta\s+que|ate\s+que|jusqu'?\s?a\s+ce\s+que|finche|solo\s+(?:cuando|despues)|so\s+(?:quando|depois)|seulement\s+(?:quand|apres)|solo\s+(?:quando|dopo))\b|\b(?:once|after|when|only\s+(?:after|when|once)|as\s+soon\s+as)\s+(?:you\s+|all\s+|everything\s+|they\s+|the\s+(?:goods|parcel|rest|order|missing\s+\w+)\s+)?(?:have\s+)?(?:receiv\w*|arriv\w*|check\w*|got|get|inspect\w*|are\s+(?:delivered|there|complete))|\b(?:cuando|despues\s+de|depois\s+de|quando|quand|apres|nachdem|sobald|wenn|dopo)\s+(?:\S+\s+){0,2}?(?:recib\w*|lleg\w*|receb\w*|cheg\w*|recev\w*|reception|arriv\w*|erhalten|angekommen|eingetroffen|ricev\w*)|收到(?:货|貨)?(?:后|後|以后|以後)|(?<![\p{L}])(?:после|когда)\s+(?:\p{L}+\s+)?(?:получ|прид|прибуд)\p{L}*/u;

/**
 * The confirmation asked "even though" the parcel has not come: "confermi la ricezione anche se il pacco non è ancora
 * arrivato", "confirme la recepción aunque todavía no ha llegado", "confirm receipt even if it has not arrived". The
 * concession is read with the request, so its "not" is what the seller concedes, not a refusal of the request.
 */
const EVEN_IF_NOT_ARRIVED = `(?:${CONFIRM.join('|')})\\s+(?:\\S+\\s+){0,3}?(?:anche\\s+se|sebbene|aunque|even\\s+(?:if|though)|although|mesmo\\s+que|embora|meme\\s+si|bien\\s+que|obwohl|auch\\s+wenn|i\\s+kdyz|prestoze|chociaz|nawet\\s+jesli|mimo\\s+ze|hoi\\s+dass)\\s+[^.!?\\n]{0,60}?\\b(?:arriv|lleg|cheg|dotar|doraz|receiv|recib|receb|ricev|angekommen|come|delivered|consegn|entreg|recu|livr)\\w*`;

export const RECEIPT_CONFIRMED_EARLY: ChatPattern = {
  kind: 'explicit',
  what: 'a request to confirm receipt before all the goods have arrived',
  gate: /confirm|conferm|potwierd|potvrd|teslim|xac nhan|click|mark|press|empfang|erhalt|wareneingang|bestatig|подтверд|确认|確認/,
  needs: NOT_ALL_THERE,
  needsIn: 'message',
  unless: AFTER_ARRIVAL,
  // "Once you receive it, please confirm receipt": the condition sits in its own clause before the request (stop 45).
  unlessIn: 'sentence',
  re: anyOf(EVEN_IF_NOT_ARRIVED, ...CONFIRM),
};
