import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What one function may do with the area's data. A route declares it in the
 * route table (`grantsOf` in @hb/api/route), the stack turns it into the
 * function's IAM policy (stacks/lambda.ts), and locally and in tests
 * (HB_CHECK_RESPONSES=1) the same grants are enforced in process: a handler
 * that reaches beyond its declaration fails every test run that exercises
 * it, as it would fail with AccessDenied in AWS.
 */
export interface Grants {
  /** The main table: nothing, one read of the health probe's key, reads, or reads and writes. */
  readonly table: "none" | "health-probe" | "read" | "read-write";
  /** The audit table: nothing, new entries only, or new entries and the audit list. Never update or delete. */
  readonly auditLog: "none" | "append" | "append-read";
  /** Personal identity codes: HMAC lookups (`lookup`), sealing new codes (`seal`), opening sealed ones (`reveal`). */
  readonly personalIds: { readonly lookup: boolean; readonly seal: boolean; readonly reveal: boolean };
}

/** DynamoDB actions (IAM names) of each level of main-table access. */
export const tableActions = {
  none: [],
  // GetItem of HEALTH_KEY only (IAM: dynamodb:LeadingKeys); GET /v1/health tells whether the table answers, nothing more.
  "health-probe": ["GetItem"],
  read: ["GetItem", "BatchGetItem", "Query"],
  "read-write": ["GetItem", "BatchGetItem", "Query", "PutItem", "UpdateItem", "DeleteItem", "ConditionCheckItem"],
} as const satisfies Record<Grants["table"], readonly string[]>;

/** DynamoDB actions of each level of audit-table access: entries are only ever added (PutItem with attribute_not_exists). */
export const auditLogActions = {
  none: [],
  append: ["PutItem"],
  "append-read": ["PutItem", "Query"],
} as const satisfies Record<Grants["auditLog"], readonly string[]>;

const active = new AsyncLocalStorage<{ readonly name: string; readonly grants: Grants }>();

/** Runs `work` with in-process enforcement of `grants` (the local runtime and tests; IAM does it in AWS). */
export const runWithGrants = <T>(name: string, grants: Grants, work: () => Promise<T>): Promise<T> =>
  active.run({ name, grants }, work);

/** Throws when code running under grants does what they do not allow; outside any (AWS, consumers, jobs) it does nothing. */
export function assertGranted(allowed: (grants: Grants) => boolean, what: string): void {
  const current = active.getStore();
  if (current && !allowed(current.grants)) {
    const error = new Error(`${current.name} is not granted ${what}: declare it on the route (packages/api/src/route.ts)`);
    error.name = "AccessDeniedException";
    throw error;
  }
}
