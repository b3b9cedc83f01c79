/**
 * What one change of one item adds to the monthly statistics (issue 22). Pure: the contribution
 * is a function of the stream record's own images only, never of the table as it is when the
 * record is processed, so records summed in any order give the same counters, and a duplicate
 * (the same eventID) is dropped before it is summed (counters.ts).
 *
 * Most indicators are `f(new image) − f(old image)` of a per-item state function (an event's
 * amounts per stage reached, an instrument's issue, a client's status): a chain of records of one
 * item telescopes to f(latest) whatever order they arrive in. Items removed by retention are not
 * subtracted: statistics outlive the records they were counted from (decision 91).
 */

/** A stream record's images, unmarshalled. */
export interface Change {
  readonly eventName: "INSERT" | "MODIFY" | "REMOVE";
  readonly oldImage?: Record<string, unknown>;
  readonly newImage?: Record<string, unknown>;
}

/** One counter delta: indicator key in a month, for a client (breakdowns by municipality and age) and a service when known. */
export interface Contribution {
  readonly month: string;
  readonly key: string;
  readonly delta: number;
  readonly clientId?: string;
  readonly serviceCode?: string;
  /** Counted once per person, month and cell however many records add it (a level like "in HB during the month"); delta is 1. */
  readonly distinct?: true;
}

/** A day bucket of a distribution: 0–365, longer ones in 365. */
export const dayBucket = (days: number): number => Math.max(0, Math.min(365, Math.round(days)));

export const monthOf = (date: string): string => date.slice(0, 7);

const helsinkiDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki", year: "numeric", month: "2-digit", day: "2-digit" });
/** The business date (Europe/Helsinki) of an ISO instant. */
export const dateOfInstant = (instant: string): string => helsinkiDate.format(new Date(instant));

export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);

/** A non-empty string of an image, or undefined. */
export const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);
/** A finite number of an image, or 0. */
export const num = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

type Part = Omit<Contribution, "delta"> & { delta: number };
/** A state's parts, keyed so that f(new) − f(old) cancels what did not change. */
type State = Map<string, Part>;

function add(state: State, part: Part): void {
  const id = `${part.month}|${part.key}|${part.clientId ?? ""}|${part.serviceCode ?? ""}`;
  const before = state.get(id);
  state.set(id, before ? { ...before, delta: before.delta + part.delta } : part);
}

export const EVENT_STAGES = ["recorded", "approved", "settled", "paid"] as const;

/** A service event as counted: its delivery month, amounts per stage reached, bands, kind and, once paid, the payment delay. */
function eventState(image: Record<string, unknown> | undefined): State {
  const state: State = new Map();
  if (!image || image.type !== "ServiceEvent") return state;
  const date = str(image.date);
  const rank = EVENT_STAGES.indexOf(image.status as (typeof EVENT_STAGES)[number]);
  if (!date || rank < 0) return state;
  const base = { month: monthOf(date), clientId: str(image.clientId) ?? str(image.dataSubject), serviceCode: str(image.serviceCode) };
  const amount = num(image.amountCents);
  const put = (key: string, delta: number) => delta !== 0 && add(state, { ...base, key, delta });
  put("events.count", 1);
  // Per provider, so the read can tell how many delivered and the largest three's share (indicators.ts).
  const provider = str(image.providerId);
  if (provider) put(`events.provider.${provider}`, 1);
  put("budgets.recordedCents", amount);
  if (rank >= 1) put("budgets.approvedCents", amount);
  if (rank >= 3) put("budgets.paidCents", amount);
  const kind = str(image.kind) ?? "delivered";
  put(`events.kind.${kind}.count`, 1);
  put(`events.kind.${kind}.amountCents`, amount);
  for (const band of Array.isArray(image.bands) ? (image.bands as Record<string, unknown>[]) : []) {
    const code = str(band.code);
    if (!code) continue;
    put(`events.band.${code}.count`, 1);
    put(`events.band.${code}.amountCents`, num(band.amountCents));
  }
  const paidAt = str(image.paidAt);
  if (rank === 3 && paidAt) put(`payments.delayDays.h${dayBucket(daysBetween(date, dateOfInstant(paidAt)))}`, 1);
  return state;
}

/** An instrument as counted: its issue (month of creation), kind and grant, and the days from issue to its first delivery. */
function instrumentState(image: Record<string, unknown> | undefined): State {
  const state: State = new Map();
  if (!image || image.type !== "Instrument") return state;
  const createdAt = str(image.createdAt);
  if (!createdAt) return state;
  const issued = dateOfInstant(createdAt);
  const base = { month: monthOf(issued), clientId: str(image.clientId) ?? str(image.dataSubject), serviceCode: str(image.serviceCode) };
  add(state, { ...base, key: image.kind === "voucher" ? "instruments.vouchers" : "instruments.commitments", delta: 1 });
  add(state, { ...base, key: "budgets.grantedCents", delta: num(image.capCents) });
  return state;
}

