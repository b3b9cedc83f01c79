import type { APIGatewayRequestAuthorizerEventV2 } from "aws-lambda";
import { authenticate } from "@hb/api/authorizer";
import { logger } from "@hb/api/logger";
import { identitySettings } from "@hb/core/identity/settings";

/**
 * API Gateway's Lambda authorizer when an area trusts several issuers. It
 * always lets the request through to the route with what it found — the
 * caller's principal, or why the token was refused — so that a refusal is a
 * 401 problem+json in the caller's language from the route's own middleware.
 * API Gateway caches the answer per Authorization header.
 */
export const handler = async (event: APIGatewayRequestAuthorizerEventV2) => {
  const result = await authenticate(event.headers?.authorization, identitySettings());
  if ("refused" in result) {
    logger.info("token refused", { reason: result.refused });
    return { isAuthorized: true, context: { refused: result.refused } };
  }
  return { isAuthorized: true, context: { principal: JSON.stringify(result.principal) } };
};
