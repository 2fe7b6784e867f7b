import { anyOf } from '../../match';
import type { LanguagePatterns } from './pack';

/**
 * Italian. Modelled on Italian consumer and police warnings about Subito and Facebook Marketplace:
 * "ricarica PostePay", "bonifico istantaneo", talks moved to WhatsApp or Telegram, deals "fuori dalla
 * piattaforma". Accents folded ("società" → "societa").
 */
const PAY = /\b(?:pag\w*|bonifico|bonifici|vers\w*|mand\w*|invi\w*|ricaric\w*|accredit\w*)\b/;

export const IT: LanguagePatterns = {
  lang: 'it',
  payment: [
    {
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: /fuori/,
      re: anyOf('\\bfuori\\s+(?:dalla|da|dal)\\s+(?:piattaforma|app|sito|subito|ebay|vinted)\\b'),
    },
    {
      kind: 'contextual',
      what: 'a personal account or card',
      gate: /conto|mio|carta/,
      needs: PAY,
      re: anyOf(
        '\\bconto\\s+(?:personale|privato|mio)\\b|\\b(?:sul\\s+)?mio\\s+conto\\b|\\bcarta\\s+(?:personale|mia)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'a PostePay top-up (no buyer protection)',
      gate: /postepay|ricaric/,
      negationSpreads: true,
      brandWord: true,
      re: anyOf('\\bpostepay\\b|\\bricaric\\w*\\s+(?:la\\s+|una\\s+)?(?:carta|postepay)\\b'),
    },
    {
      kind: 'contextual',
      what: 'a direct transfer to the seller',
      gate: /dirett/,
      re: anyOf(
        '\\bbonifico\\s+(?:diretto|direttamente)\\b|\\bdirettamente\\s+(?:sul|a\\s+me|sul\\s+mio)\\b|\\b(?:pag|bonific|vers|mand)\\w*\\s+(?:\\S+\\s+){0,2}?direttamente\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'a payment "between friends"',
      gate: /amici|regalo/,
      re: anyOf('\\b(?:tra|fra)\\s+amici\\b|\\bamici\\s+e\\s+parenti\\b|\\bcome\\s+(?:un\\s+)?regalo\\b'),
    },
    {
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      gate: /rimbors/,
      re: anyOf(
        '\\brimbors\\w*\\b.{0,40}?\\b(?:ma\\s+prima|prima\\s+(?:devi|mi)|dopo\\s+che)\\b.{0,60}?\\b(?:manda|paga|invia|bonifico|versa|ricarica)\\w*',
      ),
    },
    {
      kind: 'contextual',
      what: "a purchase moved to the seller's own website",
      gate: /nostro|mio/,
      re: anyOf(
        '\\b(?:ordina|compra|acquista)\\w*\\s+(?:\\S+\\s+){0,2}?(?:dal|sul|nel)\\s+(?:nostro|mio)\\s+(?:sito|negozio|shop)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: "a related company's account",
      gate: /societa|filiale|sede/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf(
        '\\bsocieta\\s+(?:madre|sorella|controllata|collegata)\\b|\\b(?:filiale|sede)\\s+(?:di|a|in)\\s+(?:hong\\s+kong|singapore)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'another way to pay',
      gate: /metodo/,
      needs: /dirett|conto|personal|sconto|commission|postepay|whatsapp/,
      needsIn: 'message',
      re: anyOf(
        '\\b(?:altro|un\\s+altro)\\s+metodo\\s+(?:di\\s+)?pagamento\\b|\\bmetodo\\s+(?:di\\s+pagamento\\s+)?alternativo\\b',
      ),
    },
  ],
  bank: [
    {
      kind: 'explicit',
      negationInside: true,
      what: 'a changed, new or frozen account',
      gate: /conto|iban/,
      re: anyOf(
        '\\b(?:nuovo\\s+(?:conto|iban)|(?:conto|iban)\\s+(?:\\S+\\s+)?(?:cambiato|bloccato|congelato)|cambiato\\s+(?:il\\s+)?(?:conto|iban))\\b',
      ),
    },
  ],
  channels: [],
  moves: [
    {
      kind: 'explicit',
      what: 'an invitation to add or message the seller elsewhere',
      gate: /lasciami|dammi|mandami|passami|aggiung|scrivimi|sentiamoci/,
      unless:
        /corriere|spedizion|consegna|destinatario|indirizzo|ordine|tracciament|fattura|partita\s+iva|codice\s+fiscale/,
      re: anyOf(
        '\\b(?:lasciami|dammi|mandami|passami)\\s+(?:il\\s+)?(?:tuo\\s+)?(?:numero|contatto|cellulare|telefono|email)\\b',
        '\\bti\\s+aggiungo\\b|\\baggiungimi\\b',
        '\\bscrivimi\\s+(?:in\\s+privato|su|al)\\b|\\bsentiamoci\\s+(?:su|in\\s+privato)\\b',
      ),
    },
  ],
};
