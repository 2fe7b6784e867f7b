/** Quantity words more than one check needs. */
import { anyOf, cjk, latinWords } from './patterns';

/** "MOQ 500 pcs", "minimum order: at least 500": a floor is what an MOQ is, not an order quantity. */
export const MOQ = anyOf(
  latinWords([
    'MOQ',
    'min(?:imum|\\.)? (?:order|purchase|qty|quantity)',
    'pedido mínimo',
    'cantidad mínima',
    'commande minimum',
    'quantité minimale',
    'Mindest(?:bestell)?menge',
    'Mindestabnahme',
    'pedido mínimo',
    'quantidade mínima',
    'quantità minima',
    'ordine minimo',
  ]),
  cjk(['起订', '最小订量', '最低订量', '起订量']),
);
