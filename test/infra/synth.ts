import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CONTEXT_NAMESPACE, readDeployConfig } from '../../lib/config.js';
import { NewstagStack } from '../../lib/newstag-stack.js';

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** Deploy configuration as a user would pass it: `-c newstag:<key>=<value>`. */
export type ConfigContext = Record<string, string>;

export interface SynthOptions {
  /** Run esbuild for real (slow); off by default so template tests stay fast. */
  readonly bundle?: boolean;
  readonly outdir?: string;
}

/** Builds the app exactly as bin/app.ts does (same cdk.json context), minus the nag plugin and the CLI. */
export function buildStack(config: ConfigContext = {}, options: SynthOptions = {}) {
  const context: Record<string, unknown> = { ...cdkJson.context };
  for (const [key, value] of Object.entries(config)) context[`${CONTEXT_NAMESPACE}:${key}`] = value;
  if (!options.bundle) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({
    context,
    builtinCloudFormationValidation: false,
    ...(options.outdir ? { outdir: options.outdir } : {}),
  });
  const stack = new NewstagStack(app, 'Test', {
    config: readDeployConfig((key) => app.node.tryGetContext(key)),
  });
  return { app, stack };
}

export function synthTemplate(config: ConfigContext = {}): Template {
  return Template.fromStack(buildStack(config).stack);
}

type Resources = Record<
  string,
  { Type: string; Properties?: Record<string, unknown> } & Record<string, unknown>
>;

/** Logical ids of the project's own functions by Powertools service name (CDK helper functions excluded). */
export function serviceFunctions(template: Template): Map<string, string> {
  const functions = template.findResources('AWS::Lambda::Function') as Resources;
  const byService = new Map<string, string>();
  for (const [logicalId, resource] of Object.entries(functions)) {
    const variables = (
      resource.Properties?.Environment as { Variables?: Record<string, unknown> } | undefined
    )?.Variables;
    const service = variables?.POWERTOOLS_SERVICE_NAME;
    if (typeof service === 'string') byService.set(service, logicalId);
  }
  return byService;
}

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** Every Allow statement of every policy attached to the role the function runs as. */
export function statementsOfFunctionRole(template: Template, functionLogicalId: string): Statement[] {
  const fn = template.toJSON().Resources[functionLogicalId];
  const roleLogicalId = fn.Properties.Role['Fn::GetAtt'][0] as string;
  const role = template.toJSON().Resources[roleLogicalId];
  const statements: Statement[] = [];
  for (const policy of role.Properties.Policies ?? []) statements.push(...policy.PolicyDocument.Statement);
  const policies = template.findResources('AWS::IAM::Policy') as Resources;
  for (const policy of Object.values(policies)) {
    const roles = (policy.Properties?.Roles ?? []) as { Ref?: string }[];
    if (roles.some((ref) => ref.Ref === roleLogicalId)) {
      const document = policy.Properties?.PolicyDocument as { Statement: Statement[] };
      statements.push(...document.Statement);
    }
  }
  if (role.Properties.ManagedPolicyArns?.length) {
    throw new Error(`role ${roleLogicalId} has managed policies the test cannot inspect`);
  }
  return statements.filter((statement) => statement.Effect === 'Allow');
}

export function actionsOf(statements: Statement[]): string[] {
  return statements.flatMap((statement) =>
    Array.isArray(statement.Action) ? statement.Action : [statement.Action],
  );
}

/** `{Ref: X}` → `X`, `{Fn::GetAtt: [X, A]}` → `X.A`, so a joined definition can be read back as JSON. */
function referenceName(part: unknown): string {
  const ref = part as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
  if (ref.Ref) return ref.Ref;
  if (ref['Fn::GetAtt']) return ref['Fn::GetAtt'].join('.');
  return 'UNRESOLVED';
}

/** A `Fn::Join` state machine definition turned back into JSON, references replaced by their names. */
export function stateMachineDefinition(template: Template): Record<string, unknown> {
  const machines = template.findResources('AWS::StepFunctions::StateMachine') as Resources;
  const [machine] = Object.values(machines);
  if (!machine) throw new Error('no state machine in template');
  const definition = machine.Properties?.DefinitionString as string | { 'Fn::Join': [string, unknown[]] };
  const text =
    typeof definition === 'string'
      ? definition
      : definition['Fn::Join'][1]
          .map((part) => (typeof part === 'string' ? part : referenceName(part)))
          .join('');
  return JSON.parse(text) as Record<string, unknown>;
}
