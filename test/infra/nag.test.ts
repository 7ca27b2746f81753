import { Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { buildStack, type ConfigContext } from './synth.js';

const configurations: Record<string, ConfigContext> = {
  'the defaults (IAM auth, retained data, no alarm topic)': {},
  'a JWT-authorised throwaway dev stack with alarm e-mail and CORS': {
    authMode: 'jwt',
    jwtIssuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example',
    jwtAudience: 'client-a,client-b',
    alarmEmail: 'oncall@example.com',
    removalPolicy: 'destroy',
    keySuffix: '.html',
    corsOrigins: 'https://news.example.com',
  },
};

function nagFindings(config: ConfigContext): string[] {
  const { app, stack } = buildStack(config);
  Template.fromStack(stack);
  const report = new AwsSolutionsChecks(app).validateScope(app);
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map(
      (resource) => `${violation.ruleName} at ${resource.constructPath ?? resource.resourceLogicalId}`,
    ),
  );
}

function acknowledgments(root: IConstruct): { path: string; id: string; reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  for (const [name, config] of Object.entries(configurations)) {
    it(`reports no unacknowledged finding for ${name}`, () => {
      expect(nagFindings(config)).toEqual([]);
    }, 120_000);
  }

  it('gives a reason with every acknowledgment', () => {
    const { app } = buildStack(
      configurations['a JWT-authorised throwaway dev stack with alarm e-mail and CORS'],
    );
    const acknowledged = acknowledgments(app);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { path, id, reason } of acknowledged) {
      expect({ path, id, reasonLongEnough: reason.trim().length >= 40 }).toEqual({
        path,
        id,
        reasonLongEnough: true,
      });
    }
  });

  it('still fails on a wildcard nobody explained', () => {
    const { app, stack } = buildStack();
    stack.queryApi.function.addToRolePolicy(
      new PolicyStatement({ actions: ['dynamodb:*'], resources: ['*'] }),
    );
    Template.fromStack(stack);
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations.map((violation) => violation.ruleName)).toContain(
      'AwsSolutions-IAM5[Action::dynamodb:*]',
    );
  });
});
