import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

const vague = (line: string) => checkSpecLine(line).filter((f) => f.rule.startsWith('vague-'));
const rules = (line: string) => vague(line).map((f) => f.rule);
const flagged = (line: string) => expect(rules(line).length).toBeGreaterThan(0);
const clean = (line: string) => expect(rules(line)).toEqual([]);

describe('s54n: AQL habit words beside the figures, and figures that are not the AQL', () => {
  it.each(['AQL: to industry standard 1.0/2.5', 'AQL: as per international standard, 4.0 for minor defects'])(
    'clean: %s',
    clean,
  );
  it.each([
    'AQL: standard',
    'Gross weight: 2.5 kg per box, AQL as usual',
    'Pre-shipment check: 4.0 hours, AQL normal',
    'AQL: normal; input 2.5 A',
  ])('flags: %s', flagged);
});

describe('s54n: ordinary goods compared beside the line’s own figure in any unit', () => {
  it.each([
    'Pull force: stronger than normal magnets, 45 kgf',
    'Life: longer than regular switches, 50000 cycles',
    'Output: brighter than ordinary torches, 900 lumen',
    'Reach: longer than common cables, 30 ft',
    'Firmness: softer than standard foam, ILD 22',
  ])('clean: %s', clean);
  it.each([
    'Light output: 4 times brighter than ordinary lamps',
    'Grip: stronger than a normal clamp',
    'Brightness: 60 percent brighter than normal bulbs',
  ])('flags: %s', flagged);
});

describe('s54n: a working range under a label carrying the unit', () => {
  it.each(['Cutting depth (mm): 1-20', 'Operating distance (mm): 10-60', 'Compatible pipe OD (mm): 8-16'])(
    'clean: %s',
    clean,
  );
  it.each(['Wall thickness (mm): 0.5-4', 'Length (cm): 20-45'])('flags: %s', flagged);
});

describe('s54n: thread and cord sized by their own counts', () => {
  it.each([
    'Filo: nylon spesso Tex 70',
    'Cord: thick 7-strand paracord per MIL-C-5040 type III',
    'Thread: thick polyester 210D',
  ])('clean: %s', clean);
  it.each(['Cable: thick copper', 'Wire: thick pure copper'])('flags: %s', flagged);
});

describe('s54n: a warranty period right after the habit word; blank values', () => {
  it.each(['Garantie : comme d’habitude, 3 ans', 'Warranty: as usual, 24 months'])('clean: %s', clean);
  it.each([
    'Warranty: as usual',
    'Warranty: t.b.c.',
    'Warranty terms: pending',
    'Certificates: we will advise',
  ])('flags: %s', flagged);
});

describe('s54n: Italian AQL by habit', () => {
  it.each(['AQL: secondo lo standard del settore'])('flags: %s', flagged);
  it.each(['AQL: secondo lo standard internazionale, 1.5/4.0'])('clean: %s', clean);
});
