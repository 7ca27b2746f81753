import { describe, expect, it } from 'vitest';
import { errorLine } from '../../../functions/cli/error-line.js';

/** An error shaped as the AWS SDK throws it: a name, a message and `$metadata`. */
function awsError(name: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 }, ...extra });
}

describe('the line a command prints for an error it did not expect', () => {
  it('says no AWS credentials were found and how to give them', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    });

    expect(errorLine(error)).toEqual({
      line: 'no AWS credentials found: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (a local stack needs none: start it with `npm start`)',
    });
  });

  it('names the stack output to check for a missing table', () => {
    const error = awsError('ResourceNotFoundException', 'Requested resource not found');

    expect(errorLine(error).line).toBe(
      'Requested resource not found: check --table (the stack output TagTableName) and --region',
    );
  });

  it('says AWS refused the credentials, with its own message', () => {
    const error = awsError('ExpiredToken', 'The provided token has expired.');

    expect(errorLine(error).line).toBe(
      'AWS refused the request (ExpiredToken): The provided token has expired.',
    );
  });

  it('names a host it cannot resolve', () => {
    const error = Object.assign(new Error('getaddrinfo ENOTFOUND b.s3.eu-west-9.amazonaws.com'), {
      code: 'ENOTFOUND',
      hostname: 'b.s3.eu-west-9.amazonaws.com',
    });

    expect(errorLine(error).line).toBe(
      'cannot reach b.s3.eu-west-9.amazonaws.com (ENOTFOUND): check the network and --region',
    );
  });

  it('reads the system error under fetch\'s "fetch failed"', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:45319'), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port: 45319,
    });
    const error = new TypeError('fetch failed', { cause: refused });

    expect(errorLine(error)).toEqual({
      line: 'nothing answers at 127.0.0.1:45319 (ECONNREFUSED): if it is the local stack, it has stopped; `npm start` again re-queues the uploads it had not tagged',
    });
  });

  it('prints any other AWS error by name and message, without a stack', () => {
    expect(errorLine(awsError('ThrottlingException', 'Rate exceeded'))).toEqual({
      line: 'ThrottlingException: Rate exceeded',
    });
  });

  it('keeps the stack of an error that is neither AWS nor the system: a bug to report', () => {
    const error = new TypeError('x is undefined');

    const described = errorLine(error);

    expect(described.line).toBe('TypeError: x is undefined');
    expect(described.stack).toContain('TypeError: x is undefined');
  });
});
