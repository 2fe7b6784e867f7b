import { anyOf, type ChatPattern } from '../match';

/**
 * The talk sent to the seller's own website: "our website www.… has more models, send your inquiry there and our
 * sales manager will contact you", "envíe su consulta en nuestra web", "laissez votre demande sur notre site",
 * "stellen Sie Ihre Anfrage dort". A purchase on the seller's own site is a payment elsewhere (indirect-payment.ts);
 * an inquiry form there moves the conversation, and the seller's reply comes from outside the platform. A shop
 * on the platform itself ("….en.alibaba.com") is not such a site.
 */
const WHERE =
  'there|on\\s+(?:our|my|the)\\s+(?:own\\s+|official\\s+|company\\s+)?(?:website|web\\s?site|site|homepage|web\\s?page|page)|through\\s+(?:our|the)\\s+(?:website|site)|alli|ahi|alla|en\\s+nuestr[oa]\\s+(?:web|pagina|sitio)|la-bas|sur\\s+notre\\s+(?:site|page)|dort|uber\\s+unsere\\s+(?:website|webseite|seite|homepage)|auf\\s+unserer\\s+(?:website|webseite|seite|homepage)|la|ali|no\\s+nosso\\s+site|sul\\s+nostro\\s+sito|li';
const INQUIRY =
  'inquiry|enquiry|inquiries|enquiries|request|message|rfq|consulta|solicitud|mensaje|pregunta|demande|message|requete|anfrage|nachricht|pedido|mensagem|richiesta|messaggio';
const SEND =
  'send|leave|submit|post|make|place|fill\\s+in|envie\\w*|envia\\w*|deje|dejen|haga|mande|envoye[rz]|laisse[rz]|faites|deposez|senden|schicken|stellen|hinterlassen|deixe|faca|mande|lasci|invii|inviate|mandi|fate';

export const OWN_SITE_INQUIRY: ChatPattern = {
  kind: 'contextual',
  what: 'a request to talk outside the platform',
  gate: /inquir|enquir|request|message|rfq|consulta|solicitud|mensaje|pregunta|demande|requete|anfrage|nachricht|pedido|mensagem|richiesta|messaggio/,
  // The site is the seller's: an address given, or "our website" named.
  needs:
    /www\.|https?:\/\/|\b[a-z0-9-]+\.(?:com|net|cn|org|co|shop|store)\b|\b(?:our|my)\s+(?:own\s+|official\s+|company\s+)?(?:website|web\s?site|site|homepage)\b|\bnuestr[oa]\s+(?:web|pagina|sitio)|\bnotre\s+site\b|\bunser\w*\s+(?:website|webseite|homepage)|\bnosso\s+site\b|\bnostro\s+sito\b/,
  needsIn: 'message',
  unless: /alibaba|aliexpress|1688|trade\s?assurance/,
  unlessIn: 'message',
  re: anyOf(
    `\\b(?:${SEND})\\s+(?:sie\\s+)?(?:an?\\s+|your\\s+|su\\s+|una\\s+|votre\\s+|une\\s+|ihre\\s+|eine\\s+|seu\\s+|sua\\s+|um\\s+|uma\\s+|la\\s+sua\\s+|una\\s+|il\\s+)?(?:${INQUIRY})\\s+(?:\\w+\\s+){0,2}?(?:${WHERE})\\b`,
  ),
};
