/**
 * Stand-in for `@aws-sdk/middleware-endpoint-discovery`, swapped in at bundle time by the base function
 * construct (with it go `@aws-sdk/endpoint-cache` and the LRU cache, ~1.5 KB minified). The DynamoDB client
 * only resolves its configuration through it: no command of the client version bundled here adds the
 * discovery middleware, and this project never switches discovery on. The configuration keeps its shape
 * (less the unused cache); `AWS_ENABLE_ENDPOINT_DISCOVERY` is not read.
 */

export const NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS = {
  environmentVariableSelector: (): undefined => undefined,
  configFileSelector: (): undefined => undefined,
  default: undefined,
};

interface DiscoveryInput {
  readonly endpointDiscoveryEnabled?: boolean | undefined;
  readonly endpointDiscoveryEnabledProvider?: () => Promise<boolean | undefined>;
}

export const resolveEndpointDiscoveryConfig = <T extends DiscoveryInput>(
  input: T,
  { endpointDiscoveryCommandCtor }: { endpointDiscoveryCommandCtor: unknown },
) =>
  Object.assign(input, {
    endpointDiscoveryCommandCtor,
    endpointDiscoveryEnabled:
      input.endpointDiscoveryEnabled !== undefined
        ? () => Promise.resolve(input.endpointDiscoveryEnabled)
        : input.endpointDiscoveryEnabledProvider,
    isClientEndpointDiscoveryEnabled: input.endpointDiscoveryEnabled !== undefined,
  });
