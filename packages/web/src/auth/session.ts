import { InMemoryWebStorage, UserManager, WebStorageStateStore } from "oidc-client-ts";
import { config } from "../config";

/** A demo person of the local runtime (GET /dev/people): who they are and the query that signs them in. */
export interface DemoPerson {
  key: "client" | "representative" | "provider" | "worker" | "finance" | "admin";
  name: string;
  role: string;
  description: { fi: string; sv: string; en: string };
  tokenQuery: string;
}

export const callbackPath = "/callback";

let manager: UserManager | undefined;

/**
 * The area's identity provider by the authorization code flow with PKCE. The user (and its tokens) lives in
 * memory only, so no other script of the origin can read it from storage; a reload signs in again. The
 * state store keeps the default (sessionStorage): it holds only the PKCE verifier across the redirect.
 */
function oidc(): UserManager {
  manager ??= new UserManager({
    authority: config.oidc.issuer,
    client_id: config.oidc.clientId,
    redirect_uri: `${window.location.origin}${callbackPath}`,
    post_logout_redirect_uri: window.location.origin,
    response_type: "code",
    scope: config.oidc.scope,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    extraQueryParams: config.oidc.audience ? { audience: config.oidc.audience, resource: config.oidc.audience } : {},
  });
  return manager;
}

export const signInWithIssuer = (language: string) => oidc().signinRedirect({ ui_locales: language });

let callback: Promise<string> | undefined;

/** Finishes the redirect back from the issuer once (its code is single-use): the access token, and the address bar back at the app's start. */
export function completeIssuerSignIn(): Promise<string> {
  callback ??= oidc()
    .signinRedirectCallback()
    .then((user) => {
      window.history.replaceState(null, "", "/");
      return user.access_token;
    });
  return callback;
}

export async function signOutOfIssuer(): Promise<void> {
  await oidc().removeUser();
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(`${config.apiUrl}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export const demoPeople = async () => (await json<{ people: DemoPerson[] }>("/dev/people")).people;

export const demoToken = async (person: DemoPerson) => (await json<{ token: string }>(`/dev/token?${person.tokenQuery}`)).token;
