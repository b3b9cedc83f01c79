import type { Language } from "../language";

/** A catalogue service as far as texts need it: its name per language (Swedish may be missing). */
export interface ServiceNames {
  readonly code: string;
  readonly name: { readonly fi: string; readonly sv?: string; readonly en: string };
}

/** Service names from the catalogue in one language, Finnish when the language is missing, the code for an unknown service. */
export const serviceNamer =
  (services: readonly ServiceNames[], language: Language) =>
  (code: string): string => {
    const service = services.find((candidate) => candidate.code === code);
    return service ? (service.name[language] ?? service.name.fi) : code;
  };