const diff = (before: State, after: State): Contribution[] => {
  const out: Contribution[] = [];
  for (const [id, part] of after) {
    const delta = part.delta - (before.get(id)?.delta ?? 0);
    if (delta !== 0) out.push({ ...part, delta });
  }
  for (const [id, part] of before) if (!after.has(id) && part.delta !== 0) out.push({ ...part, delta: -part.delta });
  return out;
};

/** Transitions of an instrument's status: each entry into a state is counted in the month it happened. */
function instrumentTransitions(change: Change): Contribution[] {
  const after = change.newImage;
  if (!after || after.type !== "Instrument") return [];
  const out: Contribution[] = [];
  const base = { clientId: str(after.clientId) ?? str(after.dataSubject), serviceCode: str(after.serviceCode) };
  // The first delivery: the one record whose old image has no lastDeliveryOn and whose new one has.
  const first = str(after.lastDeliveryOn);
  const createdAt = str(after.createdAt);
  if (first && createdAt && !str(change.oldImage?.lastDeliveryOn)) {
    out.push({ ...base, month: monthOf(first), key: `instruments.firstDeliveryDays.h${dayBucket(daysBetween(dateOfInstant(createdAt), first))}`, delta: 1 });
  }
  const from = str(change.oldImage?.status);
  const to = str(after.status);
  if (!to || from === to) return out;
  const at = str(after.updatedAt) ?? str(after.createdAt);
  if (!at) return out;
  const key = { "awaiting-provider": "instruments.awaitingProvider", "awaiting-acceptance": "instruments.awaitingAcceptance", active: "instruments.activated", closed: "instruments.ended" }[to];
  if (key) out.push({ ...base, month: monthOf(dateOfInstant(at)), key, delta: 1 });
  return out;
}

/** A client's HB status changes: started (→ active the first time), declined, ended, in the month of the change. */
function clientTransitions(change: Change): Contribution[] {
  const after = change.newImage;
  if (!after || after.type !== "Client") return [];
  const from = str(change.oldImage?.hbStatus) ?? "not-started";
  const to = str(after.hbStatus);
  if (!to || from === to) return [];
  const at = str(after.hbStatusChangedAt) ?? str(after.updatedAt);
  const clientId = str(after.clientId);
  if (!at || !clientId) return [];
  const month = monthOf(dateOfInstant(at));
  const key = to === "active" ? (from === "not-started" ? "clients.started" : "clients.resumed") : to === "declined" ? "clients.declined" : to === "ended" ? "clients.ended" : undefined;
  return key ? [{ month, key, delta: 1, clientId }] : [];
}

/** Representatives registered (+) and removed (−) on a client, in the month of the change. */
function representativeChanges(change: Change): Contribution[] {
  const after = change.newImage;
  if (!after || after.type !== "Client") return [];
  const count = (image: Record<string, unknown> | undefined) => (Array.isArray(image?.representatives) ? image.representatives.length : 0);
  const delta = count(after) - count(change.oldImage);
  const at = str(after.updatedAt) ?? str(after.createdAt);
  const clientId = str(after.clientId);
  if (delta === 0 || !at || !clientId) return [];
  return [{ month: monthOf(dateOfInstant(at)), key: "clients.representativesNet", delta, clientId }];
}

/**
 * A client in HB during a month: every record of an active client says so for the month of its
 * change, and so does the record that ends it. Clients active since an earlier month with no
 * record in this one are added by the month-end job (month-end.ts), from its listing.
 */
function clientInHb(change: Change): Contribution[] {
  const after = change.newImage;
  if (!after || after.type !== "Client") return [];
  const clientId = str(after.clientId);
  const wasActive = change.oldImage?.hbStatus === "active";
  const at = after.hbStatus === "active" ? (str(after.updatedAt) ?? str(after.createdAt)) : wasActive ? (str(after.hbStatusChangedAt) ?? str(after.updatedAt)) : undefined;
  if (!clientId || !at) return [];
  return [{ month: monthOf(dateOfInstant(at)), key: "clients.inHb", delta: 1, clientId, distinct: true }];
}

/**
 * A follow-up due in a month: a client's follow-up listing, while in HB (gsi3 set), names its
 * due day. Distinct per client and month: a due day moved by a new plan or met early by a
 * follow-up held before it still counts in its month.
 */
