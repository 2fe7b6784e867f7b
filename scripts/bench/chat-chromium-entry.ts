import { profileChatScan, runChatScanSpeed } from './chat-scan-core';

// Exposed for chat-chromium.ts, which calls them inside the page with performance.now as the clock.
Object.assign(window, { runChatScanSpeed, profileChatScan });
