import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { Heading } from "suomifi-ui-components";
import { ApiProblem, type Api } from "./api/client";
import type { Language, Texts } from "./texts";

export interface AppContextValue {
  api: Api;
  t: Texts;
  language: Language;
  /** Says a result of the user's action to screen readers (the page's polite live region). */
  announce: (message: string) => void;
}

export const AppContext = createContext<AppContextValue | undefined>(undefined);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error("useApp outside AppContext");
  return value;
}

interface Loaded<T> {
  value?: T;
  error?: unknown;
  reload: () => void;
}

/** Loads once per change of `deps` (the language among them: the API answers texts in it). */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ value?: T; error?: unknown }>({});
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setState({ value }),
      (error: unknown) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { ...state, reload };
}

/** The API's own title and detail (already in the user's language), or a plain network message. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useApp();
  const problem = error instanceof ApiProblem ? error.problem : undefined;
  return (
    <div className="error" role="alert">
      <p className="error-title">{problem?.title ?? t.errorTitle}</p>
      <p>{problem ? problem.detail : t.networkError}</p>
      {problem?.errors?.map((item) => <p key={item.path}>{item.message}</p>)}
    </div>
  );
}

/** A loaded value's page body: loading text, the API's error, or the content. */
export function Loading<T>({ loaded, children }: { loaded: Loaded<T>; children: (value: T) => ReactNode }) {
  const { t } = useApp();
  if (loaded.error !== undefined) return <ErrorMessage error={loaded.error} />;
  if (loaded.value === undefined) return <p>{t.loading}</p>;
  return <>{children(loaded.value)}</>;
}

/** The page's one h1; focused after moving between pages so a screen reader starts reading the new page. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <Heading variant="h1" id="page-heading" tabIndex={-1}>
      {children}
    </Heading>
  );
}
