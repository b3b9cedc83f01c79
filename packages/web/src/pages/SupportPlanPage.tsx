import { useState, type FormEvent } from "react";
import type { MyClient } from "../App";
import { data } from "../api/client";
import { date } from "../format";
import { ErrorMessage, Loading, PageHeading, useApp, useLoad } from "../ui";

/** The client's own support plan: the latest one to read, and a form for a new one (each save is a new version). */
export function SupportPlanPage({ client }: { client: MyClient }) {
  const { api, t, language, announce } = useApp();
  const plans = useLoad(
    () => data(api.GET("/v1/clients/{clientId}/support-plans", { params: { path: { clientId: client.clientId } } })),
    [client.clientId, language],
  );
  const [wishes, setWishes] = useState("");
  const [goals, setGoals] = useState("");
  const [writtenWith, setWrittenWith] = useState("");
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await data(
        api.POST("/v1/clients/{clientId}/support-plans", {
          params: { path: { clientId: client.clientId } },
          body: {
            wishes,
            goals: goals.split("\n").map((goal) => goal.trim()).filter((goal) => goal !== ""),
            preferredServices: [],
            ...(writtenWith.trim() ? { writtenWith } : {}),
          },
        }),
      );
      setWishes("");
      setGoals("");
      setWrittenWith("");
      announce(t.supportPlan.saved);
      plans.reload();
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{t.supportPlan.title}</PageHeading>
      <p>{t.supportPlan.intro}</p>
      <section aria-labelledby="latest-plan">
        <h2 id="latest-plan">{t.supportPlan.latest}</h2>
        <Loading loaded={plans}>
          {(page) => {
            const latest = [...page.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
            return latest ? (
              <div className="card">
                <p className="muted">{t.supportPlan.writtenOn(date(latest.createdAt, language))}</p>
                <p className="wishes">{latest.wishes}</p>
                {latest.goals.length > 0 && (
                  <>
                    <h3>{t.supportPlan.yourGoals}</h3>
                    <ul>
                      {latest.goals.map((goal) => (
                        <li key={goal}>{goal}</li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            ) : (
              <p>{t.supportPlan.none}</p>
            );
          }}
        </Loading>
      </section>
      <section aria-labelledby="new-plan">
        <h2 id="new-plan">{t.supportPlan.newPlan}</h2>
        {error !== undefined && <ErrorMessage error={error} />}
        <form onSubmit={save} className="form">
          <label htmlFor="wishes">{t.supportPlan.wishes}</label>
          <p id="wishes-hint" className="hint">
            {t.supportPlan.wishesHint}
          </p>
          <textarea id="wishes" required rows={5} maxLength={5000} aria-describedby="wishes-hint" value={wishes} onChange={(e) => setWishes(e.target.value)} />
          <label htmlFor="goals">{t.supportPlan.goals}</label>
          <p id="goals-hint" className="hint">
            {t.supportPlan.goalsHint}
          </p>
          <textarea id="goals" rows={4} aria-describedby="goals-hint" value={goals} onChange={(e) => setGoals(e.target.value)} />
          <label htmlFor="written-with">{t.supportPlan.writtenWith}</label>
          <p id="written-with-hint" className="hint">
            {t.supportPlan.writtenWithHint}
          </p>
          <input id="written-with" type="text" maxLength={200} aria-describedby="written-with-hint" value={writtenWith} onChange={(e) => setWrittenWith(e.target.value)} />
          <button type="submit" disabled={busy}>
            {t.supportPlan.save}
          </button>
        </form>
      </section>
    </>
  );
}
