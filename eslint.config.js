// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'crypto',
  'url',
  'process',
];

/** Engines are pure compute: they run in Node, in workers and in the browser. */
const engineBoundary = {
  files: ['packages/engines/src/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['node:*'],
            message: 'engines must not import Node built-ins (they run in browsers too).',
          },
          {
            group: ['@parley/report', '@parley/cli', '@parley/server', '@parley/web', '../../../*'],
            message:
              'engines may import only @parley/model and their own shared code (floors: model <- engines <- report <- cli).',
          },
        ],
        paths: [
          'fs',
          'path',
          'os',
          'child_process',
          'worker_threads',
          'crypto',
          'url',
          'process',
        ].map((name) => ({
          name,
          message: 'engines must not import Node built-ins.',
        })),
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'window', message: 'engines must not touch the DOM.' },
      { name: 'document', message: 'engines must not touch the DOM.' },
      { name: 'process', message: 'engines must not depend on the Node process.' },
    ],
    'no-restricted-properties': [
      'error',
      {
        object: 'Math',
        property: 'random',
        message: 'use the injected seeded RNG (engines/shared/rng).',
      },
      { object: 'Date', property: 'now', message: 'engines are deterministic: no clocks.' },
    ],
  },
};

/**
 * Engines never import each other: only `shared/` is common ground, and only `compare/` may
 * combine engines (see DESIGN.md, "Floors").
 */
const engineIsolation = ['gmcr', 'forecast', 'negotiate', 'games'].map((engine) => ({
  files: [`packages/engines/src/${engine}/**/*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['node:*'],
            message: 'engines must not import Node built-ins (they run in browsers too).',
          },
          {
            group: [
              '@parley/report',
              '@parley/cli',
              '@parley/server',
              '@parley/web',
              '@parley/engines',
            ],
            message: 'engines may import only @parley/model and their own shared code.',
          },
          {
            group: ['gmcr', 'forecast', 'negotiate', 'games', 'compare']
              .filter((other) => other !== engine)
              .flatMap((other) => [`../${other}/*`, `../../${other}/*`, `../../../${other}/*`]),
            message: `the ${engine} engine must not import another engine; share code through engines/src/shared or combine engines in compare/.`,
          },
        ],
        paths: NODE_BUILTINS.map((name) => ({
          name,
          message: 'engines must not import Node built-ins.',
        })),
      },
    ],
  },
}));

/** The model is the bottom floor. */
const modelBoundary = {
  files: ['packages/model/src/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['node:*'], message: 'model runs in browsers too: no Node built-ins.' },
          {
            group: ['@parley/engines', '@parley/report', '@parley/cli'],
            message: 'model is the bottom floor.',
          },
        ],
      },
    ],
  },
};

const reportBoundary = {
  files: ['packages/report/src/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@parley/cli', '@parley/server', '@parley/web'],
            message: 'report sits below cli.',
          },
        ],
      },
    ],
  },
};

/** Views compute view data in browser workers and on the server: no Node, no DOM, no clocks. */
const viewsBoundary = {
  files: ['packages/views/src/**/*.ts'],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['node:*'], message: 'views run in browsers too: no Node built-ins.' },
          {
            group: ['@parley/cli', '@parley/server', '@parley/web'],
            message: 'views sit below cli, server and web.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'window', message: 'views must not touch the DOM.' },
      { name: 'document', message: 'views must not touch the DOM.' },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'views are deterministic: seed the engines.' },
      { object: 'Date', property: 'now', message: 'views are deterministic: no clocks.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  engineBoundary,
  ...engineIsolation,
  modelBoundary,
  reportBoundary,
  viewsBoundary,
  {
    files: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
);
