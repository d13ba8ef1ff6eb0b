/** An input problem found while running a job: the run fails with this code, never a crash. */
export class JobInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'JobInputError';
  }
}
