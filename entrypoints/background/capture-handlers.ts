import type { Handlers } from '../../lib/messaging/router';

/** Capture into the evidence vault (screenshots, page snapshots, chat messages). Wired in full by the vault work. */
export const captureHandlers: Pick<Handlers, 'ui/capture' | 'content/save-message'> = {
  'ui/capture': async () => ({ ok: false, message: 'Capture is not available yet.', itemIds: [] }),
  'content/save-message': async () => ({ ok: false, message: 'Saving messages is not available yet.', itemIds: [] }),
};

/** Context menus, keyboard command: registered at start-up. */
export function registerCaptureEntryPoints(): void {}
