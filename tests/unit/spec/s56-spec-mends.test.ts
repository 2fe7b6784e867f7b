import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * Stop 56, mended after the red team: a metric screw's "M4 steel" is no tool-steel grade; a share of something that is
 * not filtered stays clear when a filter word stands elsewhere on the line; a measured level with "as shown" is told
 * by its figure; a logo place given as a span or left to the factory stays open. Cases written for this stop.
 */
const vague = (line: string) => checkSpecLine(line).some((f) => f.rule.startsWith('vague-'));

describe('told vague', () => {
  it.each([
    'Bolts: M5 steel',
    'Schraube: M3-Stahl',
    'Logo position: right sleeve, 3-5 cm above cuff',
    'Logo position: back neck, 4 cm below seam, exact place per factory',
    'UV protection: blocks 98% or more',
  ])('%s', (line) => expect(vague(line)).toBe(true));
});

describe('precise and clear', () => {
  it.each([
    'Blade: D2 tool steel, 59-61 HRC',
    'Recycled content: min. 30% PCR; UV-stabilised LDPE',
    'Air filter: MERV 14 per ASHRAE 52.2, ≥ 90% at 1-3 µm',
    'Hardness: Shore A 70 ±5, as shown',
    'Logo position: centre back, 8 cm below collar',
  ])('%s', (line) => expect(vague(line)).toBe(false));
});
