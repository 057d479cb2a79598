/** One file export wrote. */
export interface ExportedFile {
  /** The path as given on the command line, joined with the file's name. */
  readonly path: string;
  /** For a CSV file of the data package, the table it holds. */
  readonly table?: string;
  /** For a CSV file, its number of data rows. */
  readonly rows?: number;
}

/** What `astana export` wrote, in order. */
export interface ExportSummary {
  readonly files: ExportedFile[];
}
