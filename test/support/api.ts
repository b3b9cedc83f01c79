import type { LocalRuntime } from "@hb/local/runtime";

/** A small HTTP client for the local front: tokens from /dev/token, JSON in and out. */
export function apiClient(runtime: LocalRuntime) {
  const tokens = new Map<string, string>();
  async function token(query: string): Promise<string> {
    let cached = tokens.get(query);
    if (!cached) {
      const response = await fetch(`${runtime.url}/dev/token?${query}`);
      cached = ((await response.json()) as { token: string }).token;
      tokens.set(query, cached);
    }
    return cached;
  }
  return {
    token,
    async call(
      method: string,
      path: string,
      options: { as?: string; body?: unknown; headers?: Record<string, string> } = {},
    ): Promise<{ status: number; headers: Headers; body: any }> {
      const headers: Record<string, string> = { ...options.headers };
      if (options.as) headers.authorization = `Bearer ${await token(options.as)}`;
      if (options.body !== undefined) headers["content-type"] ??= "application/json";
      const response = await fetch(`${runtime.url}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
      });
      const text = await response.text();
      const json = /json/.test(response.headers.get("content-type") ?? "");
      return { status: response.status, headers: response.headers, body: text ? (json ? JSON.parse(text) : text) : undefined };
    },
  };
}
