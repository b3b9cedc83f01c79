import createClient, { type Middleware } from "openapi-fetch";
import { config } from "../config";
import type { Language } from "../texts";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];
type Problem = Schemas["Problem"];

/** A refusal of the API, carrying its problem+json in the user's language so the page can show its own title and detail. */
export class ApiProblem extends Error {
  constructor(readonly problem: Pick<Problem, "title" | "detail" | "status"> & Partial<Problem>) {
    super(problem.detail);
  }
}

/** What the client needs from the session on each call: the bearer token and the language to ask answers in. */
interface CallContext {
  token: () => string | undefined;
  language: () => Language;
}

export function createApi(context: CallContext) {
  const api = createClient<paths>({ baseUrl: config.apiUrl });
  const session: Middleware = {
    onRequest({ request }) {
      const token = context.token();
      if (token) request.headers.set("Authorization", `Bearer ${token}`);
      request.headers.set("Accept-Language", context.language());
      return request;
    },
  };
  api.use(session);
  return api;
}

export type Api = ReturnType<typeof createApi>;

/** The data of an openapi-fetch answer, or the API's problem thrown for the page to show. */
export async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data: body, error, response } = await call;
  if (response.ok && body !== undefined) return body;
  const problem = error as Partial<Problem> | undefined;
  throw new ApiProblem({ ...problem, title: problem?.title ?? response.statusText, detail: problem?.detail ?? "", status: response.status });
}
