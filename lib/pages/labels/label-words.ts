/**
 * Words that label a supplier on a card or a profile and are therefore never
 * its name, whatever element or key they sit in. Issue 11 reports an older
 * search layout whose 20 offers all came back with the supplier "Supplier";
 * the rest are the labels and badges next to names in the real captures
 * (company cards, search cards, shop signs) and their en/fr/es/de/pt forms.
 * Compared lower-case and accent-free (shapes.labelWordKey).
 */
export const LABEL_WORDS = new Set([
  'supplier',
  'suppliers',
  'company',
  'company name',
  'seller',
  'store',
  'shop',
  'manufacturer',
  'trading company',
  'verified',
  'verified supplier',
  'verified pro',
  'gold supplier',
  'trade assurance',
  'contact supplier',
  'contact details',
  'view profile',
  'company profile',
  'visit store',
  'chat now',
  'home',
  'homepage',
  'products',
  'product categories',
  'contacts',
  'contact us',
  'about us',
  'company overview',
  'profile',
  'fournisseur',
  'societe',
  'nom de la societe',
  'proveedor',
  'empresa',
  'lieferant',
  'firma',
  'fornecedor',
  'loja',
  'tienda',
  'boutique',
]);
