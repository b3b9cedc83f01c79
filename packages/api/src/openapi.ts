import { z } from "zod";
import { createDocument } from "zod-openapi";
import { problemStatus, type ProblemCode } from "@hb/core/errors";
import { problemType } from "./problem";
import { documentedProblems, type RouteDefinition } from "./route";

const problemSchema = z
  .object({
    type: z.string().meta({ example: problemType("VALIDATION_FAILED") }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().meta({ description: "Plain-language explanation in the caller's language (Accept-Language: fi, sv, en)" }),
    code: z.enum(Object.keys(problemStatus) as [ProblemCode, ...ProblemCode[]]),
    requestId: z.string(),
    errors: z
      .array(
        z.object({
          path: z.string().meta({ description: "JSON Pointer into the request: /params/…, /query/…, /body/…" }),
          code: z.string(),
          message: z.string(),
        }),
      )
      .optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

const acceptLanguage = z
  .string()
  .optional()
  .meta({ description: "fi, sv or en; Finnish when none matches", example: "fi" });

function responsesFor(route: RouteDefinition) {
  const codes = documentedProblems(route);
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) byStatus.set(problemStatus[code], [...(byStatus.get(problemStatus[code]) ?? []), code]);
  const content = route.response.schema
    ? {
        content: {
          [route.response.mediaType ?? "application/json"]: { schema: route.response.schema },
          ...Object.fromEntries(Object.entries(route.response.alternatives ?? {}).map(([mediaType, schema]) => [mediaType, { schema }])),
        },
      }
    : {};
  const responses: Record<string, unknown> = {
    [String(route.response.status)]: { description: route.response.description, ...content },
  };
  for (const other of route.response.also ?? []) responses[String(other.status)] = { description: other.description, ...content };
  for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: statusCodes.join(", "),
      content: { "application/problem+json": { schema: problemSchema } },
    };
  }
  return responses;
}

/** The component name of a linked document: its schema's `meta({ id })`. */
function documentId(schema: z.ZodType): string {
  const id = (schema.meta() as { id?: string } | undefined)?.id;
  if (!id) throw new Error("a linked document's schema needs meta({ id })");
  return id;
}

/** The OpenAPI 3.1 document, generated from the route table and the same zod schemas that validate requests. */
export function openApiDocument(routes: readonly RouteDefinition[], serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.id,
      summary: route.summary,
      tags: [...route.tags],
      "x-hb-roles": route.roles,
      ...(route.roles === "public" ? { security: [] } : {}),
      requestParams: {
        ...(route.params ? { path: route.params } : {}),
        ...(route.query ? { query: route.query } : {}),
        header: z.object({ "accept-language": acceptLanguage }),
      },
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": { schema: route.body },
                ...Object.fromEntries(Object.entries(route.bodyMediaTypes ?? {}).map(([mediaType, schema]) => [mediaType, { schema }])),
              },
            },
          }
        : {}),
      responses: responsesFor(route),
      ...(route.linkedDocument
        ? {
            // What the link in the response leads to (a file too large for a response), as a reusable response.
            "x-hb-linked-document": { $ref: `#/components/responses/${documentId(route.linkedDocument.schema)}` },
          }
        : {}),
    };
  }
  // A linked document is described as a reusable response: what a GET of the link answers.
  const linkedDocuments = Object.fromEntries(
    routes.flatMap(({ linkedDocument: linked }) =>
      linked ? [[documentId(linked.schema), { description: linked.description, content: { [linked.mediaType]: { schema: linked.schema } } }]] : [],
    ),
  );
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "HB — personal budgeting API",
      version: "1",
      description:
        "Personal budgeting (henkilökohtainen budjetointi) for Finnish disability services. Money is integer cents (EUR); dates are business dates in Europe/Helsinki; instants are ISO 8601 UTC.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      responses: linkedDocuments,
    },
    paths: paths as Parameters<typeof createDocument>[0]["paths"],
  });
}
