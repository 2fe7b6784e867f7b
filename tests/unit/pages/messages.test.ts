import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMessages } from '../../../lib/pages/messages/extract';
import { createMessageReader } from '../../../lib/pages/messages/reader';
import { loadPage } from '../../support/fixtures';

const PAYLOAD = '<img src=x onerror=alert(1)>';

describe('extractMessages: the Maria Lopez / Jenny Chen conversation', () => {
  it('class-word markup: sides, names, ids, times, attachments', () => {
    const { doc, url } = loadPage('alibaba-messages/messenger-classes.html');
    const msgs = extractMessages(doc, url) ?? [];
    expect(msgs).toHaveLength(10); // the sidebar's conversation list is not mistaken for messages
    expect(msgs.map((m) => m.from)).toEqual([
      'supplier',
      'buyer',
      'supplier',
      'buyer',
      'system',
      'supplier',
      'supplier',
      'supplier',
      'supplier',
      'buyer',
    ]);
    expect(msgs[0]).toMatchObject({
      id: '7012345001',
      senderName: 'Jenny Chen',
      at: { raw: '09:12', iso: '2026-11-19T09:12' },
    });
    expect(msgs[2]?.attachments).toEqual([
      {
        name: 'sample-red.jpg',
        url: 'https://sc04.alicdn.com/kf/H5f1d2c3b4a5e6f7a8b9c0d1e2f3a4b5c6/sample-red.jpg',
        kind: 'image',
      },
    ]);
    expect(msgs[5]?.text).toContain("manager's personal account at Bank of China (Hong Kong)");
    expect(msgs[5]?.at?.iso).toBe('2026-11-20T14:05');
    expect(msgs[7]?.text).toContain('WhatsApp +86 138 0013 8000');
    expect(msgs[1]?.text).not.toMatch(/\bRead\b$/); // delivery marks are not message text
    expect(msgs[8]?.attachments[0]).toMatchObject({ kind: 'file', name: 'PI-218834501001020304-v2.pdf' });
  });

  it('hashed markup: sides from inline alignment, then from the sender name learnt on aligned bubbles', () => {
    const { doc, url } = loadPage('alibaba-messages/messenger-hashed.html');
    const msgs = extractMessages(doc, url) ?? [];
    expect(msgs.length).toBeGreaterThanOrEqual(7);
    expect(msgs.map((m) => [m.senderName, m.from])).toEqual([
      ['Jenny Chen', 'supplier'],
      ['Maria Lopez', 'buyer'],
      ['Jenny Chen', 'supplier'],
      ['Maria Lopez', 'buyer'],
      ['Jenny Chen', 'supplier'],
      ['Jenny Chen', 'supplier'],
      ['Jenny Chen', 'supplier'],
      ['Jenny Chen', 'supplier'],
      ['Maria Lopez', 'buyer'],
    ]);
    expect(msgs[4]?.at).toEqual({ raw: '14:05', iso: '2026-11-20T14:05' });
    expect(new Set(msgs.map((m) => m.id)).size).toBe(msgs.length);
  });

  it('keeps an HTML payload as literal text in both variants', () => {
    for (const path of [
      'alibaba-messages/messenger-classes.html',
      'alibaba-messages/messenger-hashed.html',
    ]) {
      const { doc, url } = loadPage(path);
      const msg = (extractMessages(doc, url) ?? []).find((m) => m.text.includes('Updated PI'));
      expect(msg?.text).toBe(`Updated PI with the new bank details ${PAYLOAD}`);
      expect(msg?.attachments.some((a) => a.url === 'x')).toBe(false);
    }
  });

  it('a known buyer name decides the side when markup gives none', () => {
    const { doc, url } = loadPage('alibaba-messages/messenger-hashed.html');
    for (const el of Array.from(doc.querySelectorAll('[style]'))) el.removeAttribute('style');
    const msgs = extractMessages(doc, url, { buyerName: 'maria lopez' }) ?? [];
    expect(msgs.filter((m) => m.from === 'buyer').map((m) => m.senderName)).toEqual([
      'Maria Lopez',
      'Maria Lopez',
      'Maria Lopez',
    ]);
    expect(msgs.find((m) => m.senderName === 'Jenny Chen')?.from).toBe('unknown');
  });

  it('AliExpress chats: data-role markup and hashed markup with a date separator', () => {
    const roles = loadPage('aliexpress-messages/msg-detail-data-role.html');
    const a = extractMessages(roles.doc, roles.url) ?? [];
    expect(a.map((m) => m.from)).toEqual([
      'system',
      'buyer',
      'supplier',
      'supplier',
      'buyer',
      'supplier',
      'supplier',
    ]);
    expect(a[3]?.text).toContain('PayPal friends and family');
    expect(a[5]?.id).not.toBe(a[6]?.id); // two identical "ok" bubbles stay two messages
    const hashed = loadPage('aliexpress-messages/msg-index-hashed.html');
    const b = extractMessages(hashed.doc, hashed.url) ?? [];
    expect(b.map((m) => m.from)).toEqual(['buyer', 'supplier', 'supplier', 'buyer']);
    expect(b[2]?.at).toEqual({ raw: '11:42', iso: '2026-11-20T11:42' });
  });

  it('is null on a page without a conversation', () => {
    const { document } = parseHTML('<html><body><p>Welcome</p></body></html>');
    expect(extractMessages(document as unknown as Document, 'https://message.alibaba.com/')).toBeNull();
  });
});

describe('createMessageReader', () => {
  it('returns each message once while messages are appended', () => {
    const { doc } = loadPage('alibaba-messages/messenger-classes.html');
    const list = doc.querySelector('.message-list') as Element;
    const later = Array.from(list.children).slice(7);
    for (const el of later) el.remove();
    const reader = createMessageReader();
    const first = reader.read(doc.body);
    expect(first.map((m) => m.id)).toEqual([
      '7012345001',
      '7012345002',
      '7012345003',
      '7012345004',
      '7012345005',
    ]);
    expect(reader.read(doc.body)).toEqual([]);
    for (const el of later) list.appendChild(el);
    const second = reader.read(doc.body);
    expect(second.map((m) => m.id)).toEqual([
      '7012345006',
      '7012345007',
      '7012345008',
      '7012345009',
      '7012345010',
    ]);
    // A re-rendered copy of an old bubble (same data-msg-id, new element) is not returned again.
    list.appendChild((list.children[1] as Element).cloneNode(true));
    expect(reader.read(doc.body)).toEqual([]);
    expect(reader.seen()).toBe(10);
  });

  it('reads 10,000 messages once, across 100 appends, without re-reading old ones', () => {
    const { document } = parseHTML('<html><body><div id="chat"></div></body></html>');
    const chat = document.getElementById('chat') as unknown as Element;
    const reader = createMessageReader();
    let total = 0;
    for (let batch = 0; batch < 100; batch++) {
      const html: string[] = [];
      for (let i = 0; i < 100; i++) {
        const n = batch * 100 + i;
        const side = n % 3 === 0 ? 'self' : 'other';
        html.push(
          `<div class="msg msg--${side}"><span class="name">${side === 'self' ? 'Maria' : 'Jenny'}</span><p>Message number ${n}</p><span class="time">${String(8 + (n % 10)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}</span></div>`,
        );
      }
      chat.insertAdjacentHTML('beforeend', html.join(''));
      total += reader.read(document.body as unknown as ParentNode).length;
    }
    expect(total).toBe(10_000);
    expect(reader.seen()).toBe(10_000);
    expect(reader.read(document.body as unknown as ParentNode)).toEqual([]);
  });
});
