/**
 * A fragrance given by how it is liked: "Scent: pleasant", "Parfum : agréable", "Duft: angenehm", "香味：清香". A
 * perfume is fixed by its oil's supplier and code (or a retained standard); "pleasant" is the buyer's nose against
 * the supplier's, so any fragrance matches it.
 */
import { cjk, latinWords } from './patterns';

/** Labels that ask for the fragrance. */
export const SCENT_LABEL = `${latinWords(['scent', 'fragrance', 'smell', 'aroma', 'perfume', 'parfum', 'odeur', 'senteur', 'Duft', 'Geruch', 'fragancia', 'olor', 'fragrância', 'cheiro', 'profumo', 'fragranza', 'zapach', 'koku', 'mùi(?: hương)?', 'wangi(?:an)?', 'aroma', 'geur'])}|${cjk(['香味', '香型', '气味', '香り', '향'])}`;

/** The words that like a smell without naming it; read as the whole value after a scent label. */
export const SCENT_PRAISE = `^\\s*(?:(?:very|really|so|super|très|sehr|muy|molto|bem|muito)\\s)?(?:${latinWords(
  [
    'pleasant',
    'nice',
    'good',
    'fresh',
    'light',
    'soft',
    'natural',
    'lovely',
    'agréable',
    'frais',
    'fraîche',
    'doux',
    'douce',
    'léger',
    'légère',
    'angenehm',
    'frisch',
    'dezent',
    'agradable',
    'fresco',
    'fresca',
    'suave',
    'gradevole',
    'piacevole',
    'agradável',
    'przyjemny',
    'hoş',
    'güzel',
    'dễ chịu',
    'harum',
    'lekker',
    'aangenaam',
  ],
)}|清香|好闻|宜人|淡雅|清新|いい香り|良い香り|좋은)(?:\\s(?:smell|scent|fragrance|odeur|parfum|Duft|olor|aroma))?\\s*[.!。]?\\s*$`;
