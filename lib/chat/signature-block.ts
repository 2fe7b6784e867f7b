import { once, type TextContext } from './text-context';

/**
 * An e-mail signature pasted into the chat under a notice: "Best regards, / Linda Zhou | Sales Manager / Ningbo …
 * Co., Ltd. / Tel: +86 574 … | Email: linda@…", "Met vriendelijke groet, / Lin Yao / Sales Benelux / …", "Mit
 * freundlichen Grüßen / Anna Li / … / Tel +86 755 …". Its office line and mailbox sign the notice, as a letterhead's do
 * (letterhead.ts); nobody is asked to move. Strict, because a signature is where an ask hides: the block counts only
 * after a closing formula on a line of its own (the first line too: a transcript pasted as text splits the notice and
 * its sign-off into two messages at the blank line, and the notice is judged on its own), every line after it is a name, a title, a company, an address or a
 * "Tel"/"Fax"/"Email"/"Web" field; and no word anywhere in the message asks to call, write, add or go on elsewhere,
 * names a chat app or a mobile. Words over normalised text (newlines kept).
 */
const CLOSING =
  /^(?:(?:best|kind|warm|warmest|many)\s+(?:regards|wishes)|regards|sincerely(?:\s+yours)?|yours\s+(?:sincerely|faithfully|truly)|thanks\s+(?:and|&)\s+(?:best\s+)?regards|met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet(?:en)?|mit\s+freundlichen\s+grussen|freundliche\s+grusse|viele\s+grusse|beste\s+grusse|cordialement|bien\s+cordialement|salutations\s+distinguees|saludos(?:\s+cordiales)?|atentamente|un\s+saludo|cordiali\s+saluti|distinti\s+saluti|atenciosamente|cumprimentos|pozdrawiam|z\s+powazaniem|с\s+уважением|salam|hormat\s+kami|saygilarimla|此致敬礼|此致|敬上|顺祝商祺|順祝商祺|よろしくお願いいたします|감사합니다)[\s,.!]*$/u;

/** A field of the block: an office line, a fax, a mailbox, a web address or an address, labelled. */
const FIELD =
  /^(?:tel|tel\.|telephone|phone|office|fax|e-?mail|mail|web|website|www|add|addr|address|adres|adresse|anschrift|direccion|indirizzo|endereco|телефон|тел|факс|адрес|电话|電話|传真|傳真|邮箱|郵箱|地址|网址)\s*[.:：]?\s*\S/u;
/** A line of the signature that is no field: a name, a title, a company (no digit, no sentence). */
const NAME_LINE = /^[^\d@:：?!]{1,60}$/u;
/** Any ask, any chat app, any personal line, anywhere in the message: the block is then an invitation. */
const ASK =
  /\b(?:call|ring|dial|text|contact|reach|write|add|message|msg|chat|talk|continue|discuss|reply|feel\s+free|hesitate|whats\s?app|wa|wechat|we\s?chat|weixin|telegram|tg|skype|line|viber|signal|kakao|zalo|imo|mob|mobile|cell|cellphone|handy|movil|celular|mobiel|wsp|bel|mail\s+(?:me|us)|e-?mail\s+(?:me|us)|contacte\w*|contact\w*|escrib\w*|llam\w*|ecriv\w*|appel\w*|schreib\w*|anruf\w*|ruf\w*|kontakt\w*|neem|bellen|mail\s+ons|scriv\w*|chiam\w*|ligu\w*|fale|napisz\w*|zadzwon\w*|hubungi|telepon|wa\.me)\b|(?<![\p{L}])(?:пиш|напиш|звон|позвон|связ|мобильн|вотсап|ватсап|телеграм)\p{L}*|微信|手机|手機|联系|聯繫|加我|打电话|打電話|携帯|휴대폰|카톡/u;

/** Where the signature block starts in the normalised text (its first line after the closing), or -1. */
export function signatureStart(tc: TextContext): number {
  return once(tc, 'signatureStart', () => {
    const text = tc.norm.text;
    if (!text.includes('\n') || ASK.test(text)) return -1;
    const lines = text.split('\n');
    let offset = 0;
    let closingEnd = -1;
    let closingLine = -1;
    for (let i = 0; i < lines.length; i++) {
      if (CLOSING.test(lines[i]!.trim())) {
        closingLine = i;
        closingEnd = offset + lines[i]!.length;
      }
      offset += lines[i]!.length + 1;
    }
    if (closingLine < 0) return -1;
    const block = lines.slice(closingLine + 1).filter((l) => l.trim());
    if (block.length < 2 || block.length > 8) return -1;
    // Each line, or each part of it split by "|", is a field or a name; a Chinese mobile is a person's line.
    const parts = block.flatMap((l) => l.split(/\s[|·•]\s|\s{2,}/u)).map((p) => p.trim());
    const fine = parts.every(
      (p) =>
        !p ||
        (FIELD.test(p) && !/(?:\+?86[\s-]*)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}\b/u.test(p)) ||
        NAME_LINE.test(p) ||
        /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u.test(p),
    );
    return fine ? closingEnd + 1 : -1;
  });
}
