import type { MiddlewareObj } from "@middy/core";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { type ApiResult, isDryRun, type Step } from "./pipeline/request";
import type { RouteDefinition } from "./route";

/**
 * Business metrics in CloudWatch (Powertools, embedded metric format in the function's log): namespace and
 * service from POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_SERVICE_NAME (stacks/lambda.ts). The local runtime
 * turns them off (POWERTOOLS_METRICS_DISABLED).
 */
export { MetricUnit };
export const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? "HB", serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "hb" });

/**
 * Sends the metrics an invocation added, if it added any. Not Powertools' `logMetrics`: it flushes every
 * invocation and warns on each that added none (every refusal, every consumer batch without money in it).
 */
export function publishMetrics(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}

/**
 * A money operation's metric (`route.metric`), once per operation done: an answer with the route's own status
 * (not a repeat in `also`), not a dry run, not an Idempotency-Key's replay. With `amount` its value is that
 * field of the answer in cents, so the metric's Sum is the money and its SampleCount the operations.
 */
export const businessMetric = (route: RouteDefinition): Step => ({
  after: (request) => {
    const rule = route.metric;
    const result = request.response as ApiResult<Record<string, unknown>>;
    const { hb } = request.event;
    if (!rule || isDryRun(hb) || hb.replayed || (result.status ?? route.response.status) !== route.response.status) return;
    const amount = rule.amount === undefined ? undefined : result.body?.[rule.amount];
    if (typeof amount === "number") metrics.addMetric(rule.name, MetricUnit.NoUnit, amount);
    else metrics.addMetric(rule.name, MetricUnit.Count, 1);
    publishMetrics();
  },
});

/** A queue consumer's step: the metrics its records added are sent when the batch ends, failed or not. */
export const metricsPublished = <E, R>(): MiddlewareObj<E, R> => ({ after: publishMetrics, onError: publishMetrics });
