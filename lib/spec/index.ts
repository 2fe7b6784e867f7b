/** Public surface of the specification checker. */
export { VAGUE_RULES } from './attributes';
export { checkSpecLine, checkSpecText, type SpecLineResult } from './check-spec';
export { type HighlightSegment, highlightSegments } from './highlight';
export { findMissingSpecs, type MissingSpecOptions } from './missing';
