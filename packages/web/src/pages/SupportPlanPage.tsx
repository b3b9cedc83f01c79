import { Button, TextInput, Textarea } from "suomifi-ui-components";
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
          <Textarea id="wishes" labelText={t.supportPlan.wishes} hintText={t.supportPlan.wishesHint} required rows={5} maxLength={5000} fullWidth value={wishes} onChange={(e) => setWishes(e.target.value)} />
          <Textarea id="goals" labelText={t.supportPlan.goals} hintText={t.supportPlan.goalsHint} rows={4} fullWidth value={goals} onChange={(e) => setGoals(e.target.value)} />
          <TextInput
            id="written-with"
            labelText={t.supportPlan.writtenWith}
            hintText={t.supportPlan.writtenWithHint}
            maxLength={200}
            fullWidth
            value={writtenWith}
            onChange={(value) => setWrittenWith(String(value ?? ""))}
          />
          <Button type="submit" disabled={busy}>
            {t.supportPlan.save}
          </Button>
        </form>
      </section>
    </>
  );
}
