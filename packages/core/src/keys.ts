/**
 * Every entity's keys in the single table, declared once (issue 19). A key is a template of
 * literal text and `{name}` placeholders: `keys.Client.pk({ clientId })` builds `CLIENT#<clientId>`,
 * the compiler checks the names, `.prefix` is the literal text a `begins_with` query uses, and
 * docs/data-model.md's entity table is rendered from these templates (a test compares them).
 * Values are put in as given: a caller formats numbers (padding) the way the key sorts.
 */
import { tableDefinition } from "./table";

type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
export type KeyValues<T extends string> = { readonly [Name in Placeholders<T>]: string | number };

export interface KeyTemplate<T extends string> {
  (values: KeyValues<T>): string;
  readonly template: T;
  /** The literal text before the first placeholder: a `begins_with` on the key finds every item of the template. */
  readonly prefix: string;
}

function keyTemplate<T extends string>(template: T): KeyTemplate<T> {
  const build = (values: KeyValues<T>) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => String((values as Record<string, string | number>)[name]));
  const cut = template.indexOf("{");
  return Object.assign(build, { template, prefix: cut < 0 ? template : template.slice(0, cut) });
}

type IndexName = "gsi1" | "gsi2" | "gsi3";

interface IndexDeclaration {
  readonly pk: string;
  readonly sk: string;
  /** When the item is in the index, if not always (a sparse index), for the data model. */
  readonly while?: string;
}

export interface EntityDeclaration {
  readonly pk: string;
  readonly sk: string;
  readonly gsi1?: IndexDeclaration;
  readonly gsi2?: IndexDeclaration;
  readonly gsi3?: IndexDeclaration;
}

type IndexKeys<D extends IndexDeclaration, N extends IndexName> = ((values: KeyValues<D["pk"]> & KeyValues<D["sk"]>) => Record<`${N}pk` | `${N}sk`, string>) & {
  readonly pk: KeyTemplate<D["pk"]>;
  readonly sk: KeyTemplate<D["sk"]>;
  readonly while?: string;
};

export type Entity<D extends EntityDeclaration> = {
  /** The templates as declared, for docs/data-model.md. */
  readonly declaration: D;
  readonly pk: KeyTemplate<D["pk"]>;
  readonly sk: KeyTemplate<D["sk"]>;
  /** The item's primary key, `{ pk, sk }`. */
  key(values: KeyValues<D["pk"]> & KeyValues<D["sk"]>): { pk: string; sk: string };
} & { readonly [N in IndexName as D[N] extends IndexDeclaration ? N : never]: D[N] extends IndexDeclaration ? IndexKeys<D[N], N> : never };

function indexKeys<D extends IndexDeclaration, N extends IndexName>(name: N, declaration: D): IndexKeys<D, N> {
  const pk = keyTemplate(declaration.pk);
  const sk = keyTemplate(declaration.sk);
  const build = (values: KeyValues<D["pk"]> & KeyValues<D["sk"]>) => ({ [`${name}pk`]: pk(values), [`${name}sk`]: sk(values) }) as Record<`${N}pk` | `${N}sk`, string>;
  return Object.assign(build, { pk, sk, ...(declaration.while ? { while: declaration.while } : {}) });
}

function entity<const D extends EntityDeclaration>(declaration: D): Entity<D> {
  const pk = keyTemplate(declaration.pk);
  const sk = keyTemplate(declaration.sk);
  const indexes = (["gsi1", "gsi2", "gsi3"] as const).flatMap((name) => (declaration[name] ? [[name, indexKeys(name, declaration[name])]] : []));
  return { declaration, pk, sk, key: (values: KeyValues<D["pk"]> & KeyValues<D["sk"]>) => ({ pk: pk(values), sk: sk(values) }), ...Object.fromEntries(indexes) } as Entity<D>;
}

