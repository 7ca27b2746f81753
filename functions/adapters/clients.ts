import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface ClientOptions {
  readonly region: string;
  /** Set for local servers: path-style S3 and a fixed endpoint. */
  readonly s3Endpoint?: string | undefined;
  readonly dynamoEndpoint?: string | undefined;
  /** Local servers accept any credentials; AWS uses the default provider chain when unset. */
  readonly credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface Clients {
  readonly s3: S3Client;
  readonly dynamo: DynamoDBDocumentClient;
}

/** Credentials the local servers accept (they do not check them). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** Built once per process and passed to the adapters. */
export function createClients(options: ClientOptions): Clients {
  const credentials =
    options.credentials ?? (options.s3Endpoint || options.dynamoEndpoint ? LOCAL_CREDENTIALS : undefined);
  const s3 = new S3Client({
    region: options.region,
    ...(options.s3Endpoint ? { endpoint: options.s3Endpoint, forcePathStyle: true } : {}),
    ...(credentials ? { credentials } : {}),
    // Default (flexible) checksums are not understood by the local S3 server and are not needed here.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const dynamo = createDocumentClient({ ...options, ...(credentials ? { credentials } : {}) });
  return { s3, dynamo };
}

/** The DynamoDB document client alone, for functions that never touch S3 (keeps the S3 client out of their bundle). */
export function createDocumentClient(options: Omit<ClientOptions, 's3Endpoint'>): DynamoDBDocumentClient {
  const credentials = options.credentials ?? (options.dynamoEndpoint ? LOCAL_CREDENTIALS : undefined);
  const base = new DynamoDBClient({
    region: options.region,
    ...(options.dynamoEndpoint ? { endpoint: options.dynamoEndpoint } : {}),
    ...(credentials ? { credentials } : {}),
  });
  return DynamoDBDocumentClient.from(base, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
}
