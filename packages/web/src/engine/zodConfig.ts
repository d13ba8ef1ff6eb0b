/**
 * Imported first by each worker: zod (inside @parley/model) otherwise probes `new Function` to
 * decide whether it may compile validators, and under the app's CSP that probe is reported as a
 * policy violation even though zod recovers. Jitless validation is plenty fast for scenarios.
 */
import * as z from 'zod';

z.config({ jitless: true });
