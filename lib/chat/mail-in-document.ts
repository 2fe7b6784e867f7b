import { once, sentenceRange, type TextContext } from './text-context';

/**
 * An e-mail address that a document lists, with the document itself kept on the platform: "Page 3 lists both
 * parties' registered address and our legal dept email (legal@…) as required by the notices clause. Please
 * countersign and upload in the Alibaba order documents", "la cláusula de notificaciones indica el correo de nuestro
 * departamento legal…, súbalo firmado al pedido de Alibaba". The address is part of what the contract says (a notices
 * clause, a letterhead, a page of the PDF); the message sends the signed paper back through the order, and nobody is
 * asked to write there. Any word asking to write, send or reply by mail, to contact, or "instead of here" keeps it a
 * move. Words over normalised text (lower-case, accents folded).
 */
const DOCUMENT_LISTS = new RegExp(
  [
    // en: the document or a part of it lists / shows / states the address.
    '\\b(?:contract|agreement|pdf|document|page\\s+\\d+|clause|section|article|letterhead|proforma|annex|appendix)\\b[^.!?\\n]{0,60}?\\b(?:lists?|listed|shows?|shown|states?|stated|contains?|includes?|gives?|names?|printed|written|mentions?)\\b',
    '\\b(?:as\\s+)?(?:required|provided|set\\s+out|specified)\\s+(?:by|in|under)\\s+(?:the\\s+)?(?:notices?|notification|contract|agreement)\\s*(?:clause|section|article)?\\b',
    // es, pt, fr, de
    '\\b(?:contrato|documento|pagina|clausula|seccion|secao|anexo|contrat|page|article|vertrag|dokument|seite|klausel|abschnitt)\\b[^.!?\\n]{0,60}?\\b(?:indica|figura|consta|aparece|enumera|muestra|incluye|contiene|lista|mostra|inclui|contem|indique|mentionne|contient|comprend|nennt|enthalt|steht|fuhrt)\\b',
    '\\b(?:clausula|clause|klausel)\\s+(?:de\\s+)?(?:notificaciones|notificacoes|avisos|notifications|mitteilungen)\\b',
  ].join('|'),
  'u',
);
/** The signed document goes back through the platform's order. */
const RETURNED_ON_PLATFORM = new RegExp(
  [
    '\\b(?:upload|attach|return|submit|countersign|sign|add)\\w*\\b[^.!?\\n]{0,60}?\\b(?:alibaba|aliexpress|trade\\s+assurance|(?:the|this|our|your)\\s+order(?:\\s+(?:documents?|page|files?))?)\\b',
    '\\b(?:sub[ae]\\w*|adjunt\\w*|devuelv\\w*|firm\\w*|carregu\\w*|anex\\w*|envi\\w*|telecharg\\w*|deposez|joignez|renvoy\\w*|signez|lad\\w*\\s+sie|hochlad\\w*|unterschreib\\w*)\\b[^.!?\\n]{0,60}?\\b(?:alibaba|aliexpress|trade\\s+assurance|(?:el|al|del|o|ao|do|la|le|au|du|die|der)\\s+(?:pedido|commande|bestellung))\\b',
  ].join('|'),
  'u',
);
/** Anyone asked to write, send, reply or talk by mail, to contact someone, or to leave the chat. */
const MAIL_ASKED = new RegExp(
  [
    '\\b(?:e-?mail|mail|write|send|reply|respond|contact|reach|talk|message|cc)\\s+(?:\\w+\\s+){0,3}?(?:to\\s+)?(?:us|me|it|them|there|this\\s+(?:address|e-?mail)|that\\s+(?:address|e-?mail)|the\\s+(?:address|e-?mail|legal\\s+\\w+))\\b',
    '\\b(?:by|via|over|through|per)\\s+e-?mail\\b|\\binstead\\s+of\\s+(?:here|this\\s+chat|alibaba)\\b|\\b(?:directly|faster|outside)\\b|\\bwhats\\s?app|\\bwechat\\b|\\bskype\\b|\\btelegram\\b',
    '\\b(?:escrib\\w*|envie\\w*\\s+(?:\\w+\\s+)?(?:al\\s+correo|por\\s+correo|ao\\s+e-?mail|por\\s+e-?mail)|por\\s+correo|por\\s+e-?mail|par\\s+e-?mail|ecrivez|per\\s+e-?mail|schreiben\\s+sie|contact\\w*|direct\\w*)\\b',
  ].join('|'),
  'u',
);

/** The address at `at` is listed by a document that the message keeps on the platform, and no one is asked to write. */
export function mailListedInDocument(tc: TextContext, at: number): boolean {
  const text = tc.norm.text;
  if (!once(tc, 'docReturnedOnPlatform', () => RETURNED_ON_PLATFORM.test(text) && !MAIL_ASKED.test(text)))
    return false;
  const [a, b] = sentenceRange(tc, at, at);
  return DOCUMENT_LISTS.test(text.slice(a, b));
}
