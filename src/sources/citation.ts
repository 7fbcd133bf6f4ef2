// Citation is defined beside the errors that carry one (errors/ sits below sources/); secmod/sources
// and the modules that import it from here keep their names and paths.
export { SOURCE_STATUSES, type Citation, type SourceStatus } from '../errors/citation.js';
