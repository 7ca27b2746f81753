import { Stack, Validations } from 'aws-cdk-lib';
import { CfnPolicy } from 'aws-cdk-lib/aws-iam';
// cdk-nag's own formatter, so the finding ids we acknowledge are byte-for-byte the ones it reports.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/**
 * Why a kind of wildcard in an IAM policy is acceptable. A finding is acknowledged only when every statement
 * that produces it is explained by some rule, so a new, unexplained wildcard still fails synth.
 */
export interface WildcardRule {
  /** Every action of the statement must match. */
  readonly actions: RegExp;
  /** The cdk-nag finding (`Action::…` or `Resource::…`) must match. */
  readonly finding: RegExp;
  readonly reason: string;
}

interface PolicyStatementJson {
  readonly Effect?: string;
  readonly Action?: string | string[];
  readonly Resource?: unknown;
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The `AwsSolutions-IAM5` findings of one statement, in cdk-nag's format. */
export function wildcardFindings(statement: PolicyStatementJson): string[] {
  if (statement.Effect !== 'Allow') return [];
  const actions = asArray(statement.Action)
    .filter((action) => action.includes('*'))
    .map((action) => `Action::${action}`);
  const resources = asArray(statement.Resource)
    .map((resource) => flattenCfnReference(resource))
    .filter((resource) => resource.includes('*'))
    .map((resource) => `Resource::${resource}`);
  return [...actions, ...resources];
}

/**
 * Acknowledges the `AwsSolutions-IAM5` findings under `scope` that the rules explain. Call it after every
 * grant has been made (policy documents keep growing until then).
 */
export function acknowledgeIamWildcards(scope: IConstruct, rules: readonly WildcardRule[]): void {
  for (const node of scope.node.findAll()) {
    if (!(node instanceof CfnPolicy)) continue;
    const document = Stack.of(node).resolve(node.policyDocument) as { Statement?: PolicyStatementJson[] };
    const reasons = new Map<string, string | undefined>();
    for (const statement of document.Statement ?? []) {
      const actions = asArray(statement.Action);
      for (const finding of wildcardFindings(statement)) {
        const rule = rules.find(
          (candidate) =>
            candidate.finding.test(finding) && actions.every((action) => candidate.actions.test(action)),
        );
        const known = reasons.has(finding);
        // One unexplained statement is enough to leave the finding standing.
        if (!rule) reasons.set(finding, undefined);
        else if (!known) reasons.set(finding, rule.reason);
      }
    }
    for (const [finding, reason] of reasons) {
      if (reason) Validations.of(node).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
    }
  }
}
