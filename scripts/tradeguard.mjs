#!/usr/bin/env node
// The `tradeguard` command: runs the TypeScript CLI through tsx, so it works
// right after `npm ci` on a fresh clone (no separate build step).
import { register } from 'tsx/esm/api';

register();
await import('./tradeguard.ts');
