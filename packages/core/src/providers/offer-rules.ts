import type { CatalogueService } from "../catalogue/schemas";
import { DomainError, type FieldProblem } from "../errors";
import type { PriceInput } from "./schemas";

/**
 * The catalogue checks of a price list against what the catalogue holds:
 * every bundle is on the area's list (`knownBundles`; undefined: not
 * checked), every priced service exists (`services`, one per price, in the
 * same order) and belongs to one of the bundles, and a euro is priced at 100
 * cents. Every offending entry is listed with its path; the problem code is
 * the first kind found.
 */
export function checkOfferAgainst(
  offer: { readonly bundles: readonly string[]; readonly prices: readonly PriceInput[] },
  knownBundles: ReadonlySet<string> | undefined,
  services: readonly (Pick<CatalogueService, "bundles" | "unit"> | undefined)[],
): void {
  const unknownBundles: FieldProblem[] = [];
  if (knownBundles) {
    offer.bundles.forEach((bundle, index) => {
      if (!knownBundles.has(bundle)) {
        unknownBundles.push({ path: `/body/bundles/${index}`, code: "UNKNOWN_BUNDLE" });
      }
    });
  }
  const unknownServices: FieldProblem[] = [];
  const outside: FieldProblem[] = [];
  const euro: FieldProblem[] = [];
  offer.prices.forEach((price, index) => {
    const service = services[index];
    const at = `/body/prices/${index}`;
    if (!service) {
      unknownServices.push({ path: `${at}/serviceCode`, code: "UNKNOWN_SERVICE" });
    } else if (!service.bundles.some((bundle) => offer.bundles.includes(bundle))) {
      outside.push({
        path: `${at}/serviceCode`,
        code: "SERVICE_NOT_IN_BUNDLES",
      });
    } else if (service.unit === "euro" && price.unitPriceCents !== 100) {
      euro.push({ path: `${at}/unitPriceCents`, code: "EURO_UNIT_COST" });
    }
  });
  const errors = [...unknownBundles, ...unknownServices, ...outside, ...euro];
  const firstBundle = offer.bundles.find((bundle, index) => unknownBundles.some((error) => error.path === `/body/bundles/${index}`));
  if (firstBundle !== undefined) throw new DomainError("UNKNOWN_BUNDLE", { bundle: firstBundle }, errors);
  const firstUnknown = offer.prices.find((_, index) => !services[index]);
  if (firstUnknown) throw new DomainError("UNKNOWN_SERVICE", { service: firstUnknown.serviceCode }, errors);
  const firstOutside = offer.prices.find((_, index) => outside.some((error) => error.path === `/body/prices/${index}/serviceCode`));
  if (firstOutside) throw new DomainError("SERVICE_NOT_IN_BUNDLES", { service: firstOutside.serviceCode }, errors);
  if (euro.length > 0) throw new DomainError("VALIDATION_FAILED", {}, errors);
}
