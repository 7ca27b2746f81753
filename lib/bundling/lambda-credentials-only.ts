/**
 * Stand-in for the AWS SDK's alternative credential sources (shared ini/SSO profiles, credential_process,
 * web identity token files, container and instance metadata), swapped in at bundle time by the base
 * function construct. In Lambda the SDK's default chain finds credentials in environment variables first and
 * never loads these; leaving them out saves ~130 KB per bundle (they drag in STS and SSO clients).
 * If one is reached anyway, it declines so the chain reports that no credentials were found.
 */

const decline = (source: string) => () => async (): Promise<never> => {
  const error = new Error(
    `${source} credentials are not bundled into this Lambda function; it uses the execution role's environment credentials`,
  ) as Error & { tryNextLink: boolean };
  error.name = 'CredentialsProviderError';
  error.tryNextLink = true;
  throw error;
};

export const fromIni = decline('Shared config profile');
export const fromSSO = decline('SSO');
export const fromProcess = decline('credential_process');
export const fromTokenFile = decline('Web identity token file');
export const fromHttp = decline('Container HTTP');
export const fromContainerMetadata = decline('Container metadata');
export const fromInstanceMetadata = decline('EC2 instance metadata');
export const ENV_CMDS_FULL_URI = 'AWS_CONTAINER_CREDENTIALS_FULL_URI';
export const ENV_CMDS_RELATIVE_URI = 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI';
