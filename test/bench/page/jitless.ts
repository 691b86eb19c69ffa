import { z } from 'zod';

/*
 * Imported first, because schemas decide at construction whether they may
 * compile parsers with `new Function`. Code evaluated through DevTools passes
 * zod's probe, but the parsers then run under the app's CSP, which forbids it
 * (as soon as they run outside the evaluate call); the app itself is jitless.
 */
z.config({ jitless: true });