function followUpDue(change: Change): Contribution[] {
  const after = change.newImage;
  if (!after || after.type !== "FollowUpDue" || !str(after.gsi3pk)) return [];
  const clientId = str(after.clientId);
  const dueOn = str(after.dueOn);
  if (!clientId || !dueOn) return [];
  return [{ month: monthOf(dueOn), key: "followUps.due", delta: 1, clientId, distinct: true }];
}

/** Items counted once, when inserted: credits, notifications, follow-ups. */
function insertions(change: Change): Contribution[] {
  if (change.eventName !== "INSERT" || !change.newImage) return [];
  const item = change.newImage;
  const clientId = str(item.clientId) ?? str(item.dataSubject);
  switch (item.type) {
    case "Credit": {
      const day = str(item.date) ?? (str(item.createdAt) ? dateOfInstant(item.createdAt as string) : undefined);
      if (!day) return [];
      const reason = str(item.reasonCode) ?? "unknown";
      const base = { month: monthOf(day), clientId, serviceCode: str(item.serviceCode) };
      return [
        { ...base, key: `credits.${reason}.count`, delta: 1 },
        { ...base, key: `credits.${reason}.amountCents`, delta: num(item.amountCents) },
      ];
    }
    case "Notification": {
      const at = str(item.createdAt);
      if (!at) return [];
      return [{ month: monthOf(dateOfInstant(at)), key: `notifications.${str(item.kind) ?? "other"}`, delta: 1, clientId }];
    }
    case "FollowUp": {
      const day = str(item.date);
      if (!day) return [];
      const month = monthOf(day);
      const goals = Array.isArray(item.goalAttainment) ? (item.goalAttainment as Record<string, unknown>[]) : [];
      return [
        { month, key: "followUps.held", delta: 1, clientId },
        ...goals.map((goal) => ({ month, key: `goals.${str(goal.rating) ?? "not-assessed"}`, delta: 1, clientId })),
      ];
    }
    default:
      return [];
  }
}

/** A provider approved for the first time counts once per bundle, in the month of its approval (no client). */
function providerApprovals(change: Change): Contribution[] {
  const after = change.newImage;
  if (!after || after.type !== "Provider" || after.status !== "approved" || change.oldImage?.status !== undefined) return [];
  const at = str(after.approvedAt) ?? str(after.updatedAt);
  if (!at) return [];
  const bundles = Array.isArray(after.bundles) ? (after.bundles as unknown[]).filter((b): b is string => typeof b === "string") : [];
  return bundles.map((bundle) => ({ month: monthOf(dateOfInstant(at)), key: `providers.approved.${bundle}`, delta: 1 }));
}

/** Everything one stream record adds to the counters. */
export function contributionsOf(change: Change): Contribution[] {
  if (!counts(change)) return [];
  return [
    ...diff(eventState(change.oldImage), eventState(change.newImage)),
    ...diff(instrumentState(change.oldImage), instrumentState(change.newImage)),
    ...instrumentTransitions(change),
    ...clientTransitions(change),
    ...representativeChanges(change),
    ...insertions(change),
    ...providerApprovals(change),
    ...clientInHb(change),
    ...followUpDue(change),
  ];
}

/**
 * A removal by retention (or erasure) leaves the statistics as counted; only a provider's
 * delete of a still-recorded event takes its amounts back.
 */
export const counts = (change: Change): boolean =>
  change.eventName !== "REMOVE" || (change.oldImage?.type === "ServiceEvent" && change.oldImage.status === "recorded");

/** A client's first contact (an assessment) and first delivery (a service event) as one record tells them; the earliest of all is kept (trackers.ts). */
export function firstDatesOf(change: Change): { clientId: string; contactOn?: string; deliveryOn?: string } | undefined {
  const after = change.newImage;
  if (!after) return undefined;
  const clientId = str(after.clientId) ?? str(after.dataSubject);
  if (!clientId) return undefined;
  // Only a new date can lower a minimum: an approval or a payment of an event changes none.
  if (after.type === "Assessment" && str(after.assessedOn) && after.assessedOn !== change.oldImage?.assessedOn) return { clientId, contactOn: str(after.assessedOn)! };
  if (after.type === "ServiceEvent" && str(after.date) && after.date !== change.oldImage?.date) return { clientId, deliveryOn: str(after.date)! };
  return undefined;
}

/** The item types whose changes are counted (the pipe's filter). */
export const COUNTED_TYPES = ["ServiceEvent", "Instrument", "Client", "Credit", "Notification", "FollowUp", "FollowUpDue", "Assessment", "Provider"] as const;
