/**
 * Fit and feel set relative to something the order does not record: "a bit looser than last order", "slightly
 * tighter than the previous batch", "版型比上次宽松一点", "premium feel like the brand ones", "tolerance as tight
 * as possible". The reference is in nobody's hands at the dispute, and "a bit" has no figure, so no delivered
 * piece can be shown to miss it.
 */

import { anyOf, cjk, latinWords } from './patterns';

/** A previous order, batch or sample named only by its place in time. */
const EARLIER =
  '(?:(?:the |our |your )?(?:last|previous|earlier|old|former|first|latest) (?:order|batch|shipment|lot|production|run|one|version|sample|time)s?|before)';

/** "looser than last order", "un poco más holgado que el pedido anterior": a size or fit comparative. */
export const RELATIVE_FIT = anyOf(
  latinWords([
    `(?:(?:a )?(?:bit|little|touch|tad|slightly|somewhat|much) )?(?:looser|tighter|bigger|larger|smaller|longer|shorter|wider|narrower|thicker|thinner|roomier|slimmer) than ${EARLIER}`,
    '(?:un poco |algo |ligeramente )?más (?:holgad[oa]|ajustad[oa]|anch[oa]|estrech[oa]|grande|pequeñ[oa]|larg[oa]|cort[oa]) que (?:el|la) (?:pedido|lote|muestra|producción) (?:anterior|pasad[oa])',
    '(?:um pouco |ligeiramente )?mais (?:folgad[oa]|apertad[oa]|larg[oa]|justo|justa|grande|pequen[oa]|compri[dm][oa]|curt[oa]) (?:que|do que) (?:o|a) (?:último pedido|pedido anterior|lote anterior|última produção)',
    '(?:un peu |légèrement )?plus (?:ample|serrée?|large|étroite?|grande?|petite?|longue?|courte?) que (?:la|le) (?:dernière commande|commande précédente|lot précédent|dernier lot)',
    '(?:etwas |ein bisschen |leicht )?(?:weiter|enger|größer|kleiner|länger|kürzer|breiter|schmaler) als (?:bei )?(?:der|dem) (?:letzten|vorigen|vorherigen) (?:Bestellung|Charge|Lieferung|Muster)',
  ]),
  cjk([
    '比(?:上次|上一批|上批|之前|以前)(?:的)?(?:订单|货)?(?:稍微|稍|略|再)?(?:宽松|松|紧|大|小|长|短|宽|窄|厚|薄)(?:一点|一些|点)?',
  ]),
);
