import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../lib/chat/transcript';
import { runScanChat } from '../../../lib/cli/scan-chat';

/**
 * Chats reach the command line as other tools export them. Whatever the shape, the buyer must see the
 * same warning on the same message: a refused file is a missed warning.
 */
const RISKY = 'Please send the deposit to my personal Alipay account, the platform fee is too high';
const SAFE = 'Thanks, I will place the order on Alibaba today';

function rulesPerMessage(input: string): { from: string; rules: string[] }[] {
  return runScanChat(input).messages.map((m) => ({ from: m.from, rules: m.findings.map((f) => f.rule) }));
}

describe('scan-chat reads the shapes chats are exported in', () => {
  const expected = [
    { from: 'supplier', rules: ['offplatform-payment'] },
    { from: 'buyer', rules: [] },
  ];

  it.each([
    [
      'documented JSON array',
      JSON.stringify([
        { from: 'supplier', text: RISKY },
        { from: 'buyer', text: SAFE },
      ]),
    ],
    [
      'sender / message keys',
      JSON.stringify([
        { sender: 'Seller', message: RISKY },
        { sender: 'Customer', message: SAFE },
      ]),
    ],
    [
      'role / content keys',
      JSON.stringify([
        { role: 'supplier', content: RISKY },
        { role: 'buyer', content: SAFE },
      ]),
    ],
    [
      'author object / body',
      JSON.stringify([
        { author: { name: 'Lily', role: 'seller' }, body: RISKY },
        { author: { role: 'buyer' }, body: SAFE },
      ]),
    ],
    [
      'wrapper object',
      JSON.stringify({
        chat: 'x',
        messages: [
          { from: 'vendor', text: RISKY },
          { from: 'me', text: SAFE },
        ],
      }),
    ],
    [
      'pretty-printed wrapper',
      JSON.stringify(
        {
          conversation: [
            { sender: 'factory', text: RISKY },
            { sender: 'client', text: SAFE },
          ],
        },
        null,
        2,
      ),
    ],
    ['JSONL with other keys', `{"sender":"seller","msg":"${RISKY}"}\n\n{"sender":"buyer","msg":"${SAFE}"}\n`],
    [
      'CSV with a quoted comma',
      `time,sender,message\n10:01,seller,"${RISKY.replace(',', ', ""ok"",')}"\n10:02,buyer,${SAFE}\n`,
    ],
    ['semicolon table', `from;text\nsupplier;${RISKY}\nbuyer;${SAFE}`],
    ['tab table with a byte-order mark', `\uFEFFauthor\tcontent\nsupplier\t${RISKY}\nbuyer\t${SAFE}`],
  ])('%s', (_shape, input) => {
    expect(rulesPerMessage(input)).toEqual(expected);
  });

  it("speakers named in the chat's own language are placed: a buyer asking about PayPal is not a supplier", () => {
    const input = `卖家: ${RISKY}\nComprador: can I pay by PayPal on the Alibaba order?\nAcheteur: ${SAFE}`;
    expect(runScanChat(input).messages.map((m) => m.from)).toEqual(['supplier', 'buyer', 'buyer']);
  });

  it('senders nobody can place are judged like a supplier, not refused', () => {
    const input = JSON.stringify([{ user: 'Lily', text: RISKY }, { from: 7, text: SAFE }, RISKY]);
    expect(rulesPerMessage(input)).toEqual([
      { from: 'unknown', rules: ['offplatform-payment'] },
      { from: 'unknown', rules: [] },
      { from: 'unknown', rules: ['offplatform-payment'] },
    ]);
  });

  it('plain text with no speaker: one message per line, or per paragraph when blank lines separate them', () => {
    expect(rulesPerMessage(`${SAFE}\n${RISKY}\n`)).toEqual([
      { from: 'unknown', rules: [] },
      { from: 'unknown', rules: ['offplatform-payment'] },
    ]);
    const paragraphs = runScanChat(`${SAFE}\nSee you.\n\n${RISKY}`).messages;
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]!.findings[0]?.rule).toBe('offplatform-payment');
  });

  it('a line opening with a contact or payment label is content, not a speaker named "WhatsApp"', () => {
    const result = runScanChat('Supplier: For faster reply add me\nWhatsApp: +86 138 2765 4410');
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]!.findings.map((f) => f.rule)).toContain('offplatform-contact');
    expect(
      result.messages[0]!.findings.find((f) => f.rule === 'offplatform-contact')?.details?.phones,
    ).toEqual(['+8613827654410']);
  });

  it('a block of bank details stays one message, with or without a speaker before it', () => {
    const block =
      'Please note our bank account has changed, new account below:\nBank Name: HSBC Hong Kong\n' +
      'Account No: 123456789012\nBeneficiary: Shenzhen Example Trading Co\nSWIFT code: HSBCHKHHXXX';
    for (const input of [`Supplier: ${block}\nBuyer: ok`, block]) {
      const [first] = runScanChat(input).messages;
      expect(first!.findings.map((f) => f.rule)).toEqual(
        expect.arrayContaining(['bank-details-change', 'payment-details']),
      );
      expect(first!.findings.find((f) => f.rule === 'payment-details')?.details?.accounts).toEqual([
        '123456789012',
      ]);
    }
  });

  it('text before the first speaker is kept as a message, not refused', () => {
    const result = runScanChat(`${RISKY}\nBuyer: ${SAFE}`);
    expect(rulesPerMessage(`${RISKY}\nBuyer: ${SAFE}`)).toEqual([
      { from: 'unknown', rules: ['offplatform-payment'] },
      { from: 'buyer', rules: [] },
    ]);
    expect(result.messages).toHaveLength(2);
  });
  it('a person whose name opens with a label word ("Wu Lei", "Line Zhang") still has the turn', () => {
    for (const name of ['Wu Lei', 'Wu Lei (10:32)', 'Line Zhang', 'Wise Chen']) {
      expect(rulesPerMessage(`Me: ${SAFE}\n${name}: ${RISKY}`)).toEqual([
        { from: 'buyer', rules: [] },
        { from: 'unknown', rules: ['offplatform-payment'] },
      ]);
    }
    // Labels of several words are still labels, and stay in the supplier's message.
    const block =
      "Our new account:\nAccount Holder's Name: Zhang Wei\nBank SWIFT/BIC: HSBCHKHH\nBank Name: HSBC";
    expect(parseTranscript(`Supplier: ${block}\nBuyer: ok`).map((m) => m.text)).toEqual([block, 'ok']);
  });

  it('a chat whose turns open with "[date time] Name:" is read, not refused as broken JSON', () => {
    const chat = `[2026-05-01 10:32] Lily: ${RISKY}\n[2026-05-01 10:40] Me: ${SAFE}`;
    expect(rulesPerMessage(chat)).toEqual([
      { from: 'unknown', rules: ['offplatform-payment'] },
      { from: 'buyer', rules: [] },
    ]);
    expect(() => runScanChat('[{"from":"supplier",')).toThrow(/^invalid JSON array: [^\n]+$/);
  });

  it('turns written "[Supplier] text" with no colon, or a bracketed word opening a message, are read as text', () => {
    expect(rulesPerMessage(`[Supplier] hello friend\n[Supplier] ${RISKY}\n[Buyer 10:41] ${SAFE}`)).toEqual([
      { from: 'supplier', rules: [] },
      { from: 'supplier', rules: ['offplatform-payment'] },
      { from: 'buyer', rules: [] },
    ]);
    expect(rulesPerMessage(`[note] ${RISKY}`)).toEqual([{ from: 'unknown', rules: ['offplatform-payment'] }]);
    // What opens like JSON and breaks is still said to be broken, not read as a chat.
    expect(() => runScanChat('[ "a", ')).toThrow(/^invalid JSON array/);
  });

  it('a first turn that ends in a column\'s name ("Hello, message") is a turn, not a table\'s header', () => {
    expect(rulesPerMessage(`Supplier: Hello, message\nSupplier: ${RISKY}`)).toEqual([
      { from: 'supplier', rules: [] },
      { from: 'supplier', rules: ['offplatform-payment'] },
    ]);
  });

  it("a table cell whose quote never closes does not swallow every later row into one buyer's message", () => {
    const table = `sender,message\nbuyer,"Hello, is this the final price\nsupplier,${RISKY}\nbuyer,ok`;
    expect(rulesPerMessage(table)).toEqual([
      { from: 'buyer', rules: [] },
      { from: 'supplier', rules: ['offplatform-payment'] },
      { from: 'buyer', rules: [] },
    ]);
  });
  it("a chat pasted with a long run of blanks (a page's indentation) is read, not left hanging", () => {
    // Before, each such line was tried against the speaker pattern in time growing with the cube of its
    // length: this chat never came back.
    const pasted = `Me: ${SAFE}\n${' '.repeat(20_000)}\t\nLily:${' '.repeat(20_000)}${RISKY}`;
    expect(rulesPerMessage(pasted)).toEqual([
      { from: 'buyer', rules: [] },
      { from: 'unknown', rules: ['offplatform-payment'] },
    ]);
  });
});
