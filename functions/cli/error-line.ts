/**
 * One line for an error that ends a command: what a user can act on (no AWS credentials, a bucket or
 * table that does not exist, a server that stopped answering) instead of the SDK's stack trace, which
 * names only its own files. Errors of the AWS SDK carry `$metadata`, system errors a string `code`;
 * anything else is a bug of ours, and `stack` says so (undefined for the two kinds a user causes).
 */
export interface ErrorLine {
  readonly line: string;
  readonly stack?: string;
}

interface ErrorFields {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
  readonly $metadata?: unknown;
  readonly BucketName?: unknown;
  readonly address?: unknown;
  readonly port?: unknown;
  readonly hostname?: unknown;
  readonly stack?: unknown;
  readonly cause?: unknown;
}

function systemErrorOf(cause: unknown): ErrorFields | undefined {
  const fields = (typeof cause === 'object' && cause !== null ? cause : {}) as ErrorFields;
  return typeof fields.code === 'string' ? fields : undefined;
}

const REFUSED_CREDENTIALS = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'UnrecognizedClientException',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
]);

export function errorLine(error: unknown): ErrorLine {
  const given = (typeof error === 'object' && error !== null ? error : {}) as ErrorFields;
  // fetch (the admin endpoint of `newstag dlq`) throws "fetch failed" with the system error as its cause.
  const e = systemErrorOf(given.cause) ?? given;
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const message = typeof e.message === 'string' ? e.message : String(error);
  const fromAws = e.$metadata !== undefined || name === 'CredentialsProviderError';
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (name === 'CredentialsProviderError') {
    return {
      line: 'no AWS credentials found: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (a local stack needs none: start it with `npm start`)',
    };
  }
  if (name === 'NoSuchBucket') {
    const bucket = typeof e.BucketName === 'string' ? ` "${e.BucketName}"` : '';
    return {
      line: `the bucket${bucket} does not exist: check --bucket (the stack output ArticleBucketName)`,
    };
  }
  if (name === 'ResourceNotFoundException') {
    return { line: `${message}: check --table (the stack output TagTableName) and --region` };
  }
  if (REFUSED_CREDENTIALS.has(name) || name === 'AccessDenied' || name === 'AccessDeniedException') {
    return { line: `AWS refused the request (${name}): ${message}` };
  }
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET') {
    const where = typeof e.port === 'number' ? ` at ${String(e.address ?? '127.0.0.1')}:${e.port}` : '';
    return {
      line: `nothing answers${where} (${code}): if it is the local stack, it has stopped; \`npm start\` again re-queues the uploads it had not tagged`,
    };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    const host = typeof e.hostname === 'string' ? ` ${e.hostname}` : '';
    return { line: `cannot reach${host} (${code}): check the network and --region` };
  }
  if (fromAws || code !== undefined) return { line: `${name}: ${message}` };
  return { line: `${name}: ${message}`, ...(typeof e.stack === 'string' ? { stack: e.stack } : {}) };
}
