import { describe, expect, it } from "vitest";
import { checkOfferAgainst } from "./offer-rules";

const bundles = new Set(["HEBU_PAIVATOIMINTA_HAPU_KOTIHOITO", "HEBU_ASUMINEN"]);
const assistance = { bundles: ["HEBU_PAIVATOIMINTA_HAPU_KOTIHOITO"], unit: "hour" as const };
const housing = { bundles: ["HEBU_ASUMINEN"], unit: "day" as const };
const transport = { bundles: ["HEBU_PAIVATOIMINTA_HAPU_KOTIHOITO"], unit: "euro" as const };

describe("a price list against the catalogue", () => {
  const offer = (prices: { serviceCode: string; unitPriceCents: number }[], offered = ["HEBU_PAIVATOIMINTA_HAPU_KOTIHOITO"]) => ({ bundles: offered, prices });

  it("accepts services of the offered bundles, a euro priced at 100 cents", () => {
    const prices = [{ serviceCode: "HENKILOKOHTAINEN_APU", unitPriceCents: 3800 }, { serviceCode: "KULJETUS", unitPriceCents: 100 }];
    expect(() => checkOfferAgainst(offer(prices), bundles, [assistance, transport])).not.toThrow();
  });

  it("refuses a bundle the area does not have, only when bundles are checked", () => {
    const unknown = offer([], ["HEBU_ASUMINEN", "HEBU_TUNTEMATON"]);
    expect(() => checkOfferAgainst(unknown, bundles, [])).toThrowError(expect.objectContaining({
      code: "UNKNOWN_BUNDLE",
      params: { bundle: "HEBU_TUNTEMATON" },
      errors: [{ path: "/body/bundles/1", code: "UNKNOWN_BUNDLE" }],
    }));
    expect(() => checkOfferAgainst(unknown, undefined, [])).not.toThrow();
  });

  it("lists every offending price, and names the first kind found: an unknown service before one outside the bundles", () => {
    const prices = [
      { serviceCode: "PALVELUASUMINEN", unitPriceCents: 9000 },
      { serviceCode: "TUNTEMATON", unitPriceCents: 100 },
      { serviceCode: "KULJETUS", unitPriceCents: 150 },
    ];
    expect(() => checkOfferAgainst(offer(prices), bundles, [housing, undefined, transport])).toThrowError(expect.objectContaining({
      code: "UNKNOWN_SERVICE",
      params: { service: "TUNTEMATON" },
      errors: [
        { path: "/body/prices/1/serviceCode", code: "UNKNOWN_SERVICE" },
        { path: "/body/prices/0/serviceCode", code: "SERVICE_NOT_IN_BUNDLES" },
        { path: "/body/prices/2/unitPriceCents", code: "EURO_UNIT_COST" },
      ],
    }));
    expect(() => checkOfferAgainst(offer(prices.slice(0, 1)), bundles, [housing])).toThrowError(expect.objectContaining({ code: "SERVICE_NOT_IN_BUNDLES" }));
    expect(() => checkOfferAgainst(offer(prices.slice(2)), bundles, [transport])).toThrowError(expect.objectContaining({ code: "VALIDATION_FAILED" }));
  });
});
