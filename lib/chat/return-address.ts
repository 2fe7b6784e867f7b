/**
 * A return address, or the sender block of a return label: "our address for the return label: …, Tel: +86 …",
 * "retouradres", "het adres voor het retourlabel", "Rücksendeadresse", "dirección de devolución", "adresse de
 * retour", "退货地址". The telephone written in it is printed for the carrier, like a consignee's on a shipping
 * label, although the address is the seller's own — unless the buyer is asked to call, write or add someone
 * between the heading and the number, or in the number's sentence. Words over normalised text (lower-case,
 * accents folded: "Rücksendeadresse" → "rucksendeadresse").
 */
const RETURN_ADDRESS = new RegExp(
  [
    // en
    '\\breturns?\\s+(?:shipping\\s+|mailing\\s+|postal\\s+|delivery\\s+)?(?:address|label)|\\baddress\\s+(?:\\S+\\s+){0,3}?for\\s+(?:the\\s+|your\\s+|a\\s+)?returns?\\b',
    // nl, de
    '\\bretour(?:adres|label|zending|etiket)|\\badres\\s+(?:\\S+\\s+){0,4}?voor\\s+(?:de\\s+|het\\s+|uw\\s+)?retour',
    '\\brucksende(?:adresse|etikett|schein)|\\bretouren?(?:adresse|etikett|label|schein)|\\badresse\\s+(?:\\S+\\s+){0,3}?fur\\s+(?:die\\s+|ihre\\s+)?(?:rucksendung|retoure)',
    // es, pt, fr, it
    '\\b(?:direccion|etiqueta|endereco)\\s+(?:de\\s+|para\\s+(?:la\\s+|a\\s+)?)(?:devolucion|devolucao)\\b',
    '\\b(?:adresse|etiquette|bon)\\s+(?:de\\s+|pour\\s+(?:le\\s+)?)?retour\\b|\\b(?:indirizzo|etichetta)\\s+(?:di\\s+|per\\s+(?:il\\s+)?)?reso\\b',
    // pl, tr, id, vi
    '\\badres\\s+(?:zwrotny|do\\s+zwrotu)|\\betykiet\\w*\\s+zwrotn\\w*|\\biade\\s+(?:adresi|etiketi)|\\b(?:alamat|label)\\s+(?:retur|pengembalian)\\b|\\bdia\\s+chi\\s+(?:doi\\s+)?(?:tra|hoan)\\s+hang\\b',
    // ru, zh, ja, ko, ar
    '(?<![\\p{L}])(?:адрес\\p{L}*\\s+(?:для\\s+)?возврат\\p{L}*|обратн\\p{L}*\\s+адрес\\p{L}*)',
    '退货地址|退貨地址|退件地址|退回地址|退货标签|退貨標籤|返品先|返送先|반품\\s?주소|반송\\s?주소|عنوان\\s+(?:الإرجاع|الارجاع|المرتجعات)',
  ].join('|'),
  'gu',
);

/** The buyer asked to call, write or add: the number is then offered to talk, return address or not. */
const INVITES =
  /\b(?:call|contact|whats?\s?app|wechat|telegram|chat|message\s+(?:me|us)|text\s+(?:me|us)|bel\w*|anruf\w*|rufen|llam\w*|appel\w*|ligu\w*|chiam\w*|zadzwon\w*|ara\w*|hubungi|lien\s+he|goi)\b|联系|聯繫|打电话|打電話|加我|電話して|連絡|연락|전화\s?주|اتصل|تواصل|(?<![\p{L}])(?:звон|позвон|пиши|свяж)\p{L}*/u;

/** Where the number's sentence ends, after it: the rest of the sentence may still ask for a call. */
const SENTENCE_END = /[.!?。！？\n]/u;

/** The digits at `at` are the telephone of a return address written before them (within a few lines). */
export function onReturnAddress(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 320), at);
  RETURN_ADDRESS.lastIndex = 0;
  let heading = -1;
  for (let m = RETURN_ADDRESS.exec(before); m !== null; m = RETURN_ADDRESS.exec(before)) heading = m.index;
  RETURN_ADDRESS.lastIndex = 0;
  if (heading < 0) return false;
  const rest = text.slice(end, end + 120);
  const stop = SENTENCE_END.exec(rest);
  const after = stop ? rest.slice(0, stop.index) : rest;
  return !INVITES.test(before.slice(heading)) && !INVITES.test(after);
}
