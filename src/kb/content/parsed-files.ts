// The records of content files read before, offered to the reader so an unchanged file is not parsed again
// (src/kb/cache/parsed-files.ts keeps them on disk, keyed by the file's bytes).

export interface ParsedFiles {
  /** The record read from `file` when it held exactly `source`, if any. */
  get(file: string, source: string): unknown;
  /** Remembers the record read from `file` holding `source`. */
  set(file: string, source: string, record: unknown): void;
}
