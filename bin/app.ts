import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readDeployConfig } from '../lib/config.js';
import { NewstagStack } from '../lib/newstag-stack.js';

const app = new App();
const config = readDeployConfig((key) => app.node.tryGetContext(key));

new NewstagStack(app, app.node.tryGetContext('newstag:stackName') ?? 'Newstag', {
  config,
  description: 'newstag: S3 → SQS → Lambda tagger → DynamoDB → HTTP API, with backfill and alarms',
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});

if (config.nag) {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
}

app.synth();
