/** Parley's version as the server reports it in provenance and /api/health. */
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
