/**
 * Where scenarios live: the Parley server when it answers (saved scenarios with versions, and
 * its catalog), otherwise this browser (the catalog bundled into the app, saves in
 * localStorage). Both look the same to the app.
 */
export interface LibraryEntry {
  id: string;
  title: string;
  summary?: string;
  tags: string[];
  readOnly: boolean;
  version: number;
  updatedAt: string | null;
  counts?: { actors: number; issues: number; options: number };
}

export interface OpenScenario {
  id: string;
  title: string;
  text: string;
  version: number;
  readOnly: boolean;
  /** File name shown in diagnostics. */
  file: string;
}

export interface VersionEntry {
  version: number;
  note: string | null;
  createdAt: string;
}

export interface LibraryBackend {
  kind: 'server' | 'browser';
  list(): Promise<LibraryEntry[]>;
  open(id: string, version?: number): Promise<OpenScenario>;
  /** Saves text as a new scenario. */
  create(text: string, note?: string): Promise<OpenScenario>;
  /** Saves a new version; rejects with code `version-conflict` when `baseVersion` is stale. */
  save(id: string, text: string, baseVersion: number, note?: string): Promise<OpenScenario>;
  remove(id: string): Promise<void>;
  versions(id: string): Promise<VersionEntry[]>;
}

/** A library problem the user can act on. */
export class LibraryError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}
