// The one error the ingest layer throws: input that is not an article. Callers (CLI, API,
// batch import) branch on the stable `code`, never on the message.
export type InvalidArticleCode =
  | 'EMPTY'
  | 'BINARY'
  | 'INVALID_UTF8'
  | 'TOO_LARGE'
  | 'HTML'
  | 'NO_ARTICLE'
  | 'MALFORMED_JSON'
  | 'MISSING_FIELD'
  | 'WRONG_TYPE'
  | 'UNSUPPORTED_FORMAT';

export class InvalidArticleError extends Error {
  override readonly name = 'InvalidArticleError';
  readonly code: InvalidArticleCode;

  constructor(code: InvalidArticleCode, message: string) {
    super(message);
    this.code = code;
  }
}
