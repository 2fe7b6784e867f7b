import { BUYERS_PROVIDER } from './compose/compose';

/**
 * Mail exchanged with the buyer's own broker, forwarder or agent ("the customs broker you chose asked for the ISF;
 * I sent it to the address you gave me for them", "su agente de aduanas nos pidió el packing list por correo") is
 * the seller talking to a third party the buyer appointed, not moving the buyer off the platform. The message
 * must name that party as the buyer's, and the sentence with the e-mail must point at it (the party itself, or
 * "them" / "se lo" / "à eux"); an address of the seller's own ("email me", "my e-mail", "escríbanos") stays a move.
 */
const CHOSEN_PROVIDER =
  /\b(?:the|that)\s+(?:customs\s+|freight\s+|shipping\s+|cargo\s+)?(?:broker|forwarder|agent|courier|carrier)s?\s+(?:that\s+|who\s+|which\s+)?(?:you|u)\s+(?:chose|choose|picked|appointed|nominated|hired|use|named|designated|selected|arranged|booked)\b|\b(?:el|la|los|o|os)\s+(?:agente|despachante|transitario|forwarder)s?(?:\s+de\s+(?:carga|aduanas?))?\s+que\s+(?:usted|ustedes|tu|voce|voces)\s+(?:eligio|escogio|designo|nombro|contrato|indico|escolheu|contratou|indicou)\b/u;
/** A pronoun or the party itself as the one written to, in the e-mail's sentence. */
const POINTS_AT_THEM =
  /\b(?:for|to)\s+(?:them|him|her)\b|\bthey\b|\bse\s+(?:lo|la|los|las)\b|\ba\s+(?:ellos|ellas|eles|elas|eux|lui)\b|\bpara\s+(?:ellos|ellas|eles|elas)\b|\bpour\s+(?:eux|lui)\b/u;
/** The seller's own mailbox, or the buyer asked to write to the seller: still a move. */
const SELLERS_OWN_MAIL =
  /\b(?:my|our|mi|nuestro|nuestra|meu|nosso|mon|notre)\s+(?:new\s+)?(?:e-?mail|mail|correo|address|direccion|endereco|adresse)\b|\b(?:e-?mail|write\s+to|contact|mail)\s+(?:me|us)\b|\bescrib(?:ame|anos|eme|enos)\b/u;

/**
 * The seller reports mail it already sent that party ("I sent it to the email you gave me for them", "ya se lo
 * enviamos"): the address is theirs. Without that, an address is one the buyer's side is asked to write to.
 */
const SENT_BY_SELLER =
  /\b(?:i|we)\s+(?:have\s+|had\s+|already\s+|just\s+)*(?:sent|forwarded|emailed|e-mailed|mailed|copied|cc'?d)\b|\b(?:ya\s+)?(?:se\s+l[oa]s?\s+)?(?:enviamos|envie|reenviamos|mandamos|mande|enviei|enviamos|mandei)\b|\bnous\s+(?:leur\s+|lui\s+)?avons\s+(?:deja\s+)?envoye/u;
/** The buyer's side invited to write, or a reason to: "they can email…", "write to … directly", "for new orders". */
const INVITES_WRITING =
  /\b(?:can|could|should|may|please|prefer\w*|just)\s+(?:\w+\s+){0,2}?(?:write|email|e-mail|mail|contact|send|reach)\b|\bdirect(?:ly|o|amente|ement)?\b|\bprice|\bprecio|\bpreco|\bprix|\bnew\s+orders?\b|\bcheaper|\bdiscount|\bdescuento|\bdesconto|\bremise/u;

function sentenceAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const start =
    Math.max(
      before.lastIndexOf('.'),
      before.lastIndexOf('!'),
      before.lastIndexOf('?'),
      before.lastIndexOf('\n'),
    ) + 1;
  const rest = text.slice(at).search(/[.!?\n](?:\s|$)/);
  return text.slice(start, rest < 0 ? text.length : at + rest + 1);
}

/** True when the e-mail at `at` is one the seller exchanges with the buyer's own broker or agent. */
export function mailToBuyersParty(text: string, at: number): boolean {
  if (!BUYERS_PROVIDER.test(text) && !CHOSEN_PROVIDER.test(text)) return false;
  const sentence = sentenceAround(text, at);
  if (SELLERS_OWN_MAIL.test(sentence) || INVITES_WRITING.test(sentence) || !SENT_BY_SELLER.test(sentence))
    return false;
  return BUYERS_PROVIDER.test(sentence) || CHOSEN_PROVIDER.test(sentence) || POINTS_AT_THEM.test(sentence);
}
