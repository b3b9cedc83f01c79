import type { MyClient } from "../App";
import { date, money, percent } from "../format";
import type { Unit } from "../texts/types";
import { PageHeading, useApp } from "../ui";

type Line = MyClient["budgets"][number]["lines"][number];

/** Used and elapsed shares the pace compares: of this month or week for a grant per period, else of the whole validity. */
function shares(line: Line) {
  const period = line.pace.period;
  const used = period ? (period.grantedCents > 0 ? period.usedCents / period.grantedCents : 0) : line.pace.usedFraction;
  return { used: Math.min(percent(used), 100), usedText: percent(used), elapsed: Math.min(percent(line.pace.elapsedFraction), 100), period };
}

function BudgetLine({ line, validTo }: { line: Line; validTo: string }) {
  const { t, language } = useApp();
  const { used, usedText, elapsed, period } = shares(line);
  const quantity = line.remainingQuantity === undefined ? undefined : t.units.quantity(line.remainingQuantity, line.unit as Unit);
  return (
    <li className="card">
      <h3>{line.serviceName}</h3>
      {line.usable ? (
        <p className="left">
          {t.budget.left(quantity, money(line.availableCents, language))} {t.budget.until(date(validTo, language))}
        </p>
      ) : (
        <p>{t.budget.notUsable}</p>
      )}
      <p>{t.budget.pace[line.pace.driftStatus as keyof typeof t.budget.pace]}</p>
      <p>
        {t.budget.usedAndElapsed(usedText, elapsed)}
        {period && <> {t.budget.periodNote(date(period.from, language), date(period.to, language))}</>}
      </p>
      <div className="pace-bar" aria-hidden="true">
        <span className="pace-used" style={{ width: `${used}%` }} />
        <span className="pace-elapsed" style={{ left: `${elapsed}%` }} />
      </div>
      {line.clientFee && <p>{t.budget.clientFee(money(line.clientFee.monthlyCents, language))}</p>}
    </li>
  );
}

function Budget({ budget }: { budget: MyClient["budgets"][number] }) {
  const { t, language } = useApp();
  const lastDay = budget.endedOn ?? (budget.supersededFrom ? previousDay(budget.supersededFrom) : budget.validTo);
  return (
    <section aria-labelledby={`budget-${budget.budgetId}`}>
      <h2 id={`budget-${budget.budgetId}`}>{t.budget.validity(date(budget.effectiveFrom ?? budget.validFrom, language), date(lastDay, language))}</h2>
      {budget.summary && <p>{budget.summary}</p>}
      <ul className="cards">
        {budget.lines.map((line) => (
          <BudgetLine key={line.lineId} line={line} validTo={lastDay} />
        ))}
      </ul>
    </section>
  );
}

function previousDay(day: string): string {
  const value = new Date(`${day}T12:00:00Z`);
  value.setUTCDate(value.getUTCDate() - 1);
  return value.toISOString().slice(0, 10);
}

export function BudgetPage({ client }: { client: MyClient }) {
  const { t } = useApp();
  const decided = client.budgets.filter((budget) => budget.decisionId !== undefined);
  return (
    <>
      <PageHeading>{t.budget.title}</PageHeading>
      <p>{t.budget.intro}</p>
      {decided.length === 0 ? <p>{t.budget.none}</p> : decided.map((budget) => <Budget key={budget.budgetId} budget={budget} />)}
    </>
  );
}
