import { getItem } from "../db";
import { getDecision } from "../decisions/view";
import { clientKey } from "./repository";

/**
 * The worker who hears of a client's instruments (drift, a change of provider, a provider stopped):
 * the client's assigned worker (decision 80), so a reassignment moves what the worker hears with the
 * caseload; for a client registered before caseloads and not yet backfilled, the decision's drafter.
 */
export async function responsibleWorker(clientId: string, decisionId: string): Promise<string | undefined> {
  const client = await getItem<{ assignedWorker?: string }>(clientKey(clientId));
  return client?.assignedWorker ?? (await getDecision(decisionId))?.createdBy.sub;
}
