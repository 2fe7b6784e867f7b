import { clauseRange, type TextContext } from './text-context';

/**
 * A marketplace's own payment service is its checkout, not a way round it: Mercado Pago is how Mercado Livre /
 * Mercado Libre takes the money and holds it until the buyer confirms delivery. Named as THE way to pay ("só
 * pelo Mercado Pago", "solo por Mercado Pago") or beside the platform's escrow or its own shipping ("o dinheiro
 * fica retido até você confirmar", "compra protegida", "Mercado Envios"), it anchors the payment to the platform,
 * unless the message sends it outside the listing: a link or an alias, "por fora", the seller's own account or
 * e-mail, a fee to save, a Pix key (modelled on Mercado Livre's and Mercado Pago's buyer-protection pages and
 * Brazilian sellers' own listing notes; tests/fixtures/chat/round-15-fp-cases.jsonl). Words over normalised
 * text (lower-case, accents folded).
 */
const OWN_SERVICE = /\bmercado\s?pago\b/u;
const THE_ONLY_WAY =
  /\b(?:so|somente|apenas|unicamente|exclusivamente|solo|solamente|only)\s+(?:(?:pelo|por|via|com|con|with|through|by|no|en|el|o)\s+)+$/u;
const PLATFORM_ESCROW = new RegExp(
  [
    // "o dinheiro fica retido até você confirmar", "el dinero queda retenido hasta que confirmes", "held until you confirm".
    '\\b(?:retid[oa]s?|retenid[oa]s?|protegid[oa]s?|guardad[oa]s?|held|protected|liberad[oa]s?|released)\\s+(?:\\w+\\s+){0,3}?(?:ate|hasta|until|apos|tras|after|quando|cuando|when|once)\\b',
    '\\b(?:compra\\s+(?:garantida|protegida|segura)|protecao\\s+ao\\s+comprador|proteccion\\s+(?:al|del)\\s+comprador|buyer\\s+protection|mercado\\s?(?:livre|libre|envios?))\\b',
  ].join('|'),
  'u',
);
/** The service used outside the listing: a link, an alias or key, the seller's own account, a fee saved. */
const SENT_OUTSIDE =
  /\b(?:links?|enlaces?|alias|cvu|chave|pix|fora|fuera|por\s+fuera|direto|directo|directly|meu|minha|mi|mis|my|e-?mail|correo|taxas?|tarifas?|comiss(?:ao|oes)|comision(?:es)?|fees?|cuenta|conta|account|transfer\w*|transferencia)\b/u;

export function isPlatformOwnService(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  if (!OWN_SERVICE.test(text.slice(start, end))) return false;
  if (SENT_OUTSIDE.test(text)) return false;
  const [clauseStart] = clauseRange(tc, start, end);
  return THE_ONLY_WAY.test(text.slice(clauseStart, start)) || PLATFORM_ESCROW.test(text);
}
