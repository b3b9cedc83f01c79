import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@hb/local/http-request";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";

/** What the local front (the stand-in for API Gateway) does before any handler runs: body size, and who may call /dev/*. */

const webApp = "http://localhost:5173";
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  runtime = await startTestRuntime({ pipes: [], devOrigins: [webApp] });
  api = apiClient(runtime);
});
afterAll(() => runtime?.stop());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/**
 * A raw HTTP/1.1 request (fetch cannot set Origin or Host). A body is sent
 * with its length, or chunked with `chunked`; the front may answer before
 * it has read it all, so a failed write after the answer is expected.
 */
function send(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: Buffer; chunked?: boolean } = {},
): Promise<Answer> {
  const url = new URL(path, runtime.url);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(
      url,
      {
        method,
        headers: {
          ...options.headers,
          ...(options.body && !options.chunked ? { "content-length": String(options.body.length) } : {}),
          ...(options.chunked ? { "transfer-encoding": "chunked" } : {}),
        },
      },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: /json/.test(String(res.headers["content-type"])) && text ? JSON.parse(text) : text });
        });
      },
    );
    req.on("error", (error) => (answered ? undefined : reject(error)));
    if (options.body && options.chunked) {
      for (let start = 0; start < options.body.length; start += 64 * 1024) req.write(options.body.subarray(start, start + 64 * 1024));
    } else if (options.body) {
      req.write(options.body);
    }
    req.end();
  });
}

describe("request body size", () => {
  const support = async (body: Buffer, chunked = false) =>
    send("POST", `/v1/clients/00000000-0000-4000-8000-000000000001/support-plans`, {
      headers: { authorization: `Bearer ${await api.token("role=worker&sub=worker-1")}`, "content-type": "application/json", "accept-language": "en" },
      body,
      chunked,
    });
  /** A JSON body of exactly `bytes` bytes. */
  const jsonOf = (bytes: number) => Buffer.from(`{"wishes":"${"x".repeat(bytes - 13)}"}`);

  it("refuses a body over 6 MB with 413 PAYLOAD_TOO_LARGE before reading it, by its declared length", async () => {
    const response = await support(jsonOf(MAX_BODY_BYTES + 1));
    expect(response.status).toBe(413);
    expect(response.headers["content-type"]).toBe("application/problem+json");
    expect(response.body).toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413, type: "urn:hb:problem:payload-too-large", detail: "The request body can be at most 6 MB." });
  });

  it("refuses a streamed (chunked) body once it passes 6 MB", async () => {
    const response = await support(jsonOf(8 * 1024 * 1024), true);
    expect(response.status).toBe(413);
    expect(response.body.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("reads a body of exactly 6 MB (then the schema refuses what is too long)", async () => {
    expect(jsonOf(MAX_BODY_BYTES).length).toBe(MAX_BODY_BYTES);
    const response = await support(jsonOf(MAX_BODY_BYTES));
    expect(response.status).toBe(422);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ path: "/body/wishes", code: "too_big" }));
  });

  it("refuses a big PUT /dev/clock too", async () => {
    const response = await send("PUT", "/dev/clock", { body: jsonOf(MAX_BODY_BYTES + 1), headers: { "content-type": "application/json" } });
    expect(response.status).toBe(413);
  });
});

describe("/dev/* answers the developer's own tools and web app, not any web page", () => {
  const own = () => runtime.url;

  it("mints a token for a request without an Origin (curl, scripts, tests), without CORS headers", async () => {
    const response = await send("GET", "/dev/token?role=worker&sub=w1");
    expect(response.status).toBe(200);
    expect(typeof response.body.token).toBe("string");
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("answers a same-origin request", async () => {
    const response = await send("GET", "/dev/token?role=worker&sub=w1", { headers: { origin: own() } });
    expect(response.status).toBe(200);
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("answers the local web app's origin with that origin, never *", async () => {
    const response = await send("GET", "/dev/token?role=worker&sub=w1", { headers: { origin: webApp } });
    expect(response.status).toBe(200);
    expect(response.headers["access-control-allow-origin"]).toBe(webApp);
    expect(response.headers.vary).toBe("origin");
    const preflight = await send("OPTIONS", "/dev/clock", { headers: { origin: webApp, "access-control-request-method": "PUT" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe(webApp);
  });

  it.each([
    ["GET", "/dev/token?role=worker&sub=w1"],
    ["OPTIONS", "/dev/token?role=worker&sub=w1"],
    ["PUT", "/dev/clock"],
    ["POST", "/dev/schedules/review-window"],
  ])("refuses %s %s from another web page's origin with 403 and no CORS headers", async (method, path) => {
    const before = (await send("GET", "/dev/clock")).body;
    const response = await send(method, path, {
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      ...(method === "PUT" ? { body: Buffer.from(JSON.stringify({ now: "2030-01-01T00:00:00Z" })) } : {}),
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe("FORBIDDEN");
    expect(response.body.token).toBeUndefined();
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
    expect((await send("GET", "/dev/clock")).body.shifted).toBe(before.shifted);
  });

  it("refuses a request that names another host (a DNS-rebinding page reaching the loopback)", async () => {
    const response = await send("GET", "/dev/token?role=worker&sub=w1", { headers: { host: "evil.example:3000" } });
    expect(response.status).toBe(403);
    expect(response.body.token).toBeUndefined();
  });

  it("keeps the API's CORS as it is: any origin may call the API (with a token)", async () => {
    const response = await send("GET", "/v1/health", { headers: { origin: "https://desk.example" } });
    expect(response.status).toBe(200);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    // A browser app can read how long to wait after a 503.
    expect(response.headers["access-control-expose-headers"]).toContain("retry-after");
  });
});
