/**
 * Words on buttons and links ("View profile", "Visit store", "Contact supplier",
 * "查看店铺") are not names. Order and product pages often link the supplier's
 * minisite with such a label next to the name; taking the link text as the
 * supplier's name would misassign a fact, which is worse than leaving it unknown.
 * A text that ends like a company name ("Contact Lens Co., Ltd.", "Visit
 * Trading Co., Ltd.") is a name, whatever its first word.
 */
import { COMPANY_SUFFIX } from './titles';

const ACTION_START =
  /^(?:view|visit|see|go\s+to|open|enter|contact|chat|message|send|more|show|follow|check|start\s+order|request|get\s+(?:a\s+)?(?:quote|quotation|(?:the\s+)?latest\s+price|samples?)|inquire|inquiry|submit|ver|visitar|contactar|voir|visiter|contacter|besuchen|kontakt|ansehen|visualizar|acessar|entrar|查看|进入|联系|访问|更多|店铺|去店铺)\b/iu;
const ACTION_WORDS =
  /\b(?:profile|store|shop|supplier|seller|details?|now|more|perfil|tienda|loja|boutique|profil|fournisseur|vendeur|proveedor|fornecedor)\b|店铺|供应商|详情/iu;

export function isActionLabel(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return true;
  const words = t.split(' ').length;
  if (words > 4 || COMPANY_SUFFIX.test(t)) return false;
  return (
    ACTION_START.test(t) ||
    (words <= 2 && ACTION_WORDS.test(t) && !/[A-Z][a-z]+\s+(?:Co|Ltd|Inc|Limited)/.test(t))
  );
}
