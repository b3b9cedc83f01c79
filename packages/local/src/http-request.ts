/** What API Gateway does with the raw HTTP request before a handler sees it: route matching, body limits and encoding. */
import type { IncomingMessage } from "node:http";
import type { RouteDefinition } from "@hb/api/route";

export interface CompiledRoute {
  readonly route: RouteDefinition;
  readonly pattern: RegExp;
  readonly names: string[];
  readonly literals: number;
}

export function compile(route: RouteDefinition): CompiledRoute {
  const names: string[] = [];
  const segments = route.path.split("/").slice(1);
  const source = segments
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(param[1]!);
      return "([^/]+)";
    })
    .join("/");
  return { route, pattern: new RegExp(`^/${source}$`), names, literals: segments.length - names.length };
}

/** API Gateway sends text bodies as they are and everything else base64-encoded. */
export const isTextual = (contentType: string) => /^(text\/|application\/([\w.+-]*\+)?(json|xml)|application\/x-www-form-urlencoded)/i.test(contentType);

/**
 * The largest request body the front reads: what a Lambda can be invoked
 * with synchronously (6 MB, the event included); API Gateway HTTP API itself
 * takes up to 10 MB. Larger bodies are 413 PAYLOAD_TOO_LARGE before anything
 * is parsed.
 */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;
export const MAX_BODY_TEXT = "6 MB";

/**
 * The request body, or undefined when it is larger than `limit`: a declared
 * length is refused before reading, a streamed body as soon as it passes the
 * limit (what was read is dropped, the rest is not read).
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (Number(request.headers["content-length"] ?? 0) > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      request.off("data", onData);
      request.pause();
      chunks.length = 0;
      resolve(undefined);
    };
    request.on("data", onData);
    request.once("end", () => resolve(Buffer.concat(chunks)));
    request.once("error", reject);
  });
}

/** The front listens on the loopback only; a request naming another host is a DNS-rebinding page, not the developer. */
export const isLoopbackHost = (host: string | undefined) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i.test(host ?? "");
