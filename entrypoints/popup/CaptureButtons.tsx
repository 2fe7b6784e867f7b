import { create } from 'zustand';
import { useT } from '../../components/i18n/I18n';
import type { MessageKey } from '../../lib/i18n/keys';
import { msg } from '../../lib/i18n/msg';
import { english } from '../../lib/i18n/translate';
import { send } from '../../lib/messaging/client';
import type { CaptureResult } from '../../lib/messaging/protocol';

type CaptureWhat = 'screenshot' | 'page-snapshot' | 'conversation';

interface CaptureState {
  running: CaptureWhat | null;
  result: CaptureResult | null;
  capture(tabId: number, what: CaptureWhat): Promise<void>;
}

/** The popup's capture state: one capture at a time, and the background's sentence about it. */
export const useCaptureStore = create<CaptureState>((set, get) => ({
  running: null,
  result: null,
  async capture(tabId, what) {
    if (get().running) return;
    set({ running: what, result: null });
    const result = await send({ type: 'ui/capture', tabId, what }).catch((error: unknown): CaptureResult => {
      const text = msg('capture.result.failed', {
        detail: error instanceof Error ? error.message : String(error),
      });
      return { ok: false, message: english.render(text), text, itemIds: [] };
    });
    const none = msg('capture.result.noAnswer');
    set({
      running: null,
      result: result ?? { ok: false, message: english.render(none), text: none, itemIds: [] },
    });
  },
}));

const LABELS: Record<CaptureWhat, { idle: MessageKey; busy: MessageKey; testId: string }> = {
  screenshot: { idle: 'capture.screenshot', busy: 'capture.savingScreenshot', testId: 'capture-screenshot' },
  'page-snapshot': { idle: 'capture.page', busy: 'capture.savingPage', testId: 'capture-page' },
  conversation: {
    idle: 'capture.conversation',
    busy: 'capture.savingConversation',
    testId: 'capture-conversation',
  },
};

export interface CaptureButtonsProps {
  tabId: number;
  /** True on Alibaba / AliExpress message pages: offers the whole-conversation capture. */
  onMessagePage?: boolean;
}

/**
 * Evidence capture from the popup. Opening the popup is the user gesture that
 * grants activeTab, which is what lets the background take the screenshot.
 */
export function CaptureButtons({ tabId, onMessagePage = false }: CaptureButtonsProps) {
  const t = useT();
  const { running, result, capture } = useCaptureStore();
  const kinds: CaptureWhat[] = onMessagePage
    ? ['screenshot', 'conversation', 'page-snapshot']
    : ['screenshot', 'page-snapshot'];
  return (
    <section className="tg-capture" aria-label={t.t('capture.section')}>
      <p className="tg-capture__buttons">
        {kinds.map((what) => (
          <button
            key={what}
            type="button"
            className={what === 'screenshot' ? 'tg-button' : 'tg-button tg-button--quiet'}
            disabled={running !== null}
            data-testid={LABELS[what].testId}
            onClick={() => void capture(tabId, what)}
          >
            {t.render({ key: running === what ? LABELS[what].busy : LABELS[what].idle })}
          </button>
        ))}
      </p>
      <p
        role="status"
        aria-live="polite"
        data-testid="capture-result"
        data-ok={result ? String(result.ok) : undefined}
      >
        {result ? (result.text ? t.render(result.text) : result.message) : null}
      </p>
    </section>
  );
}
