import { defineConfig } from 'tsup';

/**
 * One ESM file, dist/parley.js, with the workspace packages and npm dependencies bundled in, so
 * the CLI starts without resolving anything at run time. commander is CommonJS and requires
 * Node built-ins, hence the createRequire shim in the banner. The Monte Carlo worker
 * (src/pool/forecastWorker.ts) is bundled beside it as dist/forecast-worker.js, where
 * pool/monteCarloOnPool.ts looks for it when running from the bundle; likewise the games solver
 * worker (src/pool/gamesWorker.ts) as dist/games-worker.js for commands/gamesRun.ts.
 */
export default defineConfig({
  entry: {
    parley: 'src/main.ts',
    'forecast-worker': 'src/pool/forecastWorker.ts',
    'games-worker': 'src/pool/gamesWorker.ts',
  },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  bundle: true,
  splitting: false,
  sourcemap: false,
  dts: false,
  noExternal: [/.*/],
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __parleyCreateRequire } from 'node:module';",
      'const require = __parleyCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});
