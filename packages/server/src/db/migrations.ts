/**
 * Schema migrations, applied in name order by Kysely's Migrator when the database opens. A
 * migration, once released, never changes: add a new one instead.
 */
import { type Kysely, type Migration, type MigrationProvider } from 'kysely';

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('scenarios')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('scenario_key', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('current_version', 'integer', (c) => c.notNull())
      .addColumn('origin', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('scenario_versions')
      .addColumn('scenario_id', 'text', (c) =>
        c.notNull().references('scenarios.id').onDelete('cascade'),
      )
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('meta', 'text', (c) => c.notNull())
      .addColumn('warnings', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('scenario_versions_pk', ['scenario_id', 'version'])
      .execute();
    // Runs outlive the scenario they ran on: a result keeps its provenance after a delete.
    await db.schema
      .createTable('runs')
      .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('engine', 'text', (c) => c.notNull())
      .addColumn('params', 'text', (c) => c.notNull())
      .addColumn('scenario_id', 'text')
      .addColumn('scenario_version', 'integer')
      .addColumn('input_hash', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('progress', 'real', (c) => c.notNull().defaultTo(0))
      .addColumn('phase', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text')
      .addColumn('finished_at', 'text')
      .addColumn('result', 'text')
      .addColumn('error', 'text')
      .addColumn('provenance', 'text')
      .execute();
    await db.schema.createIndex('runs_scenario').on('runs').column('scenario_id').execute();
    await db.schema.createIndex('runs_status').on('runs').column('status').execute();
  },
};

/**
 * Reusing a stored run (`reuse: true`, runs/reuse.ts) looks up succeeded runs by engine and
 * input hash, newest first; `seq` rides along in every SQLite index (it is the rowid), so the
 * newest-first order needs no sort.
 */
const runsReuse: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('runs_reuse')
      .on('runs')
      .columns(['engine', 'input_hash', 'status'])
      .execute();
  },
};

export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-runs-reuse': runsReuse,
};

/** Migrations from code rather than files, so a bundled server carries them. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
