import { type TransactWriteItem, TransactWriteItemsCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { dynamo, tableName } from "./db";
import { DomainError } from "./errors";

/** DynamoDB refuses a transaction of more items than this. */
export const MAX_TRANSACTION_ITEMS = 100;

/** Cancellation reason codes of a TransactionCanceledException, by position in the transaction; empty for any other error. */
function cancellationCodes(error: unknown): (string | undefined)[] {
  if (!(error instanceof Error) || error.name !== "TransactionCanceledException") return [];
  const reasons = (error as Error & { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((reason) => reason.Code);
}

/** The pause before retrying a transaction that lost a race: jittered, doubling, at most 400 ms. */
const backoff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(400, 10 * 2 ** attempt)));

/** An expression with the names and values it uses (placeholders `#…` and `:…`). */
export interface Expression {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

type Key = { pk: string; sk: string };

/** A condition: an expression, or a bare one that needs no names or values (`attribute_not_exists(pk)`). */
type Condition = string | Expression;

const expressionOf = (condition: Condition | undefined): Expression | undefined =>
  typeof condition === "string" ? { expression: condition } : condition;

/** The ConditionExpression and its placeholders, left out when there is no condition. */
function conditionFields(condition: Expression | undefined, also: Omit<Expression, "expression"> = {}) {
  const names = { ...also.names, ...condition?.names };
  const values = { ...also.values, ...condition?.values };
  return {
    ...(condition ? { ConditionExpression: condition.expression } : {}),
    ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
    ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: marshall(values, { removeUndefinedValues: true }) } : {}),
  };
}

/**
 * A DynamoDB transaction whose items have names, so that a cancellation is
 * read by what failed ("claim", "instrument") and not by position: adding or
 * moving an item cannot change which refusal a caller answers. A name may
 * stand for several items (a day's occupancy, the use of each period) or for
 * none when the write has nothing to do there.
 */
export class Transaction {
  private readonly items: { name: string; item: TransactWriteItem }[] = [];

  /** Items shaped elsewhere (`transition`, `balanceChange`, `versionedPut`, `notificationWrites`) under one name. */
  add(name: string, ...items: TransactWriteItem[]): this {
    for (const item of items) this.items.push({ name, item });
    return this;
  }

  /** A Put of the item into the main table, under the condition if one is given. */
  put(name: string, item: Record<string, unknown>, condition?: Condition): this {
    const fields = conditionFields(expressionOf(condition));
    return this.add(name, { Put: { TableName: tableName(), Item: marshall(item, { removeUndefinedValues: true }), ...fields } });
  }

  /** An Update of the item at `key`: `update` is the UpdateExpression with its placeholders. */
  update(name: string, key: Key, update: Expression, condition?: Condition): this {
    const fields = conditionFields(expressionOf(condition), update);
    return this.add(name, { Update: { TableName: tableName(), Key: marshall(key), UpdateExpression: update.expression, ...fields } });
  }

  /** A Delete of the item at `key`, under the condition if one is given. */
  delete(name: string, key: Key, condition?: Condition): this {
    return this.add(name, { Delete: { TableName: tableName(), Key: marshall(key), ...conditionFields(expressionOf(condition)) } });
  }

