import { type Api, freshPersonalId, personToken } from "./fixtures";
import { type ProviderSetup, worker } from "./settlement";

/** Shared by the budget-change suites: a client of 2027 funded by a voucher decision, through the API as a worker does it. */

export function expectStatus(response: { status: number; body: unknown }, status: number, what: string): void {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
}

/** `hours` of personal assistance × 36,00 € per month (or week). */
export const assistance = (hours: number, per = "month") => ({
  serviceCode: "HENKILOKOHTAINEN_APU",
  content: "Apu asiointiin ja harrastuksiin",
  quantity: hours,
  unit: "hour",
  per,
  unitCostCents: 3600,
  costBasis: "reference-price",
});

/** A plan version with `services` (for 2027 unless told), and its budget's id. */
export async function planBudget(
  api: Api,
  clientId: string,
  services: readonly object[],
  validity: { validFrom: string; validTo: string } = { validFrom: "2027-01-01", validTo: "2027-12-31" },
): Promise<string> {
  const plan = await api.call("POST", `/v1/clients/${clientId}/service-plans`, {
    as: worker,
    body: { ...validity, services, followUp: { intervalDays: 90, method: "puhelu" } },
  });
  expectStatus(plan, 201, "plan");
  const budget = await api.call("POST", `/v1/service-plans/${plan.body.planId}/budget`, { as: worker });
  expectStatus(budget, 201, "budget");
  return budget.body.budgetId as string;
}

/** A plan version for 2027 with `services`, its budget and a draft decision paying line L1 by voucher (from `effectiveFrom` when given). */
export async function draftVoucher(
  api: Api,
  clientId: string,
  services: readonly object[],
  options: { effectiveFrom?: string; decidedOn?: string } = {},
): Promise<{ budgetId: string; decisionId: string }> {
  const budgetId = await planBudget(api, clientId, services);
  const decision = await api.call("POST", `/v1/budgets/${budgetId}/decisions`, {
    as: worker,
    body: {
      decidedOn: options.decidedOn ?? "2027-01-01",
      ...(options.effectiveFrom ? { effectiveFrom: options.effectiveFrom } : {}),
      legalBasis: "vammaispalvelulaki",
      decisionMaker: { name: "Sari Sosiaalityöntekijä", title: "sosiaalityöntekijä" },
      lines: [{ lineId: "L1", paymentMethod: "voucher" }],
    },
  });
  expectStatus(decision, 201, "decision");
  return { budgetId, decisionId: decision.body.decisionId as string };
}

/** A client the worker registers, the token they sign in with, and their identity code. */
export async function newClient(api: Api, firstName: string, lastName: string): Promise<{ clientId: string; clientToken: string; personalId: string }> {
  const personalId = freshPersonalId();
  const client = await api.call("POST", "/v1/clients", { as: worker, body: { personalId, firstName, lastName, municipality: "Oulu", language: "fi" } });
  expectStatus(client, 201, "client");
  const clientId = client.body.clientId as string;
  return { clientId, clientToken: personToken(personalId, `client-${clientId}`), personalId };
}

/** Issues a draft; the client chooses `provider` for its voucher, which accepts unless `accept` is false. Answers the voucher's id. */
export async function issueVoucher(api: Api, decisionId: string, clientToken: string, provider?: ProviderSetup, accept = true): Promise<string> {
  const issued = await api.call("POST", `/v1/decisions/${decisionId}/issue`, { as: worker });
  expectStatus(issued, 200, "issue");
  const instrumentId = issued.body.instruments[0].instrumentId as string;
  if (provider) {
    expectStatus(await api.call("POST", `/v1/instruments/${instrumentId}/provider`, { as: clientToken, body: { providerId: provider.providerId } }), 200, "choice");
    if (accept) expectStatus(await api.call("POST", `/v1/instruments/${instrumentId}/accept`, { as: provider.providerToken }), 200, "acceptance");
  }
  return instrumentId;
}
