import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { getService } from "../catalogue/repository";
import { tableName } from "../db";
import { getProvider, providerKey } from "../providers/repository";

interface CommitmentLine {
  readonly paymentMethod: "voucher" | "payment-commitment";
  readonly serviceCode: string;
  readonly providerId?: string;
}

export interface CommitmentProviders {
  /** Indexes of the payment-commitment lines whose provider does not exist or is not approved for a bundle of the line's service. */
  readonly refused: number[];
  /** The approved providers' names, by id (the decision document names them). */
  readonly names: ReadonlyMap<string, string>;
  /**
   * One ConditionCheck per provider: still approved, and still approved for a
   * bundle of each service it is committed for, so an issue transaction cannot
   * commit against a provider whose approval changed after the check.
   */
  readonly conditions: { readonly lineIndex: number; readonly item: TransactWriteItem }[];
}

/**
 * A payment commitment names its provider: it must be an approved provider
 * whose bundles include one of the bundles the catalogue puts the line's
 * service in (SPEC §2.7: providers are approved per bundle). One GetItem per
 * distinct provider and service.
 */
export async function checkCommitmentProviders(lines: readonly CommitmentLine[]): Promise<CommitmentProviders> {
  const committed = lines.flatMap((line, index) =>
    line.paymentMethod === "payment-commitment" && line.providerId ? [{ ...line, providerId: line.providerId, index }] : [],
  );
  const providerIds = [...new Set(committed.map((line) => line.providerId))];
  const serviceCodes = [...new Set(committed.map((line) => line.serviceCode))];
  const [providers, services] = await Promise.all([
    Promise.all(providerIds.map(async (id) => [id, await getProvider(id)] as const)).then((entries) => new Map(entries)),
    Promise.all(serviceCodes.map(async (code) => [code, await getService(code)] as const)).then((entries) => new Map(entries)),
  ]);
  const bundlesOf = (serviceCode: string) => services.get(serviceCode)?.bundles ?? [];
  const refused = committed
    .filter((line) => {
      const provider = providers.get(line.providerId);
      return provider?.status !== "approved" || !bundlesOf(line.serviceCode).some((bundle) => provider.bundles.includes(bundle));
    })
    .map((line) => line.index);
  const names = new Map(providerIds.flatMap((id) => (providers.get(id)?.status === "approved" ? [[id, providers.get(id)!.name] as const] : [])));
  const conditions = providerIds.map((providerId) => {
    const theirs = committed.filter((line) => line.providerId === providerId);
    const values: Record<string, unknown> = { ":approved": "approved" };
    const perService = [...new Set(theirs.map((line) => line.serviceCode))].map((serviceCode, s) => {
      const bundles = bundlesOf(serviceCode);
      if (bundles.length === 0) return "attribute_not_exists(pk)"; // a service in no bundle: no provider is approved for it
      return `(${bundles
        .map((bundle, b) => {
          values[`:b${s}_${b}`] = bundle;
          return `contains(bundles, :b${s}_${b})`;
        })
        .join(" OR ")})`;
    });
    return {
      lineIndex: theirs[0]!.index,
      item: {
        ConditionCheck: {
          TableName: tableName(),
          Key: marshall(providerKey(providerId)),
          ConditionExpression: ["#status = :approved", ...perService].join(" AND "),
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: marshall(values),
        },
      },
    };
  });
  return { refused, names, conditions };
}
