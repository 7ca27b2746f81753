import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDeployConfig } from '../../lib/config.js';

/** Which object keys trigger ingestion: the bucket notification's filter. */
export interface KeyFilter {
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * The key filter a deploy from this checkout would put on the bucket notification: `keyPrefix` and
 * `keySuffix` of the deploy configuration (`newstag:*` context in cdk.json, else the schema's defaults,
 * docs/deploy.md), read through the same schema the CDK app uses.
 */
export function deployedKeyFilter(projectRoot = join(import.meta.dirname, '../..')): KeyFilter {
  let context: Record<string, unknown> = {};
  try {
    const cdk = JSON.parse(readFileSync(join(projectRoot, 'cdk.json'), 'utf8')) as {
      context?: Record<string, unknown>;
    };
    context = cdk.context ?? {};
  } catch {
    // No cdk.json (a packaged CLI): the schema's defaults.
  }
  const config = readDeployConfig((key) => context[key]);
  return { prefix: config.keyPrefix, suffix: config.keySuffix };
}
