/** Parley's version, from the CLI package (bundled into dist/parley.js by tsup). */
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
