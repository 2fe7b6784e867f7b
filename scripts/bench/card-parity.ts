import { isDeepStrictEqual } from 'node:util';
import { contentWorld, shadowView } from '../browser/content-world';
import { launchWithExtension } from '../browser/launch';
import { routeSamples, startSampleServer } from '../browser/serve-samples';
import { samplePages } from '../sample-pages';

/**
 * No behaviour change between two builds: on every sample page, the card's text (read inside its closed
 * shadow root) and the snapshot the background stored for the tab must be the same in both.
 * Usage: TRADEGUARD_SHARED=… npx tsx scripts/bench/card-parity.ts <build dir A> <build dir B>
 */
interface Seen {
  card: string | null;
  snapshot: unknown;
}

/** How long a page may take to be judged; TRADEGUARD_PARITY_WAIT_MS on a loaded machine (6 s leaves some out). */
const WAIT_MS = Number(process.env.TRADEGUARD_PARITY_WAIT_MS ?? 6_000);

/** Times that differ from load to load, not what the page says. */
const MOMENT = /^(capturedAt|readAt|seenAt|at)$/;
const withoutMoments = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value ?? null, (key, v) => (MOMENT.test(key) ? undefined : v)));

async function seenIn(dir: string): Promise<Map<string, Seen>> {
  const pages = samplePages();
  const server = await startSampleServer(pages);
  const browser = await launchWithExtension({ extensionDir: dir, headless: true });
  await routeSamples(browser.context, pages, server);
  const seen = new Map<string, Seen>();
  try {
    // TRADEGUARD_PARITY_ONLY=<file suffix>: one page (to look at a difference), with what each build saw printed.
    const only = process.env.TRADEGUARD_PARITY_ONLY;
    for (const sample of pages.filter((p) => !only || p.file.endsWith(only))) {
      const page = await browser.context.newPage();
      try {
        await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
        const judged = await page
          .locator('tradeguard-card[data-timing]')
          .waitFor({ state: 'attached', timeout: WAIT_MS })
          .then(() => true)
          .catch(() => false);
        let card: string | null = null;
        if (judged) {
          const world = await contentWorld(page, browser.extensionId);
          card = (await shadowView(world, 'tradeguard-card')).text;
          await world.close();
        }
        const stored = (await browser.worker.evaluate(() => chrome.storage.session.get(null))) as Record<
          string,
          { url?: string }
        >;
        const snapshot = Object.values(stored).find(
          (v) => v && typeof v === 'object' && v.url === sample.url,
        );
        seen.set(sample.file, { card, snapshot: withoutMoments(snapshot) });
        if (only) console.log(JSON.stringify({ dir, card, snapshot: withoutMoments(snapshot) }));
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return seen;
}

async function main(a: string, b: string) {
  const [left, right] = [await seenIn(a), await seenIn(b)];
  let same = 0;
  let cards = 0;
  for (const [file, l] of left) {
    const r = right.get(file);
    if (l.card !== null) cards++;
    if (r && l.card === r.card && isDeepStrictEqual(l.snapshot, r.snapshot)) same++;
    else
      console.log(
        `DIFFERENT ${file}: card ${l.card === r?.card ? 'same' : 'differs'}, snapshot ${isDeepStrictEqual(l.snapshot, r?.snapshot) ? 'same' : 'differs'}`,
      );
  }
  console.log(
    `${same} of ${left.size} sample pages: same card text and same stored snapshot (${cards} with a card)`,
  );
  process.exitCode = same === left.size ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) void main(process.argv[2] ?? '', process.argv[3] ?? '');
