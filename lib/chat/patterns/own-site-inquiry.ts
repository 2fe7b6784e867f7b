import { anyOf, type ChatPattern } from '../match';

/**
 * The talk sent to the seller's own website: "our website www.… has more models, send your inquiry there and our
 * sales manager will contact you", "envíe su consulta en nuestra web", "laissez votre demande sur notre site",
 * "stellen Sie Ihre Anfrage dort". A purchase on the seller's own site is a payment elsewhere (indirect-payment.ts);
 * an inquiry form there moves the conversation, and the seller's reply comes from outside the platform. A shop
 * on the platform itself ("….en.alibaba.com") is not such a site.
 */
/** Where, named: "on our website", "sur notre site", "auf unserer Webseite". */
const ON_THE_SITE =
  'on\\s+(?:our|my|the)\\s+(?:own\\s+|official\\s+|company\\s+)?(?:website|web\\s?site|site|homepage|web\\s?page)|through\\s+(?:our|the)\\s+(?:website|site)|en\\s+nuestr[oa]\\s+(?:web|pagina|sitio)|sur\\s+notre\\s+(?:site|page)|uber\\s+unsere\\s+(?:website|webseite|seite|homepage)|auf\\s+unserer\\s+(?:website|webseite|seite|homepage)|no\\s+nosso\\s+site|sul\\s+nostro\\s+sito';
/**
 * The site's contact form, named as the place: "in the 'contact us' box", "en el formulario de contacto", "dans le
 * formulaire de contact", "im Kontaktformular", "no formulário de contato", "nel modulo di contatto". It counts only
 * with the seller's site named in the message (the pattern's `needs`), and never with the platform named.
 */
const CONTACT_FORM =
  '(?:in|on|via|through|using|into)\\s+(?:the\\s+|our\\s+)?[\'"]?contact(?:\\s+us)?[\'"]?\\s+(?:box|form|page|section|button|window)|' +
  // "on website contact form", "via our site's inquiry form": the form named by the site it belongs to.
  "(?:in|on|via|through|using|into)\\s+(?:the\\s+|our\\s+|my\\s+)?(?:(?:own|official|company)\\s+)?(?:website|web\\s?site|site|homepage|web)(?:'s)?\\s+(?:contact(?:\\s+us)?|inquiry|enquiry|message|quote|request)\\s+(?:box|form|page|section)|" +
  'en\\s+(?:el\\s+)?formulario\\s+de\\s+contacto|dans\\s+(?:le\\s+)?formulaire\\s+de\\s+contact|(?:im|uber\\s+das)\\s+kontaktformular|n?o\\s+formulario\\s+de\\s+contato|nel\\s+modulo\\s+(?:di\\s+)?contatt[oi]';
/** Where, by a pointing word ("there", "allí", "dort"): it points at the site only when the site came first. */
const THERE = 'there|alli|ahi|la-bas|dort|ali|li';
/** The seller's site named, earlier in the same sentence. */
const SITE_FIRST =
  '(?:www\\.|https?:\\/\\/|\\b[a-z0-9-]+\\.(?:com|net|cn|org|co|shop|store)\\b|\\b(?:our|my)\\s+(?:own\\s+|official\\s+|company\\s+)?(?:website|web\\s?site|homepage)\\b|\\bnuestr[oa]\\s+(?:web|pagina|sitio)|\\bnotre\\s+site\\b|\\bunser\\w*\\s+(?:website|webseite|homepage)|\\bnosso\\s+site\\b|\\bnostro\\s+sito\\b)(?:[^.!?\\n]|\\.(?=\\S)){0,150}?';
// Not "pedido": in Spanish and Portuguese it is an order, and "faça seu pedido lá" is an order on the platform.
const INQUIRY =
  'inquiry|enquiry|inquiries|enquiries|request|message|rfq|consulta|solicitud|mensaje|pregunta|demande|message|requete|anfrage|nachricht|mensagem|richiesta|messaggio';
const SEND =
  'send|leave|submit|post|make|place|fill\\s+in|envie\\w*|envia\\w*|deje|dejen|haga|mande|envoye[rz]|laisse[rz]|faites|deposez|senden|schicken|stellen|hinterlassen|deixe|faca|mande|lasci|invii|inviate|mandi|fate';

/** "send your inquiry", "deje su consulta", "stellen Sie Ihre Anfrage", then up to two words before the place. */
const ASKED = `(?:${SEND})\\s+(?:sie\\s+)?(?:an?\\s+|your\\s+|su\\s+|una\\s+|votre\\s+|une\\s+|ihre\\s+|eine\\s+|seu\\s+|sua\\s+|um\\s+|uma\\s+|la\\s+sua\\s+|il\\s+)?(?:${INQUIRY})\\s+(?:\\w+\\s+){0,2}?`;

export const OWN_SITE_INQUIRY: ChatPattern = {
  kind: 'contextual',
  what: 'a request to talk outside the platform',
  gate: /inquir|enquir|request|message|rfq|consulta|solicitud|mensaje|pregunta|demande|requete|anfrage|nachricht|mensagem|richiesta|messaggio|contact|reach|write/,
  // The site is the seller's: an address given, or "our website" named.
  needs:
    /www\.|https?:\/\/|\b[a-z0-9-]+\.(?:com|net|cn|org|co|shop|store)\b|\b(?:our|my)\s+(?:own\s+|official\s+|company\s+)?(?:website|web\s?site|site|homepage)\b|\bnuestr[oa]\s+(?:web|pagina|sitio)|\bnotre\s+site\b|\bunser\w*\s+(?:website|webseite|homepage)|\bnosso\s+site\b|\bnostro\s+sito\b/,
  needsIn: 'message',
  // The platform named as where the talk stays; not the platform set aside ("2000 designs not uploaded on Alibaba",
  // "more than on Alibaba", "nicht auf Alibaba", "plus de modèles qu'Alibaba"), which is the reason given for going to the
  // site.
  unless:
    /(?<!\b(?:not|never|no|nor|outside|off|besides|except|than|beyond|nicht|kein\w*|als|ausserhalb|pas|hors|que|non|nao|fora|fuera)\s+(?:\w+\s+){0,3}|\bqu')(?:alibaba|aliexpress|1688|trade\s?assurance)/,
  unlessIn: 'message',
  re: anyOf(
    `\\b${ASKED}(?:${ON_THE_SITE}|${CONTACT_FORM})\\b`,
    `${SITE_FIRST}\\b${ASKED}(?:${THERE})\\b`,
    // "please contact us through our official website", "reach me on my website".
    '\\b(?:contact|reach|message|write\\s+to)\\s+(?:us|me)\\s+(?:directly\\s+)?(?:via|through|on|at|from)\\s+(?:our|my)\\s+(?:own\\s+|official\\s+|company\\s+)?(?:website|web\\s?site|site|homepage|web\\s?page)\\b',
  ),
};
