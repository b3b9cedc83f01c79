import { DomainError, type FieldError } from "@hb/core/errors";
import type { RouteDefinition } from "../route";
import { parsePart } from "../validation";
import type { Step } from "./request";

/** The media types a route's body is taken in, for the 415 that names them. */
const acceptedMediaTypes = (route: RouteDefinition): string => ["application/json", ...Object.keys(route.bodyMediaTypes ?? {})].join(", ");

export const jsonBody = (route: RouteDefinition): Step => ({
  before: (request) => {
    if (!route.body) return;
    const { event } = request;
    const text = event.isBase64Encoded && event.body ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
    if (text === undefined || text === "") {
      event.hb.rawBody = undefined;
      return;
    }
    const contentType = event.headers?.["content-type"] ?? "";
    const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
    if (route.bodyMediaTypes?.[mediaType]) {
      // Read by the handler, which knows the format (a CSV's lines): here it is only text.
      event.hb.rawBody = text;
      event.hb.bodyMediaType = mediaType;
      return;
    }
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType.trim())) throw new DomainError("UNSUPPORTED_MEDIA_TYPE", { accepted: acceptedMediaTypes(route) });
    try {
      event.hb.rawBody = JSON.parse(text) as unknown;
    } catch {
      throw new DomainError("MALFORMED_REQUEST");
    }
  },
});

export const validate = (route: RouteDefinition): Step => ({
  before: (request) => {
    const { event } = request;
    const { bodyMediaType } = event.hb;
    const parts = [
      ["params", route.params, event.pathParameters ?? {}],
      ["query", route.query, event.queryStringParameters ?? {}],
      ["body", bodyMediaType ? route.bodyMediaTypes?.[bodyMediaType] : route.body, event.hb.rawBody],
    ] as const;
    const errors: FieldError[] = [];
    const input: Record<string, unknown> = {};
    for (const [part, schema, raw] of parts) {
      if (!schema) continue;
      const result = parsePart(part, schema, raw, event.hb.language);
      if (result.ok) input[part] = result.value;
      else errors.push(...result.errors);
    }
    if (errors.length > 0) throw new DomainError("VALIDATION_FAILED", {}, errors);
    event.hb.input = { params: input.params, query: input.query, body: input.body };
  },
});
