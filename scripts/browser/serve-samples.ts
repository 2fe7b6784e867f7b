import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Request } from '@playwright/test';
import type { SamplePage } from '../sample-pages';

/**
 * Serves the sample pages on localhost and makes Chromium show each under its
 * real marketplace address: every https request is routed; a sample page's
 * address is answered from the local server, anything else is refused, so no
 * request ever leaves this machine.
 */
export interface SampleServer {
  origin: string;
  close(): Promise<void>;
}

const key = (url: string) => url.replace(/#.*$/, '');

export async function startSampleServer(pages: SamplePage[]): Promise<SampleServer> {
  const byIndex = pages.map((p) => p.file);
  const server: Server = createServer((req, res) => {
    const m = /^\/sample\/(\d+)$/.exec(req.url ?? '');
    const file = m ? byIndex[Number(m[1])] : undefined;
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(indexPage(pages));
      return;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not a sample page');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface RequestLogEntry {
  url: string;
  /** Who asked: a page's URL, or the extension's service worker. */
  from: string;
  answered: 'sample' | 'refused' | 'local';
}

/** Routes the browser context; returns the log of every request seen. */
export async function routeSamples(context: BrowserContext, pages: SamplePage[], server: SampleServer) {
  const index = new Map(pages.map((p, i) => [key(p.url), i]));
  const log: RequestLogEntry[] = [];
  const from = (req: Request) => {
    try {
      return req.serviceWorker()?.url() ?? req.frame().url();
    } catch {
      return req.serviceWorker()?.url() ?? 'unknown';
    }
  };
  await context.route('**/*', async (route) => {
    const req = route.request();
    const url = req.url();
    const i = index.get(key(url));
    if (url.startsWith('chrome-extension://')) return route.continue(); // the extension's own files
    if (url.startsWith(server.origin)) {
      log.push({ url, from: from(req), answered: 'local' });
      return route.continue();
    }
    if (i !== undefined && req.resourceType() === 'document') {
      log.push({ url, from: from(req), answered: 'sample' });
      const body = await fetch(`${server.origin}/sample/${i}`).then((r) => r.text());
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    log.push({ url, from: from(req), answered: 'refused' });
    return route.abort('blockedbyclient');
  });
  return log;
}

function indexPage(pages: SamplePage[]): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const rows = pages
    .map(
      (p) =>
        `<li><a href="${esc(p.url)}">${esc(p.url)}</a> <small>(${esc(p.expectedKind)}, ${p.origin})</small></li>`,
    )
    .join('\n');
  return `<!doctype html><meta charset="utf-8"><title>TradeGuard demo pages</title>
<h1>TradeGuard demo: sample marketplace pages</h1>
<p>Each link opens a sample page under its real address; this browser answers it from this computer.</p><ul>${rows}</ul>`;
}
