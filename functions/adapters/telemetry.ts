import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export interface Telemetry {
  readonly logger: Logger;
  readonly metrics: Metrics;
}

export { MetricUnit };

/**
 * Powertools logger (JSON lines) and metrics (CloudWatch EMF). The namespace always comes from the
 * validated config, so metrics work locally without POWERTOOLS_METRICS_NAMESPACE; set
 * POWERTOOLS_METRICS_DISABLED=true to silence the EMF lines locally.
 */
export function createTelemetry(options: { serviceName: string; namespace: string }): Telemetry {
  return {
    logger: new Logger({ serviceName: options.serviceName }),
    metrics: new Metrics({ serviceName: options.serviceName, namespace: options.namespace }),
  };
}
