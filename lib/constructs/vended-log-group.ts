import { Aws, Fn, Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

/**
 * Name for a log group that an AWS service writes to through vended log delivery (Step Functions execution
 * logs, API Gateway HTTP API access logs). Setting up such a delivery adds the log group to the account's
 * CloudWatch Logs resource policy, which is capped at 5,120 characters, and a deploy fails once an account
 * has enough of them; log groups under `/aws/vendedlogs/` are covered by one wildcard entry instead (AWS's
 * documented remedy). The stack id's unique suffix keeps the name free when a redeploy follows a
 * `cdk destroy` that retained the previous stack's group.
 */
export function vendedLogGroupName(scope: Construct, service: string, purpose: string): string {
  const stackInstance = Fn.select(2, Fn.split('/', Aws.STACK_ID));
  return Fn.join('', [
    `/aws/vendedlogs/${service}/`,
    Stack.of(scope).stackName,
    `-${purpose}-`,
    stackInstance,
  ]);
}
