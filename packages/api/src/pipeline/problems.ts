import { isServiceUnavailable } from "@hb/core/aws-clients";
import { DomainError } from "@hb/core/errors";
import { logger } from "../logger";
import { problem, problemResponse } from "../problem";
import { documentedStatuses, type RouteDefinition } from "../route";
import { auditRefusal } from "./audit";
import { checkingDeclarations, prepared, type Step } from "./request";

/** What a 503 asks the caller to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Turns every failure into problem+json: an AWS service that is down,
 * throttled or too slow into a 503 with Retry-After, anything unexpected into
 * a 500; both name the request id and nothing else. A 403 is audited. Under
 * HB_CHECK_RESPONSES a problem whose status the route does not document is
 * such a failure too.
 */
export const problems = (route: RouteDefinition): Step => ({
  onError: async (request) => {
    const hb = request.event.hb ?? prepared(request.event, request.context);
    let error = request.error;
    if (error instanceof Error && error.name === "IdempotencyValidationError") error = new DomainError("IDEMPOTENCY_KEY_REUSED");
    if (error instanceof Error && error.name === "IdempotencyAlreadyInProgressError") error = new DomainError("IDEMPOTENCY_IN_PROGRESS");
    if (error instanceof DomainError && checkingDeclarations() && !documentedStatuses(route).includes(error.status)) {
      error = new Error(`${route.id} answered ${error.status} (${error.code}), which its route does not document (problems)`);
    }
    if (error instanceof DomainError) {
      logger.info("request refused", { code: error.code, status: error.status });
      if (error.code === "FORBIDDEN" && hb.actor) await auditRefusal(route, request.event, hb.actor);
      request.response = problemResponse(
        problem(error.code, hb.language, hb.requestId, error.params, error.errors),
        hb.language,
      );
      return;
    }
    if (isServiceUnavailable(error)) {
      // An outage or throttling of a service we depend on, not a bug: the caller may try again.
      logger.error("service unavailable", { error });
      request.response = problemResponse(problem("SERVICE_UNAVAILABLE", hb.language, hb.requestId), hb.language, {
        "retry-after": String(RETRY_AFTER_SECONDS),
      });
      return;
    }
    logger.error("unexpected error", { error });
    request.response = problemResponse(problem("INTERNAL_ERROR", hb.language, hb.requestId), hb.language);
  },
});
