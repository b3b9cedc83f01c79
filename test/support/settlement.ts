import { addDays, type Per } from "@hb/core/budget/periods";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import { freshBusinessId, freshPersonalId, personToken, providerApplicationBody, type Api } from "./fixtures";

/** Shared by the settlement suites: a registered provider serving one client through an active payment commitment. */

export const worker = "role=worker&sub=worker-1";
export const finance = "role=finance&sub=finance-1";

/** The month before the given business date's month, `YYYY-MM`. */
export function previousMonth(date: string): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

export interface ProviderSetup {
  providerId: string;
  /** The token of the person who applied: approval made them the provider's first member. */
  providerToken: string;
  /** That person's personal identity code. */
  personalId: string;
  iban: string;
  businessId: string;
}

/**
 * A provider that applied and was approved, so it has a name and an IBAN to be paid to. `staff` is the `sub`
 * its applicant (now its first member) signs in with.
 */
export async function approvedProvider(api: Api, staff: string): Promise<ProviderSetup> {
  const body = providerApplicationBody(freshBusinessId());
  const personalId = freshPersonalId();
  const providerToken = personToken(personalId, staff);
  const applied = await api.call("POST", "/v1/provider-applications", { as: providerToken, body });
  const decided = await api.call("POST", `/v1/provider-applications/${applied.body.applicationId}/decision`, {
    as: "role=admin&sub=admin-1",
    body: { outcome: "approved", reason: "Hyväksytty" },
  });
  if (decided.status !== 200) throw new Error(`provider approval: ${decided.status} ${JSON.stringify(decided.body)}`);
  const providerId = decided.body.providerId as string;
  return { providerId, providerToken, personalId, iban: body.iban, businessId: body.businessId };
}

export interface ClientSetup {
  clientId: string;
  /** The client's personal identity code: they sign in with it (`personToken`). */
  personalId: string;
  budgetId: string;
  /** Day activities, 70,00 € a day; a payment commitment to the provider, accepted. */
  instrumentId: string;
}

/** A client with an accepted payment commitment for `days` days of day activities (70,00 € each) per `per` from `validFrom` for a year. */
export async function servedClient(api: Api, provider: ProviderSetup, individual: number, validFrom: string, days = 40, per: Per = "validity"): Promise<ClientSetup> {
  const nine = `020280${String(individual).padStart(3, "0")}`;
  const personalId = `020280-${nine.slice(6)}${personalIdCheckCharacter(nine)}`;
  const client = await api.call("POST", "/v1/clients", {
    as: worker,
    body: { personalId, firstName: "Tilda", lastName: "Testi", municipality: "Oulu", language: "fi" },
  });
  const clientId = client.body.clientId as string;
  const plan = await api.call("POST", `/v1/clients/${clientId}/service-plans`, {
    as: worker,
    body: {
      validFrom,
      validTo: addDays(validFrom, 364),
      services: [{ serviceCode: "PAIVATOIMINTA", content: "Päivätoiminta", quantity: days, unit: "day", per, unitCostCents: 7000, costBasis: "reference-price" }],
      followUp: { intervalDays: 90, method: "puhelu" },
    },
  });
  const budget = await api.call("POST", `/v1/service-plans/${plan.body.planId}/budget`, { as: worker });
  const decision = await api.call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
    as: worker,
    body: {
      decidedOn: validFrom,
      legalBasis: "vammaispalvelulaki",
      decisionMaker: { name: "S", title: "t" },
      lines: [{ lineId: "L1", paymentMethod: "payment-commitment", providerId: provider.providerId }],
    },
  });
  const issued = await api.call("POST", `/v1/decisions/${decision.body.decisionId}/issue`, { as: worker });
  const instrumentId = issued.body.instruments[0].instrumentId as string;
  const accepted = await api.call("POST", `/v1/instruments/${instrumentId}/accept`, { as: provider.providerToken });
  if (accepted.status !== 200) throw new Error(`acceptance: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { clientId, personalId, budgetId: budget.body.budgetId, instrumentId };
}

/** The month `delta` months after `month` (before it when negative), `YYYY-MM`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

interface RecordedDay {
  eventId: string;
  date: string;
  amountCents: number;
}

/**
 * Records day-activity events on the given days (1–14) of `month` as if it
 * were the 15th of that month, and approves each as a worker unless told not
 * to; the clock is reset afterwards.
 */
export async function recordDays(
  api: Api,
  clock: { set(instant: Date): void; reset(): void },
  provider: ProviderSetup,
  client: ClientSetup,
  month: string,
  days: readonly { day: number; quantity: number }[],
  prefix: string,
  options: { approve?: boolean } = {},
): Promise<RecordedDay[]> {
  clock.set(new Date(`${month}-15T12:00:00+02:00`));
  try {
    const recorded: RecordedDay[] = [];
    for (const { day, quantity } of days) {
      const date = `${month}-${String(day).padStart(2, "0")}`;
      const response = await api.call("POST", "/v1/service-events", {
        as: provider.providerToken,
        body: { instrumentId: client.instrumentId, externalId: `${prefix}-${day}`, date, quantity },
      });
      if (response.status !== 201) throw new Error(`recording ${date}: ${response.status} ${JSON.stringify(response.body)}`);
      if (options.approve ?? true) {
        const approved = await api.call("POST", `/v1/service-events/${response.body.eventId}/approve`, { as: worker });
        if (approved.status !== 200) throw new Error(`approving ${date}: ${approved.status} ${JSON.stringify(approved.body)}`);
      }
      recorded.push({ eventId: response.body.eventId, date, amountCents: response.body.amountCents });
    }
    return recorded;
  } finally {
    clock.reset();
  }
}

/** What a statement's header and totals must be, summed from its lines alone. */
export function sumsOfLines(lines: readonly { kind: string; amountCents: number; serviceCode?: string; instrumentNumber?: string }[]) {
  const byKey = (pick: (line: (typeof lines)[number]) => string | undefined) => {
    const totals: Record<string, { amountCents: number; count: number }> = {};
    for (const line of lines) {
      const key = pick(line);
      if (key === undefined) continue;
      const total = (totals[key] ??= { amountCents: 0, count: 0 });
      total.amountCents += line.amountCents;
      total.count += 1;
    }
    return totals;
  };
  const events = lines.filter((line) => line.kind === "event");
  const others = lines.filter((line) => line.kind !== "event");
  return {
    eventsCents: events.reduce((total, line) => total + line.amountCents, 0),
    creditsCents: others.reduce((total, line) => total - line.amountCents, 0),
    netCents: lines.reduce((total, line) => total + line.amountCents, 0),
    eventCount: events.length,
    creditCount: others.length,
    byService: byKey((line) => line.serviceCode),
    byInstrument: byKey((line) => line.instrumentNumber),
  };
}

/**
 * Starts the month's settlement run (202, or `expectStatus`), lets the local
 * pipeline take its steps, and returns the answer to the POST and the run as
 * it then is (closed).
 */
export async function runMonth(api: Api, runtime: { settle(timeoutMs?: number): Promise<void> }, month: string, expectStatus = 202) {
  const started = await api.call("POST", "/v1/settlement-runs", { as: finance, body: { month } });
  if (started.status !== expectStatus) throw new Error(`settlement run ${month}: ${started.status} ${JSON.stringify(started.body)}`);
  await runtime.settle(60_000);
  const run = await api.call("GET", `/v1/settlement-runs/SR-${month}`, { as: finance });
  if (run.body.state === "closing") throw new Error(`settlement run ${month} still closing: ${JSON.stringify(run.body.progress)}`);
  return { started, run: run.body };
}