export const keys = {
  AreaSettingsVersion: entity({ pk: "AREA", sk: "SETTINGS#{effectiveFrom}" }),
  AreaSettings: entity({ pk: "AREA", sk: "SETTINGS" }),
  Bundle: entity({ pk: "AREA", sk: "BUNDLE#{code}" }),
  Service: entity({ pk: "AREA", sk: "SERVICE#{code}" }),
  Client: entity({ pk: "CLIENT#{clientId}", sk: "PROFILE", gsi1: { pk: "WORKER#{assignedWorker}", sk: "CLIENT#{createdAt}#{clientId}" } }),
  PersonalIdLookup: entity({ pk: "PERSONALID#{ref}", sk: "PERSONALID" }),
  Representation: entity({ pk: "PERSONALID#{ref}", sk: "REPRESENTS#{clientId}" }),
  Membership: entity({ pk: "PERSONALID#{ref}", sk: "MEMBER#{providerId}" }),
  Assessment: entity({ pk: "CLIENT#{clientId}", sk: "ASSESSMENT#{createdAt}#{assessmentId}" }),
  SupportPlan: entity({ pk: "CLIENT#{clientId}", sk: "SUPPORTPLAN#{createdAt}#{supportPlanId}" }),
  ServicePlanSlot: entity({ pk: "CLIENT#{clientId}", sk: "SERVICEPLAN#v{version}" }),
  ServicePlan: entity({ pk: "SERVICEPLAN#{planId}", sk: "SERVICEPLAN" }),
  PlanBudget: entity({ pk: "SERVICEPLAN#{planId}", sk: "BUDGET" }),
  Budget: entity({ pk: "BUDGET#{budgetId}", sk: "BUDGET", gsi1: { pk: "CLIENT#{clientId}", sk: "BUDGET#{createdAt}#{budgetId}" } }),
  BudgetLine: entity({ pk: "BUDGET#{budgetId}", sk: "LINE#{index}" }),
  Decision: entity({ pk: "DECISION#{decisionId}", sk: "DECISION", gsi1: { pk: "CLIENT#{clientId}", sk: "DECISION#{createdAt}#{decisionId}" } }),
  ClientFeeMonth: entity({ pk: "DECISION#{decisionId}", sk: "FEE#{month}", gsi3: { pk: "CLIENT-FEES#{month}", sk: "{clientId}#{decisionId}" } }),
  Instrument: entity({
    pk: "INSTRUMENT#{instrumentId}",
    sk: "INSTRUMENT",
    gsi1: { pk: "CLIENT#{clientId}", sk: "INSTRUMENT#{createdAt}#{instrumentId}" },
    gsi2: { pk: "PROVIDER#{providerId}", sk: "INSTRUMENT#{number}", while: "a provider is named (the provider's work list)" },
  }),
  InstrumentNumber: entity({ pk: "INSTRUMENTNUMBER#{number}", sk: "INSTRUMENTNUMBER" }),
  Counter: entity({ pk: "COUNTER", sk: "{series}#{year}" }),
  Migration: entity({ pk: "MIGRATION", sk: "{migrationId}" }),
  HealthProbe: entity({ pk: "HEALTH", sk: "HEALTH" }),
  ServiceEvent: entity({
    pk: "EVENT#{eventId}",
    sk: "EVENT",
    gsi1: { pk: "INSTRUMENT#{instrumentId}", sk: "EVENT#{date}#{eventId}" },
    gsi2: { pk: "PROVIDER#{providerId}", sk: "EVENT#{date}#{eventId}" },
    gsi3: { pk: "REVIEW#{reviewEndsOn}", sk: "{recordedAt}#{eventId}", while: "recorded" },
  }),
  ProviderApplication: entity({ pk: "PROVIDERAPP#{applicationId}", sk: "PROVIDERAPP", gsi1: { pk: "APPLICATIONS#{status}", sk: "{createdAt}#{applicationId}" } }),
  Provider: entity({ pk: "PROVIDER#{providerId}", sk: "PROVIDER" }),
  Member: entity({ pk: "PROVIDER#{providerId}", sk: "MEMBER#{memberId}" }),
  ProviderWebhook: entity({ pk: "WEBHOOK#{providerId}", sk: "WEBHOOK" }),
  WebhookDelivery: entity({ pk: "WEBHOOK#{providerId}", sk: "DELIVERY#{at}#{eventId}#{attempt}" }),
  ProviderEvent: entity({ pk: "PROVIDEREVENT#{eventId}", sk: "PROVIDEREVENT" }),
  BankAccountChange: entity({
    pk: "ACCOUNTCHANGE#{changeId}",
    sk: "ACCOUNTCHANGE",
    gsi1: { pk: "ACCOUNTCHANGES#{providerId}", sk: "{requestedAt}#{changeId}" },
    gsi3: { pk: "ACCOUNTCHANGES-PENDING", sk: "{requestedAt}#{changeId}", while: "pending" },
  }),
  ProviderPrice: entity({ pk: "PROVIDER#{providerId}", sk: "PRICE#{serviceCode}", gsi1: { pk: "SERVICE#{serviceCode}", sk: "PROVIDER#{providerId}" } }),
  ProviderPriceFrom: entity({ pk: "PROVIDER#{providerId}", sk: "PRICEFROM#{serviceCode}#{effectiveFrom}" }),
  BusinessId: entity({ pk: "BUSINESSID#{businessId}", sk: "BUSINESSID" }),
  ExternalId: entity({ pk: "EXTERNALID#{providerId}#{externalId}", sk: "EXTERNALID" }),
  Occupancy: entity({ pk: "CLIENT#{clientId}", sk: "OCCUPANCY#{date}" }),
  SettlementStatement: entity({ pk: "STATEMENT#{statementId}", sk: "STATEMENT", gsi2: { pk: "PROVIDER#{providerId}", sk: "STATEMENT#{month}" } }),
  StatementLine: entity({ pk: "STATEMENT#{statementId}", sk: "LINE#{date}#{kind}#{sourceId}" }),
  StatementTotal: entity({ pk: "STATEMENT#{statementId}", sk: "TOTAL#{dimension}#{value}" }),
  StatementRegistry: entity({ pk: "STATEMENTS#{month}", sk: "STATEMENTS" }),
  SettlementRun: entity({ pk: "SETTLEMENTRUN#{runId}", sk: "SETTLEMENTRUN" }),
  SettlementPayment: entity({ pk: "SETTLEMENTRUN#{runId}", sk: "PAYMENT#{statementId}" }),
  SettlementCarry: entity({ pk: "SETTLEMENTRUN#{runId}", sk: "CARRY#{statementId}" }),
  OwedRegistry: entity({ pk: "STATEMENTS#OWED", sk: "STATEMENTS" }),
  Credit: entity({ pk: "CREDIT#{creditId}", sk: "CREDIT", gsi1: { pk: "EVENT#{eventId}", sk: "CREDIT#{createdAt}#{creditId}" } }),
  StatisticsMonth: entity({ pk: "STATS#{month}", sk: "{cell}" }),
  StatisticsPerson: entity({ pk: "STATS#{month}", sk: "PERSON#{cell}#{ref}" }),
  StatisticsDistinct: entity({ pk: "STATS#{month}", sk: "DISTINCT#{indicator}#{cell}#{ref}" }),
  StatisticsUtilisation: entity({ pk: "STATS#{month}", sk: "UTIL#{instrumentId}" }),
  StatisticsLevels: entity({ pk: "STATS#{month}", sk: "LEVELS" }),
  StatisticsRecord: entity({ pk: "STATSREC#{streamEventId}", sk: "STATSREC" }),
  StatisticsMunicipality: entity({ pk: "CLIENT#{clientId}", sk: "STATS-MUNICIPALITY#{month}" }),
  StatisticsListing: entity({ pk: "CLIENT#{clientId}", sk: "STATS-LISTING", gsi3: { pk: "STATS-IN-HB", sk: "{clientId}", while: "the client is active" } }),
  StatisticsFirsts: entity({ pk: "CLIENT#{clientId}", sk: "STATS-FIRSTS" }),
  FollowUp: entity({ pk: "CLIENT#{clientId}", sk: "FOLLOWUP#{date}#{createdAt}#{followUpId}" }),
  FollowUpDue: entity({ pk: "CLIENT#{clientId}", sk: "FOLLOWUP-DUE", gsi3: { pk: "FOLLOWUPS-DUE", sk: "{dueOn}#{clientId}", while: "the client is in HB" } }),
  PeriodUse: entity({ pk: "INSTRUMENT#{instrumentId}", sk: "PERIOD#{periodStart}" }),
  EventKindCount: entity({ pk: "INSTRUMENT#{instrumentId}", sk: "KINDS#{month}" }),
  DriftState: entity({
    pk: "INSTRUMENT#{instrumentId}",
    sk: "DRIFT",
    gsi3: { pk: "DRIFT-WATCH", sk: "{nextCheckOn}#{instrumentId}", while: "the state can change without a delivery" },
  }),
  Notification: entity({
    pk: "NOTIFICATION#{notificationId}",
    sk: "NOTIFICATION",
    gsi1: { pk: "INBOX#{inbox}", sk: "{createdAt}#{notificationId}" },
    gsi2: { pk: "CLIENT#{clientId}", sk: "NOTIFICATION#{createdAt}#{notificationId}", while: "a drift kind" },
  }),
  InboxCounter: entity({ pk: "INBOX#{inbox}", sk: "UNREAD" }),
  RetentionListing: entity({
    pk: "CLIENT#{clientId}",
    sk: "RETENTION",
    gsi3: { pk: "RETENTION", sk: "{endedOn}#{clientId}", while: "the job has not kept the client permanently" },
  }),
} as const;

export type EntityName = keyof typeof keys;

/** An audit entry's place in the day index, whichever partition it is filed under (`clientId` `-` when it names none). */
const auditDayIndex = { pk: "AUDIT#{day}", sk: "{at}#{clientId}#{uniqueId}" } as const;

/**
 * The audit table's keys (`auditTableDefinition`): a table of its own, so not in `keys`, whose
 * entities are the single table's (docs/data-model.md's entity table is rendered from `keys`).
 */
export const auditKeys = {
  AuditEntry: entity({ pk: "AUDIT#{clientId}", sk: "{at}#{uniqueId}", gsi1: auditDayIndex }),
  /** A refusal that was about no client, filed by its day only. */
  AreaAuditEntry: entity({ pk: "AUDIT-AREA#{day}", sk: "{at}#{uniqueId}", gsi1: auditDayIndex }),
} as const;

/** The attributes that only address an item (its keys and index keys): never part of what the API answers. */
export const keyAttributes: readonly string[] = [
  tableDefinition.partitionKey,
  tableDefinition.sortKey,
  ...tableDefinition.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
];
