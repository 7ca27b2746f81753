import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDeployConfig } from '../../lib/config.js';

const DEFAULT_ROOT = join(import.meta.dirname, '../..');

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
export function deployedKeyFilter(projectRoot = DEFAULT_ROOT): KeyFilter {
  const config = checkoutDeployConfig(projectRoot);
  return { prefix: config.keyPrefix, suffix: config.keySuffix };
}

/** The deploy configuration of this checkout: `newstag:*` context in cdk.json, else the schema's defaults. */
export function checkoutDeployConfig(projectRoot = DEFAULT_ROOT): ReturnType<typeof readDeployConfig> {
  let context: Record<string, unknown> = {};
  try {
    const cdk = JSON.parse(readFileSync(join(projectRoot, 'cdk.json'), 'utf8')) as {
      context?: Record<string, unknown>;
    };
    context = cdk.context ?? {};
  } catch {
    // No cdk.json (a packaged CLI): the schema's defaults.
  }
  return readDeployConfig((key) => context[key]);
}
