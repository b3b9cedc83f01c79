import { listBundles } from "../area/repository";
import { batchGet } from "../budget/repository";
import { getService } from "../catalogue/repository";
import type { CatalogueService } from "../catalogue/schemas";
import { keys } from "../keys";
import { type Page, pageOfIndex } from "../pagination";
import { checkOfferAgainst } from "./offer-rules";
import { rolled, type StoredPrice } from "./prices";
import { providerKey, toProvider } from "./repository";
import type { ProviderOffer } from "./price-schemas";
import type { PriceInput } from "./schemas";

/** The catalogue checks of a price list (./offer-rules.ts), against the area's bundles and the catalogue's services. */
export async function checkOffer(
  offer: { readonly bundles: readonly string[]; readonly prices: readonly PriceInput[] },
  options: { readonly checkBundles: boolean },
): Promise<Map<string, CatalogueService>> {
  const knownBundles = options.checkBundles ? new Set((await listBundles()).map((bundle) => bundle.code)) : undefined;
  // Duplicates are refused by the schema, so this is one GetItem per distinct service (A4).
  const services = await Promise.all(offer.prices.map((price) => getService(price.serviceCode)));
  checkOfferAgainst(offer, knownBundles, services);
  return new Map(services.flatMap((service) => (service ? [[service.code, service] as const] : [])));
}

/**
 * Approved providers that price a service, a page at a time: the price items
 * through gsi1 (`SERVICE#<code>`), then their providers by key. Eventually
 * consistent (gsi1): a price set a moment ago may be missing for milliseconds.
 */
export async function listOffers(
  serviceCode: string,
  today: string,
  limit: number,
  cursor: string | undefined,
): Promise<Page<Omit<ProviderOffer, "unit" | "clientShareCents">>> {
  const page = await pageOfIndex<StoredPrice & { providerId: string }>({ index: "gsi1", pk: keys.ProviderPrice.gsi1.pk({ serviceCode }), skPrefix: keys.ProviderPrice.gsi1.sk.prefix }, limit, cursor);
  const prices = page.items.map((stored) => ({ ...rolled(stored, today), providerId: stored.providerId }));
  const providers = new Map(
    (await batchGet(prices.map((price) => providerKey(price.providerId)))).map((item) => {
      const provider = toProvider(item);
      return [provider.providerId, provider] as const;
    }),
  );
  const items = prices.flatMap((price) => {
    const provider = providers.get(price.providerId);
    if (provider?.status !== "approved") return [];
    return [
      {
        providerId: provider.providerId,
        name: provider.name,
        businessId: provider.businessId,
        contact: provider.contact,
        serviceCode,
        unitPriceCents: price.unitPriceCents,
        ...(price.coming ? { coming: price.coming } : {}),
      },
    ];
  });
  return { items, nextCursor: page.nextCursor };
}
