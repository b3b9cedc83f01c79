import { Button } from "suomifi-ui-components";
import { useState } from "react";
import { demoPeople, demoToken, signInWithIssuer, type DemoPerson } from "../auth/session";
import { localMode } from "../config";
import { ErrorMessage, Loading, PageHeading, useApp, useLoad } from "../ui";

/** Locally, the demo people of GET /dev/people; deployed, the area's identity provider. */
export function SignInPage({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const { t, language } = useApp();
  const [error, setError] = useState<unknown>();
  const people = useLoad(() => (localMode ? demoPeople() : Promise.resolve([])), []);

  const signInAs = (person: DemoPerson) => demoToken(person).then(onSignedIn, setError);

  return (
    <>
      <PageHeading>{t.signIn.title}</PageHeading>
      {error !== undefined && <ErrorMessage error={error} />}
      {localMode ? (
        <>
          <p>{t.signIn.localIntro}</p>
          <Loading loaded={people}>
            {(list) => (
              <ul className="people">
                {list.map((person) => (
                  <li key={person.key} className="card">
                    <h2>{person.name}</h2>
                    <p>{person.description[language]}</p>
                    <Button onClick={() => signInAs(person)}>
                      {t.signIn.signInAs(person.name)}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </Loading>
        </>
      ) : (
        <>
          <p>{t.signIn.intro}</p>
          <Button onClick={() => signInWithIssuer(language).catch(setError)}>
            {t.signIn.signInButton}
          </Button>
        </>
      )}
    </>
  );
}
