/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_HB_API_URL?: string;
  readonly VITE_HB_OIDC_ISSUER?: string;
  readonly VITE_HB_OIDC_CLIENT_ID?: string;
  readonly VITE_HB_OIDC_AUDIENCE?: string;
  readonly VITE_HB_OIDC_SCOPE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
