import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createQueryRepository } from '../adapters/query-repository.js';
import { createApp } from './app.js';
import { loadApiConfig } from './config.js';

/** Query API Lambda (API Gateway HTTP API, payload 2.0). Config and client are built once per container. */
const config = loadApiConfig();
// The plain client: the repository converts attribute values itself (no document client in the bundle).
const client = new DynamoDBClient({
  region: config.AWS_REGION,
  ...(config.DYNAMODB_ENDPOINT
    ? {
        endpoint: config.DYNAMODB_ENDPOINT,
        // The local server accepts any credentials.
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }
    : {}),
});

export const handler = createApp({
  repository: (meter) => createQueryRepository(client, config.TABLE_NAME, meter),
  corsOrigins: config.CORS_ORIGINS,
  cursorSecret: config.CURSOR_SECRET,
});
