import { config } from 'zod';

/**
 * zod 4 compiles fast object parsers with the Function constructor (eval)
 * unless told not to. Extension pages forbid eval, and store reviewers flag it,
 * so every entrypoint imports this module first. The build also removes that
 * code from the bundle (scripts/build/no-eval.ts); parsing is unchanged.
 */
// Called by its own name, not as z.config: the build treats z.<anything>(…) as pure (wxt.config.ts), and
// would drop this call, whose only point is its effect.
config({ jitless: true });
