import { runChatScanSpeed } from './chat-scan-core';

// Exposed for chat-chromium.ts, which calls it inside the page with performance.now as the clock.
(window as unknown as { runChatScanSpeed: typeof runChatScanSpeed }).runChatScanSpeed = runChatScanSpeed;
