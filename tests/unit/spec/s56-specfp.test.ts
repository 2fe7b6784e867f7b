import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/** Stop 56: precise lines the spec checker called vague. Lines written for this stop, in several languages. */
const rules = (line: string) =>
  checkSpecLine(line)
    .map((f) => f.rule)
    .filter((r) => r.startsWith('vague-'));

describe('s56 specfp: precise lines stay clear', () => {
  it.each([
    // A tool steel named by its JIS or AISI class, joined to the steel word in any language, or alone.
    'Material: SK5',
    'Cutter blade: SK-5 steel, 58 HRC',
    'Messer: SK5-Stahl, 57 HRC',
    'Cuchilla: acero SK5, 57 HRC',
    '剪刀片：SK5钢，硬度57HRC',
    'Knife blade: D2 tool steel, 60 HRC',
    // A part whose stock is named by a family word with its gauge, or by its width, thickness and breaking load.
    'Grommet: aluminium 0.5 mm, double folded edge',
    'Lid: glass 4 mm, tempered',
    'Strap: 25 mm polyester, 1.4 mm thick, breaking strength ≥ 180 kg',
    'Gurtband: 25 mm Polyester, 1,4 mm dick, Bruchlast ≥ 180 kg',
    // The habit word with the count per carton and the gross-weight ceiling.
    'Packing: normal export carton, 120 pcs/ctn, max G.W. 14 kg',
    'Packing: standard carton, 60 pcs per carton, G.W. max 15 kg',
    'Embalagem: caixa padrão de exportação, 40 peças por caixa, peso bruto máx. 14 kg',
    // Names each with its count of goods: the names are the variants counted.
    'Colours: Sand 1,800 / Slate 1,200 / Moss 900 pcs',
    'Colour split: Ivory 600 / Clay 400 / Sage 400',
    // A weight with its percentage band in brackets.
    'Fabric weight: 180 gsm (±5%)',
    'Gramaje: 200 g/m² (±3 %)',
    'Load: 8/12/20 kg (±10%)',
    // A colour code, then the physical chip said to come with it.
    'Colour: RAL 7035, colour chip supplied by buyer',
    'Couleur : RAL 3020, nuancier fourni',
    'Farbe: RAL 5015, Farbmuster liegt bei',
    'Cor: Pantone 300 C, amostra de cor enviada',
    // The print held to an approved artwork by its version, in the buyer's language.
    'Logotipo: serigrafia 1 cor, Pantone 300 C, conforme arte aprovada v2',
    'Logo: tampografía 2 colores, Pantone 300 C y negro, según arte aprobado rev. C',
    'Logo : sérigraphie 1 couleur, Pantone 300 C, selon BAT validé v4',
    'Logo: Siebdruck 1-farbig, Pantone 300 C, gemäß freigegebenem Artwork Version 2',
    // The placement field answered by a measured place.
    'Logo position: left chest, 7 cm below shoulder seam',
    'Posição do logo: peito esquerdo, 7 cm abaixo da costura do ombro',
    'Position du logo : poitrine gauche, 7 cm sous la couture',
    // A zinc flake system's top coat, with its salt-spray hours.
    'Coating: zinc flake, black, 600 h NSS per ISO 9227',
    'Beschichtung: Zinklamelle, silber, 480 h NSS',
  ])('clear: %s', (line) => expect(rules(line)).toEqual([]));
});

describe('s56 specfp: vague look-alikes stay flagged', () => {
  it.each([
    'Packing: standard export carton',
    'Packing: normal export carton, 120 pcs/ctn',
    'Blade: steel, good hardness',
    'Material: steel',
    'Cover: glass, strong',
    'Handle: plastic 3 mm',
    'Colour: as picture',
    'Colour: Pantone close to sample',
    'Color: chip supplied',
    'Color: black, colour chip supplied',
    'Logo: silk screen, per artwork',
    'Logotipo: serigrafia, conforme arte',
    'Logo position: centre front',
    'Logo position: about 7 cm below collar',
    'Logo position: 5 cm below collar, to be confirmed',
    'Size: S 50 / M 52 / L 54',
    'Size: S, M, L, big size',
    'Weight: 2 kg (±20%)',
    'Weight: 2 kg (approx.)',
  ])('flagged: %s', (line) => expect(rules(line).length).toBeGreaterThan(0));
});
