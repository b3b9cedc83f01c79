import type { MyClient } from "../App";
import { data } from "../api/client";
import { date } from "../format";
import { Loading, PageHeading, useApp, useLoad } from "../ui";

/** The decisions on the client's budgets, newest first, each with its written document (the appeal instructions are its last section). */
export function DecisionsPage({ client }: { client: MyClient }) {
  const { api, t, language } = useApp();
  const ids = [...new Set(client.budgets.flatMap((budget) => (budget.decisionId ? [budget.decisionId] : [])))];
  const decisions = useLoad(
    () => Promise.all(ids.map((decisionId) => data(api.GET("/v1/decisions/{decisionId}", { params: { path: { decisionId } } })))),
    [ids.join(), language],
  );
  return (
    <>
      <PageHeading>{t.decisions.title}</PageHeading>
      <p>{t.decisions.intro}</p>
      <Loading loaded={decisions}>
        {(list) =>
          list.length === 0 ? (
            <p>{t.decisions.none}</p>
          ) : (
            [...list]
              .sort((a, b) => b.decidedOn.localeCompare(a.decidedOn))
              .map((decision) => (
                <section key={decision.decisionId} aria-labelledby={`decision-${decision.decisionId}`} className="card">
                  <h2 id={`decision-${decision.decisionId}`}>{t.decisions.heading(decision.number)}</h2>
                  <p>
                    <strong>{t.decisions.status[decision.status]}</strong>. {t.decisions.decidedOn(date(decision.decidedOn, language))}
                  </p>
                  <p>{t.decisions.appealHint}</p>
                  <details>
                    <summary>{decision.document.title}</summary>
                    <article lang={decision.document.language} className="document">
                      {decision.document.sections.map((section) => (
                        <section key={section.heading}>
                          <h3>{section.heading}</h3>
                          {section.paragraphs.map((paragraph, index) => (
                            <p key={index}>{paragraph}</p>
                          ))}
                        </section>
                      ))}
                    </article>
                  </details>
                </section>
              ))
          )
        }
      </Loading>
    </>
  );
}
