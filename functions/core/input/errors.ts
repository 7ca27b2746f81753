/** Why an input could not be turned into an article; the ingest shell records it on a FAILED item. */
export type ParseErrorReason =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'INVALID_JSON'
  | 'MISSING_BODY'
  | 'INVALID_FIELD'
  | 'UNSUPPORTED_FORMAT'
  | 'UNSUPPORTED_TYPE'
  | 'INVALID_XML';

export class ParseError extends Error {
  override readonly name = 'ParseError';

  constructor(
    readonly reason: ParseErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export function isParseError(error: unknown): error is ParseError {
  return error instanceof ParseError;
}
