import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readDeployConfig } from '../lib/config.js';
import { NewstagStack } from '../lib/newstag-stack.js';

const app = new App();
const config = readDeployConfig((key) => app.node.tryGetContext(key));

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
