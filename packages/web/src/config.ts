/** Build-time settings (Vite replaces import.meta.env at build). An empty issuer means the local runtime's demo sign-in. */
export const config = {
  apiUrl: import.meta.env.VITE_HB_API_URL ?? "",
  oidc: {
    issuer: import.meta.env.VITE_HB_OIDC_ISSUER ?? "",
    clientId: import.meta.env.VITE_HB_OIDC_CLIENT_ID ?? "",
    audience: import.meta.env.VITE_HB_OIDC_AUDIENCE ?? "",
    scope: import.meta.env.VITE_HB_OIDC_SCOPE || "openid",
  },
};

export const localMode = config.oidc.issuer === "";
