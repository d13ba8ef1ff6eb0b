/**
 * Opens (creating if needed) the server's SQLite database, `parley.db` in the data directory,
 * and brings its schema up to date.
 *
 * - WAL journal: readers never block the writer, and a crash leaves the database consistent.
 * - `synchronous = FULL`: a transaction is on disk when its commit returns, so an acknowledged
 *   save survives a killed process and also a power cut (NORMAL would survive only the former).
 * - Foreign keys on (versions are deleted with their scenario), a busy timeout for the rare
 *   second process (a backup tool) holding a lock.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';

export const DATABASE_FILE = 'parley.db';

export interface OpenedDatabase {
  db: Kysely<Database>;
  /** The database file. */
  file: string;
  close(): Promise<void>;
}

/** Thrown when the schema cannot be migrated (a newer server wrote the file, or it is damaged). */
export class MigrationError extends Error {
  readonly code = 'migration-failed';
}

export async function openDatabase(dataDir: string): Promise<OpenedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error, results } = await new Migrator({
    db,
    provider: migrationProvider,
  }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`cannot migrate ${file} (migration ${failed}): ${String(error)}`);
  }
  return { db, file, close: () => db.destroy() };
}
