export * from './diagnostic.ts';
export * from './statement/ast.ts';
export * from './scenario/schema.ts';
export * from './formats/gambit/index.ts';
