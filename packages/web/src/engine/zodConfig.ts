/**
 * Imported first by each worker and by the app's entry: zod (inside @parley/model) otherwise
 * probes `new Function` when it builds an object schema, to decide whether it may compile
 * validators, and under the app's CSP that probe is reported as a policy violation even though
 * zod recovers. Jitless validation is plenty fast for scenarios. Only zod's small core config is
 * imported, so the app's first chunk stays free of zod itself.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
