import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { type DeployConfig, readDeployConfig } from '../lib/config.js';
import { NewstagStack } from '../lib/newstag-stack.js';

const app = new App();
const config = readConfigOrExit();

new NewstagStack(app, config.stackName, {
  config,
  description: 'newstag: S3 → SQS → Lambda tagger → DynamoDB → HTTP API, with backfill and alarms',
  // Environment-agnostic on purpose: nothing is looked up, so synth gives the same template with or without
  // credentials, and `cdk deploy` targets the account and region of the caller's credentials.
});

if (config.nag) {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
}

app.synth();

/**
 * The validated configuration; a bad `-c newstag:…` value or cdk.json entry prints the message naming
 * every bad key and exits 1, where a thrown error buried it in a Node stack trace.
 */
function readConfigOrExit(): DeployConfig {
  try {
    return readDeployConfig((key) => app.node.tryGetContext(key));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