  /** A condition on an item the transaction does not write. */
  check(name: string, key: Key, condition: Condition): this {
    const { expression, ...placeholders } = typeof condition === "string" ? { expression: condition } : condition;
    return this.add(name, { ConditionCheck: { TableName: tableName(), Key: marshall(key), ConditionExpression: expression, ...conditionFields(undefined, placeholders) } });
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * Sends the transaction: all items are written or none. Throws
   * `TransactionCancelled` when DynamoDB cancels it, and refuses more than
   * `MAX_TRANSACTION_ITEMS` items before sending anything.
   */
  async write(): Promise<void> {
    if (this.items.length > MAX_TRANSACTION_ITEMS) {
      const counts = new Map<string, number>();
      for (const { name } of this.items) counts.set(name, (counts.get(name) ?? 0) + 1);
      const parts = [...counts].map(([name, count]) => `${name} ${count}`).join(", ");
      throw new Error(`A transaction holds at most ${MAX_TRANSACTION_ITEMS} items; this one has ${this.items.length} (${parts})`);
    }
    try {
      await dynamo().send(new TransactWriteItemsCommand({ TransactItems: this.items.map(({ item }) => item) }));
    } catch (error) {
      if (error instanceof Error && error.name === "TransactionCanceledException") throw new TransactionCancelled(this.items.map(({ name }) => name), error);
      throw error;
    }
  }

  /**
   * Writes the transaction, or nothing when the item `name` fails its
   * condition (written before by a redelivered record or a repeated request,
   * or no longer to be written): false then, instead of a cancellation.
   */
  async writeUnlessFailed(name: string): Promise<boolean> {
    try {
      await this.write();
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failed(name)) return false;
      throw error;
    }
  }
}

/** A transaction to fill: `transaction().put("claim", …).add("line", …)`, then `await tx.write()`. */
export const transaction = (): Transaction => new Transaction();

/**
 * DynamoDB cancelled a transaction: why, by the names of its items. The
 * SDK's error is the cause (an outage's throttling reasons are read from it).
 */
export class TransactionCancelled extends Error {
  override readonly name = "TransactionCancelled";
  /** Each item that gave a reason other than `None`, by name, in the transaction's order. */
  readonly reasons: readonly { name: string; code: string }[];

  constructor(names: readonly string[], cause: Error) {
    const codes = cancellationCodes(cause);
    const reasons = names.flatMap((name, index) => (codes[index] && codes[index] !== "None" ? [{ name, code: codes[index] }] : []));
    super(`Transaction cancelled: ${reasons.map(({ name, code }) => `${name} ${code}`).join(", ") || "no reason given"}`, { cause });
    this.reasons = reasons;
  }

  /** Whether an item under this name (any item, without a name) failed its condition. */
  failed(name?: string): boolean {
    return this.reasons.some((reason) => (name === undefined || reason.name === name) && reason.code === "ConditionalCheckFailed");
  }

  /** A concurrent write touched one of the items. */
  get conflict(): boolean {
    return this.reasons.some((reason) => reason.code === "TransactionConflict");
  }

  /** A condition on something read before failed, or a concurrent write came between: worth trying again from fresh reads. */
  get lostRace(): boolean {
    return this.conflict || this.failed();
  }
}

/** A transaction that lost a race (see `TransactionCancelled.lostRace`): worth trying again from fresh reads. */
export const lostRace = (error: unknown): boolean => error instanceof TransactionCancelled && error.lostRace;

/**
 * Runs `write` until it returns, `attempts` times at most. An error that
 * `retryWhen` accepts (by default a transaction that lost a race) is tried
 * again after a jittered pause that doubles up to 400 ms, so concurrent
 * writers spread apart; any other error ends it. When the attempts are
 * spent, `exhausted` gives what is thrown: 409 CONCURRENT_CHANGE unless
 * said otherwise.
 */
export async function retrying<T>(
  attempts: number,
  write: (attempt: number) => Promise<T>,
  options: { retryWhen?: (error: unknown) => boolean; exhausted?: (last: unknown) => unknown } = {},
): Promise<T> {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be a positive integer, not ${attempts}`);
  const { retryWhen = lostRace, exhausted = () => new DomainError("CONCURRENT_CHANGE") } = options;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await write(attempt);
    } catch (error) {
      if (!retryWhen(error)) throw error;
      if (attempt + 1 >= attempts) throw exhausted(error);
      await backoff(attempt);
    }
  }
}

/** For `retrying`: when the attempts are spent, the last error itself is thrown. */
export const lastError = (last: unknown): unknown => last;

/** For `retrying`: a transaction cancelled because a concurrent write touched one of its items, or one whose item `name` failed its condition. */
export const conflictOr =
  (...names: string[]) =>
  (error: unknown): boolean =>
    error instanceof TransactionCancelled && (error.conflict || names.some((name) => error.failed(name)));
