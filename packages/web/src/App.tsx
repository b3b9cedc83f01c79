import { useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { SkipLink } from "suomifi-ui-components";
import { createApi, data, ApiProblem, type Schemas } from "./api/client";
import { callbackPath, completeIssuerSignIn, signOutOfIssuer } from "./auth/session";
import { localMode } from "./config";
import { languages, texts, type Language } from "./texts";
import { AppContext, ErrorMessage, Loading, useApp, useLoad, type AppContextValue } from "./ui";
import { SignInPage } from "./pages/SignInPage";
import { StaffPage } from "./pages/StaffPage";
import { BudgetPage } from "./pages/BudgetPage";
import { DecisionsPage } from "./pages/DecisionsPage";
import { VouchersPage } from "./pages/VouchersPage";
import { EventsPage } from "./pages/EventsPage";
import { NotificationsPage } from "./pages/NotificationsPage";
import { SupportPlanPage } from "./pages/SupportPlanPage";

export type MyClient = Schemas["MyBudgets"]["items"][number];

const pages = ["/", "/decisions", "/vouchers", "/events", "/notifications", "/support-plan"] as const;
type Page = (typeof pages)[number];

const pageOf = (pathname: string): Page => (pages as readonly string[]).includes(pathname) ? (pathname as Page) : "/";

function preferredLanguage(): Language {
  const browser = navigator.language.slice(0, 2);
  return (languages as readonly string[]).includes(browser) ? (browser as Language) : "fi";
}

export function App() {
  const [language, setLanguage] = useState<Language>(preferredLanguage);
  const languageChosen = useRef(false);
  const [token, setToken] = useState<string>();
  const [signInError, setSignInError] = useState<unknown>();
  const [page, setPage] = useState<Page>(() => pageOf(window.location.pathname));
  const [message, setMessage] = useState("");
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const languageRef = useRef(language);
  languageRef.current = language;

  const api = useMemo(() => createApi({ token: () => tokenRef.current, language: () => languageRef.current }), []);
  const t = texts[language];
  const context: AppContextValue = useMemo(() => ({ api, t, language, announce: setMessage }), [api, t, language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.appName;
  }, [language, t]);

  useEffect(() => {
    if (localMode || window.location.pathname !== callbackPath) return;
    completeIssuerSignIn().then(setToken, setSignInError);
  }, []);

  useEffect(() => {
    const onPop = () => setPage(pageOf(window.location.pathname));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const chooseLanguage = (next: Language) => {
    languageChosen.current = true;
    setLanguage(next);
  };

  const go = (next: Page) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    window.history.pushState(null, "", next);
    setPage(next);
    setMessage("");
    // The new page's heading takes the focus once it is on the page, so keyboard and screen reader users start there.
    requestAnimationFrame(() => document.getElementById("page-heading")?.focus());
  };

  const signOut = async () => {
    if (!localMode) await signOutOfIssuer();
    setToken(undefined);
    window.history.pushState(null, "", "/");
    setPage("/");
  };

  return (
    <AppContext.Provider value={context}>
      <SkipLink href="#main">{t.skipLink}</SkipLink>
      <header className="site-header">
        <p className="app-name">{t.appName}</p>
        <div className="header-tools">
          <div role="group" aria-label={t.languageLabel} className="languages">
            {languages.map((code) => (
              <button key={code} type="button" lang={code} aria-pressed={code === language} onClick={() => chooseLanguage(code)}>
                {texts[code].languageName}
              </button>
            ))}
          </div>
          {token && (
            <button type="button" className="sign-out" onClick={signOut}>
              {t.signOut}
            </button>
          )}
        </div>
      </header>
      {token ? (
        <SignedIn token={token} page={page} go={go} setLanguage={(client) => !languageChosen.current && setLanguage(client)} />
      ) : (
        <main id="main" tabIndex={-1}>
          {signInError !== undefined && <ErrorMessage error={signInError} />}
          <SignInPage onSignedIn={setToken} />
        </main>
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {message}
      </div>
    </AppContext.Provider>
  );
}

interface SignedInProps {
  token: string;
  page: Page;
  go: (page: Page) => (event: MouseEvent<HTMLAnchorElement>) => void;
  setLanguage: (language: Language) => void;
}

/** A client or representative gets their pages; anyone HB does not know as one (staff) gets the staff page. */
function SignedIn({ token, page, go, setLanguage }: SignedInProps) {
  const { api, t, language } = useApp();
  const mine = useLoad(async () => {
    try {
      return await data(api.GET("/v1/me/budgets"));
    } catch (error) {
      if (error instanceof ApiProblem && error.problem.status === 403) return "staff" as const;
      throw error;
    }
  }, [token, language]);
  const [clientId, setClientId] = useState<string>();
  const items = mine.value === "staff" ? [] : (mine.value?.items ?? []);
  const client = items.find((item) => item.clientId === clientId) ?? items[0];

  // The client's own language by default (their record), until the user chooses one in the header.
  useEffect(() => {
    if (!client) return;
    data(api.GET("/v1/clients/{clientId}", { params: { path: { clientId: client.clientId } } })).then(
      (record) => setLanguage(record.language as Language),
      () => undefined,
    );
  }, [api, client?.clientId]);

  if (mine.value === "staff") {
    return (
      <main id="main" tabIndex={-1}>
        <StaffPage />
      </main>
    );
  }

  const link = (target: Page, label: string) => (
    <li>
      <a href={target} onClick={go(target)} aria-current={page === target ? "page" : undefined}>
        {label}
      </a>
    </li>
  );

  return (
    <>
      <nav aria-label={t.mainNav} className="main-nav">
        <ul>
          {link("/", t.nav.budget)}
          {link("/decisions", t.nav.decisions)}
          {link("/vouchers", t.nav.vouchers)}
          {link("/events", t.nav.events)}
          {link("/notifications", t.nav.notifications)}
          {link("/support-plan", t.nav.supportPlan)}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <Loading loaded={mine}>
          {() =>
            client ? (
              <>
                {items.length > 1 && (
                  <div className="whose">
                    <label htmlFor="whose">{t.whose.label}</label>
                    <select id="whose" value={client.clientId} onChange={(event) => setClientId(event.target.value)}>
                      {items.map((item) => (
                        <option key={item.clientId} value={item.clientId}>
                          {item.firstName}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
                <ClientPage page={page} client={client} reload={mine.reload} />
              </>
            ) : (
              <StaffPage />
            )
          }
        </Loading>
      </main>
    </>
  );
}

function ClientPage({ page, client, reload }: { page: Page; client: MyClient; reload: () => void }) {
  switch (page) {
    case "/":
      return <BudgetPage client={client} />;
    case "/decisions":
      return <DecisionsPage client={client} />;
    case "/vouchers":
      return <VouchersPage client={client} onChosen={reload} />;
    case "/events":
      return <EventsPage client={client} />;
    case "/notifications":
      return <NotificationsPage client={client} />;
    case "/support-plan":
      return <SupportPlanPage client={client} />;
  }
}
