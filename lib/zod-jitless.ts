import { z } from 'zod';

/**
 * zod 4 compiles fast object parsers with the Function constructor (eval)
 * unless told not to. Extension pages forbid eval, and store reviewers flag it,
 * so every entrypoint imports this module first. The build also removes that
 * code from the bundle (scripts/build/no-eval.ts); parsing is unchanged.
 */
z.config({ jitless: true });
