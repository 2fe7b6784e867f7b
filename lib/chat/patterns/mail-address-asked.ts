import { anyOf, type ChatPattern } from '../match';

/**
 * The buyer's mailbox asked for in forms the older asks miss (stop 56): Italian and Vietnamese asks for the e-mail
 * ("mi dia la sua email", "anh cho em xin email"), and the bare "address" asked for in a message that sends something
 * by mail ("donnez-moi votre adresse, je vous envoie le catalogue par mail", "geben Sie mir Ihre Adresse, ich schicke
 * es per Mail", "send me your address, I'll e-mail the file, it is too big for this chat"). Asked for, the mailbox is
 * where the talk goes on. An address asked in a sentence about shipping ("votre adresse pour l'envoi par DHL", "il suo
 * indirizzo per la spedizione") is where the parcel goes, not a move. Words over normalised text.
 */

/** "Your address" asked for: give / send / leave / tell me, in the languages read in Latin letters. */
const ADDRESS_ASKED = [
  "\\b(?:give|send|leave|share|tell|drop|provide)\\s+(?:me|us)\\s+(?:your|ur)\\s+address\\b|\\b(?:what'?s|what\\s+is)\\s+(?:your|ur)\\s+address\\b",
  '\\b(?:donne[sz]?|envoye[sz]?|laisse[sz]?|communique[sz]?|indique[sz]?)(?:-|\\s+)(?:moi|nous)\\s+(?:votre|ton|vos)\\s+(?:adresse|coordonnees)\\b',
  '\\b(?:geben|schicken|senden|nennen)\\s+sie\\s+(?:mir|uns)\\s+(?:bitte\\s+)?(?:ihre|eure)\\s+adresse\\b',
  '\\b(?:dame|deme|pasame|paseme|mandame|enviame|envieme|dejame|dejeme)\\s+(?:tu|su)\\s+direccion\\b|\\b(?:me\\s+)?(?:passa|passe|manda|mande|envia|envie)(?:-me)?\\s+(?:o\\s+)?(?:seu|teu)\\s+endereco\\b',
  '\\b(?:mi|ci)\\s+(?:dia|dai|date|mandi|manda|invii|scriva|scrivi|lasci|lascia|lasciate)\\s+(?:il\\s+suo|il\\s+tuo|il\\s+vostro)\\s+indirizzo\\b',
  '\\b(?:podaj|prosze\\s+podac|prosze\\s+o)\\s+(?:swoj\\s+|pana\\s+|pani\\s+)?adres\\b',
].join('|');
/** Something sent by mail in the message: "par mail", "per Mail", "by e-mail", "por correo", "qua email", "mailem". */
const BY_MAIL =
  /\b(?:par|per|by|via|por|pelo|qua|lewat|via\s+l'|tramite)\s+(?:e-?mail|mail|courriel|correo|correio|posta\s+elettronica|gmail)\b|\be-?mail\s+(?:it|them|you|the)\b|\bmailem\b|\be-?postayla\b/u;
/** The address's own sentence speaks of a parcel: where it goes, not a mailbox. */
const SHIPPING =
  /\b(?:ship\w*|deliver\w*|freight|fracht\w*|trasport\w*|fret|flete|frete|courier|parcel|package|sample\s+shipment|livraison|livrer|envoi\s+(?:de\s+l'|du|des)\s*(?:echantillon|colis)|colis|expedition|dhl|fedex|ups|spedizion\w*|consegn\w*|pacco|versand|lieferung|paket|envio|entrega|paquete|encomenda|wysylk\w*|dostaw\w*|paczk\w*|kargo|postal|street|rue|strasse|calle|rua|via\s+\w+\s+\d)\b/u;

/** Paperwork sent by mail: an invoice or a receipt ("fattura", "hóa đơn", "factura", "Rechnung"). */
const INVOICE = /\b(?:fattur\w*|ricevut\w*|invoice\w*|receipt|factur\w*|rechnung\w*|fatura\w*|hoa\s+don)\b/u;

export const MAIL_ADDRESS_ASKED_MOVES: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|gmail/,
    // The mailbox asked for an invoice or a receipt while the payment stays in the order is paperwork, not a move.
    unless: INVOICE,
    unlessIn: 'sentence',
    re: anyOf(
      '\\b(?:mi|ci)\\s+(?:dia|dai|date|mandi|manda|invii|scriva|scrivi|lasci|lascia|lasciate)\\s+(?:la\\s+sua|la\\s+tua|la\\s+vostra|il\\s+suo|il\\s+tuo)\\s+(?:e-?mail|mail|posta\\s+elettronica)\\b',
      '\\b(?:cho|gui|de\\s+lai|nhan)\\s+(?:em|minh|toi|shop|ben\\s+em)\\s+(?:xin\\s+)?(?:cai\\s+)?(?:e-?mail|mail|gmail|dia\\s+chi\\s+(?:e-?mail|mail|gmail))\\b|\\bxin\\s+(?:dia\\s+chi\\s+)?(?:e-?mail|gmail)\\b',
    ),
  },
  {
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /address|adress|direccion|endereco|indirizzo|adres|coordonnees/,
    needs: BY_MAIL,
    needsIn: 'message',
    unless: SHIPPING,
    unlessIn: 'sentence',
    re: anyOf(ADDRESS_ASKED),
  },
];
