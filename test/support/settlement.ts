import { addDays } from "@hb/core/budget/periods";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import { freshBusinessId, providerApplicationBody, type Api } from "./fixtures";

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
  providerToken: string;
  iban: string;
}

/** A provider that applied and was approved, so it has a name and an IBAN to be paid to. */
export async function approvedProvider(api: Api, staff: string): Promise<ProviderSetup> {
  const body = providerApplicationBody(freshBusinessId());
  const applied = await api.call("POST", "/v1/provider-applications", { as: `role=provider&sub=${staff}`, body });
  const decided = await api.call("POST", `/v1/provider-applications/${applied.body.applicationId}/decision`, {
    as: "role=admin&sub=admin-1",
    body: { outcome: "approved", reason: "Hyväksytty" },
  });
  if (decided.status !== 200) throw new Error(`provider approval: ${decided.status} ${JSON.stringify(decided.body)}`);
  const providerId = decided.body.providerId as string;
  return { providerId, providerToken: `role=provider&sub=${staff}&providerId=${providerId}`, iban: body.iban };
}

export interface ClientSetup {
  clientId: string;
  budgetId: string;
  /** Day activities, 70,00 € a day, 40 days over the validity; a payment commitment to the provider, accepted. */
  instrumentId: string;
}

/** A client with an accepted payment commitment for day activities from `validFrom` for a year. */
export async function servedClient(api: Api, provider: ProviderSetup, individual: number, validFrom: string): Promise<ClientSetup> {
  const nine = `020280${String(individual).padStart(3, "0")}`;
  const client = await api.call("POST", "/v1/clients", {
    as: worker,
    body: { personalId: `020280-${nine.slice(6)}${personalIdCheckCharacter(nine)}`, firstName: "Tilda", lastName: "Testi", municipality: "Oulu", language: "fi" },
  });
  const clientId = client.body.clientId as string;
  const plan = await api.call("POST", `/v1/clients/${clientId}/service-plans`, {
    as: worker,
    body: {
      validFrom,
      validTo: addDays(validFrom, 364),
      services: [{ serviceCode: "PAIVATOIMINTA", content: "Päivätoiminta", quantity: 40, unit: "day", per: "validity", unitCostCents: 7000, costBasis: "reference-price" }],
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
  return { clientId, budgetId: budget.body.budgetId, instrumentId };
}
