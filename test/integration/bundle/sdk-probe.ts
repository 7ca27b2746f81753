/**
 * Entry bundled by sdk-stand-ins.test.ts with the function bundles' aliases: reads an object from S3 and
 * writes then reads a DynamoDB item through the bundled clients, with credentials from the environment as
 * in Lambda, and prints what it saw as one JSON line.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const region = env('AWS_REGION');
const s3 = new S3Client({ region, endpoint: env('PROBE_S3_ENDPOINT'), forcePathStyle: true });
const dynamo = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region, endpoint: env('PROBE_DYNAMO_ENDPOINT') }),
);

const object = await s3.send(new GetObjectCommand({ Bucket: env('PROBE_BUCKET'), Key: env('PROBE_KEY') }));
const body = await object.Body?.transformToString();
const key = JSON.parse(env('PROBE_ITEM_KEY')) as Record<string, string>;
await dynamo.send(new PutCommand({ TableName: env('PROBE_TABLE'), Item: { ...key, body } }));
const item = await dynamo.send(new GetCommand({ TableName: env('PROBE_TABLE'), Key: key }));
console.log(JSON.stringify({ body, item: item.Item }));
s3.destroy();
dynamo.destroy();
