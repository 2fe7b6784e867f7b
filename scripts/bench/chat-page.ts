import type { BrowserContext, Page } from '@playwright/test';
import { loadSeedMessages, realisticMix } from './chat-scan-speed';

/**
 * The chat guard's cost in the buyer's chat tab (issue 14), printed by the content-script benchmark:
 * N messages (the realistic mix, 1 risky in 20, as supplier bubbles) appended to the Message Center
 * page at once, then, from Chromium's trace of that tab, until the marks stop changing:
 * - the tab's main-thread time (all its top-level tasks: the page's layout and paint of the N bubbles,
 *   and everything the chat guard does there), and the part in timer callbacks (the guard reads, and
 *   scanned before issue 14, in its settle timer);
 * - the time until the marks are in (a wait for the buyer, not the page's time);
 * - the floor in the same tab: a bare loop over the same N texts (toLowerCase), and the ratio to it.
 */
export const CHAT_PAGE_MESSAGES = 2_000;
/** The marks are in when their count has not changed for this long (a cold background scans a while first). */
const SETTLED_MS = 6_000;

export interface ChatPageLoad {
  mainThreadMs: number;
  timerMs: number;
  marksMs: number;
  marks: number;
  floorMs: number;
}

function append(texts: string[]): void {
  const list = document.querySelector('.message-list')!;
  const template = list.querySelector('.message-item--other')!;
  texts.forEach((text, i) => {
    const bubble = template.cloneNode(true) as Element;
    bubble.setAttribute('data-msg-id', `bench-${i}`);
    bubble.querySelector('[data-tradeguard-chat]')?.remove();
    bubble.querySelector('.message-image')?.remove();
    bubble.querySelector('.message-content')!.textContent = text;
    list.appendChild(bubble);
  });
}

/** One pass is well under the page clock's resolution: the average of 200 passes. */
function floorInTab(texts: string[]): number {
  const started = performance.now();
  let n = 0;
  for (let k = 0; k < 200; k++) for (const t of texts) n += t.toLowerCase().length;
  return (performance.now() - started) / 200 + (n < 0 ? 1 : 0);
}

export async function chatPageOnce(context: BrowserContext, url: string): Promise<ChatPageLoad | null> {
  const texts = realisticMix(loadSeedMessages())
    .filter((m) => m.from !== 'buyer')
    .slice(0, CHAT_PAGE_MESSAGES)
    .map((m) => m.text);
  const page: Page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-tradeguard-chat]').first().waitFor({ timeout: 15_000 });
    const before = await page.locator('[data-tradeguard-chat]').count();
    const cdp = await context.newCDPSession(page);
    const events: {
      name: string;
      ph: string;
      pid: number;
      tid: number;
      dur?: number;
      args?: { name?: string };
    }[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
      transferMode: 'ReportEvents',
    });
    const started = Date.now();
    await page.evaluate(append, texts);
    let marks = before;
    let changedAt = Date.now();
    while (Date.now() - changedAt < SETTLED_MS) {
      const n = await page.locator('[data-tradeguard-chat]').count();
      if (n !== marks) {
        marks = n;
        changedAt = Date.now();
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await cdp.send('Tracing.end');
    await complete;
    // The tab's renderer main thread: of the renderers' main threads in the trace, the busiest (it lays out the N bubbles).
    const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const sumOn = (t: { pid: number; tid: number }, name: string) =>
      events
        .filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.name === name)
        .reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    const main = mains.sort((a, b) => sumOn(b, 'RunTask') - sumOn(a, 'RunTask'))[0];
    const sum = (name: string) => (main ? sumOn(main, name) : Number.NaN);
    const floorMs = await page.evaluate(floorInTab, texts);
    return {
      mainThreadMs: sum('RunTask'),
      timerMs: sum('TimerFire'),
      marksMs: changedAt - started,
      marks: marks - before,
      floorMs,
    };
  } finally {
    await page.close();
  }
}

export function reportChatPage(label: string, loads: ChatPageLoad[], tried: number): void {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const m = (pick: (l: ChatPageLoad) => number) => median(loads.map(pick));
  console.log(
    `${label} chat tab, ${CHAT_PAGE_MESSAGES} messages appended (${loads.length}/${tried} runs): ` +
      `main-thread median ${m((l) => l.mainThreadMs).toFixed(0)} ms (of which timer callbacks ${m((l) => l.timerMs).toFixed(0)} ms) — ` +
      `floor (bare loop over the texts, same tab) ${m((l) => l.floorMs).toFixed(2)} ms, ratio ${m((l) => l.mainThreadMs / Math.max(l.floorMs, 0.01)).toFixed(0)}; ` +
      `[wait] marks in after ${m((l) => l.marksMs).toFixed(0)} ms (${m((l) => l.marks)} new marks); ` +
      `all main-thread: ${loads.map((l) => l.mainThreadMs.toFixed(0)).join(', ')}`,
  );
}
