// The project's named errors. Messages start with the operation and say what was expected.
export class KgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
/** A parameter, file or request body that does not have the expected shape. */
export class InvalidArgumentsError extends KgError {
  constructor(
    message: string,
    readonly issues: ReadonlyArray<{ path: string; message: string }> = [],
  ) {
    super(message);
  }
}
/** An entity, article, query or report that does not exist. */
export class NotFoundError extends KgError {}
/** The graph store (Neo4j) cannot be reached or refused the work. */
export class StoreUnavailableError extends KgError {}
/** A file that cannot be read as an article: binary, empty, not UTF-8, too large. */
export class UnreadableInputError extends KgError {}
/** An operation the current store does not offer (e.g. Cypher on the embedded store). */
export class NotSupportedError extends KgError {}
/** Another process holds the embedded store's lock. */
export class StoreLockedError extends KgError {}
/** An ad-hoc Cypher query refused (it writes, reaches outside the graph) or stopped by its time limit. */
export class CypherRefusedError extends KgError {}
/** Too many console queries still run in the database; the caller may try again shortly. */
export class ConsoleBusyError extends KgError {}
/** The store could not write a batch (a full disk, a read-only file); nothing of it was stored. */
export class StoreWriteError extends KgError {}
/** An article whose extraction took longer than its time limit; the others go on. */
export class ExtractionTimeoutError extends KgError {}
