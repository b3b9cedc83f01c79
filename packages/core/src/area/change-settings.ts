import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { recordAuditEntry } from "../audit/repository";
import { compareDates } from "../budget/periods";
import { businessDate } from "../dates";
import { dynamo, isConditionalCheckFailed, tableName } from "../db";
import { DomainError } from "../errors";
import { forgetAreaSettings, getAreaSettings, listSettingsVersions, settingsVersionKey, type StoredSettingsVersion } from "./repository";
import type { AreaRules, AreaSettingsView, PutAreaSettingsBody } from "./schemas";

const rulesOf = (version: StoredSettingsVersion): AreaSettingsView["current"]["settings"] => ({
  reviewWindowDays: version.reviewWindowDays,
  recordingDeadlineDays: version.recordingDeadlineDays,
  settlementDayOfMonth: version.settlementDayOfMonth,
  drift: version.drift,
  ...(version.retention ? { retention: version.retention } : {}),
  timeBands: { bands: version.timeBands },
});

const versionView = (version: StoredSettingsVersion) => ({
  effectiveFrom: version.effectiveFrom,
  ...(version.madeBy ? { madeBy: version.madeBy } : {}),
  ...(version.madeAt ? { madeAt: version.madeAt } : {}),
});

/** The version in force on `today`, the ones to come and the list of all, from one Query. */
export async function areaSettingsView(today: string): Promise<AreaSettingsView> {
  const versions = await listSettingsVersions();
  const inForce = versions.filter((version) => compareDates(version.effectiveFrom, today) <= 0);
  const current = inForce[inForce.length - 1] ?? versions[0];
  if (!current) throw new Error("area settings are missing: seed the area first");
  const { code, name, timeZone, currency, payerIban, payerBic, payerBusinessId } = current;
  return {
    area: { code, name, timeZone, currency, payerIban, payerBic, payerBusinessId },
    current: { ...versionView(current), settings: rulesOf(current) },
    coming: versions.filter((version) => compareDates(version.effectiveFrom, today) > 0).map((version) => ({ ...versionView(version), settings: rulesOf(version) })),
    versions: versions.map(versionView),
  };
}

/** A value as JSON with its objects' keys sorted: the table gives maps back in any order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );

/** Top-level rules that differ between two versions, for the audit entry. */
function changedRules(before: StoredSettingsVersion, after: AreaRules): string[] {
  const was = rulesOf(before) as Record<string, unknown>;
  return Object.entries(after)
    .filter(([field, value]) => canonical(value) !== canonical(was[field]))
    .map(([field]) => field)
    .sort();
}

/**
 * Adds the rules in force from `effectiveFrom` as a new version (decision
 * 81). The past cannot be rewritten: a day before today is refused, and so
 * is replacing the version of today, which may already have priced events.
 * A coming version (a later day) is replaced by a PUT for the same day.
 * The change is audited before it is written, as an area-wide entry.
 */
export async function changeAreaSettings(body: PutAreaSettingsBody, ctx: RequestContext): Promise<{ replaced: boolean }> {
  const today = businessDate(ctx.now);
  if (compareDates(body.effectiveFrom, today) < 0) {
    throw new DomainError("SETTINGS_IN_THE_PAST", { today }, [{ path: "/body/effectiveFrom", code: "SETTINGS_IN_THE_PAST", params: { date: today } }]);
  }
  // Who the area is and whose account pays stay as they are in the version before, as the table has it now.
  forgetAreaSettings();
  const before = (await getAreaSettings(body.effectiveFrom)) as StoredSettingsVersion;
  const { settings } = body;
  const version = {
    ...settingsVersionKey(body.effectiveFrom),
    type: "AreaSettingsVersion",
    code: before.code,
    name: before.name,
    timeZone: before.timeZone,
    currency: before.currency,
    payerIban: before.payerIban,
    payerBic: before.payerBic,
    payerBusinessId: before.payerBusinessId,
    reviewWindowDays: settings.reviewWindowDays,
    recordingDeadlineDays: settings.recordingDeadlineDays,
    settlementDayOfMonth: settings.settlementDayOfMonth,
    drift: settings.drift,
    retention: settings.retention,
    timeBands: settings.timeBands.bands,
    effectiveFrom: body.effectiveFrom,
    madeBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
    madeAt: ctx.now.toISOString(),
  };
  await recordAuditEntry(
    {
      at: ctx.now.toISOString(),
      kind: "write",
      action: "area.settings.put",
      entity: `AreaSettingsVersion#${body.effectiveFrom}`,
      changedFields: changedRules(before, settings),
      actor: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
      requestId: ctx.requestId,
    },
    `${ctx.requestId}#area-settings`,
  );
  try {
    const result = await dynamo().send(
      new PutItemCommand({
        TableName: tableName(),
        Item: marshall(version, { removeUndefinedValues: true }),
        // Today's version may have priced events already: only a coming one is replaced.
        ...(body.effectiveFrom === today ? { ConditionExpression: "attribute_not_exists(pk)" } : {}),
        ReturnValues: "ALL_OLD",
      }),
    );
    forgetAreaSettings();
    return { replaced: result.Attributes !== undefined && unmarshall(result.Attributes).sk === version.sk };
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw new DomainError("SETTINGS_VERSION_IN_FORCE", { effectiveFrom: body.effectiveFrom });
    throw error;
  }
}
