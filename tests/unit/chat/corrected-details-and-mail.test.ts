import { describe, expect, it } from 'vitest';
import { runScanChat } from '../../../lib/cli/scan-chat';

function rules(text: string): string[] {
  return runScanChat(JSON.stringify([{ from: 'supplier', text }])).messages.flatMap((m) =>
    m.findings.map((f) => f.rule),
  );
}

describe('a correction needs an account or bank word, not bare "details"', () => {
  it.each([
    'I sent the wrong details, the correct details below: 500 pcs, blue',
    'the right details for your payment are below: Trade Assurance order link https://www.alibaba.com/xxx',
    'Ignore the previous details, our size chart changed: M is 52 cm',
  ])('does not flag: %s', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'I sent the wrong bank details, the correct bank details are below, please transfer today',
    'Please disregard the previous account details, pay to the new one below',
  ])('flags: %s', (text) => expect(rules(text)).toContain('bank-details-change'));
});

describe('a technical document by e-mail is its courier, unnamed details move the talk', () => {
  it.each([
    'we will send the data sheet by e-mail',
    'vi mando i dati tecnici per mail',
    'Ich schicke Ihnen die technischen Daten per Mail',
    'le envío la ficha técnica por correo',
    "I'll send the test report by email",
  ])('does not flag: %s', (text) => expect(rules(text)).not.toContain('offplatform-contact'));
  it.each([
    'Ich schicke Ihnen die Daten per Mail',
    'I send you the info by e-mail',
    'le mando los datos por correo',
  ])('flags: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
});
