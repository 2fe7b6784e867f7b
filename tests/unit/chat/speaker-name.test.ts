import { describe, expect, it } from 'vitest';
import { looksLikeSenderName } from '../../../lib/chat/speaker-name';
import { parseTranscript } from '../../../lib/chat/transcript';
import { runScanChat } from '../../../lib/cli/scan-chat';

const rulesOf = (text: string) => runScanChat(text).messages.flatMap((m) => m.findings.map((f) => f.rule));

describe('a plain-text line whose words before the colon are the message, not a sender', () => {
  it('keeps the channel label in the text, so the move off the platform is found', () => {
    expect(
      rulesOf('Good morning friend, Line ID: bags_maker_88. Thai buyers get answers faster there'),
    ).toContain('offplatform-contact');
    expect(rulesOf('您好，请加我微信 wx: toys_factory_01 方便沟通')).toContain('offplatform-contact');
    expect(rulesOf('加我微信: toys_factory_01')).toContain('offplatform-contact');
  });

  it('keeps a payment instruction written before a colon', () => {
    const messages = parseTranscript('Pay by western union to: Chen Hao, Guangzhou');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toContain('western union');
    expect(rulesOf('Pay by western union to: Chen Hao, Guangzhou')).toContain('offplatform-payment');
  });

  it('still reads real senders: names, companies, user names, stamped lines', () => {
    const messages = parseTranscript(
      [
        'Lily Wang: hello, the samples are ready',
        'Bright Toys Co., Ltd: we ship on Monday',
        'kevin_w88: ok thanks',
        '王伟：好的',
        'Ana de Souza: obrigado',
      ].join('\n'),
    );
    expect(messages.map((m) => m.text)).toEqual([
      'hello, the samples are ready',
      'we ship on Monday',
      'ok thanks',
      '好的',
      'obrigado',
    ]);
  });

  it('tells names from clauses', () => {
    expect(looksLikeSenderName('Lily from Sales')).toBe(true);
    expect(looksLikeSenderName('义乌市明亮玩具有限公司')).toBe(true);
    expect(looksLikeSenderName('Hello dear, Line ID')).toBe(false);
    expect(looksLikeSenderName('my WeChat')).toBe(false);
    expect(looksLikeSenderName('请把货款转到这个账户')).toBe(false);
  });

  it('never glues a line it cannot place onto the buyer turn above it, so the request is still scanned', () => {
    const chat = [
      'Me: what is the MOQ?',
      'amy wang: 500 pcs. To save the fee pay to my PayPal amy.w@example.com directly',
      'Me: ok',
      'Lily, Sales Manager: please pay by western union to my name',
      'Me: and the sample?',
      'Hello dear, Line ID: bag_maker_88',
      'Me: ok',
      '12/03/2026, 10:32 - Lily Wang: pay via western union please',
    ].join('\n');
    const turns = runScanChat(chat).messages;
    const flagged = turns.filter((m) => m.findings.some((f) => f.rule.startsWith('offplatform'))).length;
    expect(turns.filter((m) => m.from === 'buyer').every((m) => m.findings.length === 0)).toBe(true);
    expect(flagged).toBe(4);
  });
});
