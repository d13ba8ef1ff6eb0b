export { createServer, defaultWorkerUrl, type ParleyServer } from './createServer.ts';
export {
  ConfigError,
  resolveOptions,
  type ServerOptions,
  type ResolvedOptions,
} from './options.ts';
export { MigrationError, DATABASE_FILE } from './db/openDatabase.ts';
