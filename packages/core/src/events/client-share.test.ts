import { describe, expect, it } from "vitest";
import { priceInForce, rolled, type StoredPrice } from "../providers/prices";
import { clientShareCents } from "./client-share";

const hourly = { unitValueCents: 3600, unit: "hour" as const, quantity: 0 };

describe("the client's own share of a voucher delivery", () => {
  it("is the price above the voucher's value times the delivered hours", () => {
    expect(clientShareCents({ ...hourly, unitPriceCents: 3800, minutes: 120 })).toBe(400);
  });

  it("is rounded half up once over the whole delivery, not per minute", () => {
    // 2 cents an hour for 45 minutes is 1.5 cents → 2; per minute it would round to 0.
    expect(clientShareCents({ ...hourly, unitPriceCents: 3602, minutes: 45 })).toBe(2);
    // 1 cent an hour for 29 minutes is 0.483 cents → 0.
    expect(clientShareCents({ ...hourly, unitPriceCents: 3601, minutes: 29 })).toBe(0);
  });

  it("is never below zero when the provider charges less than the voucher's value", () => {
    expect(clientShareCents({ ...hourly, unitPriceCents: 3000, minutes: 60 })).toBe(0);
  });

  it("counts days and visits by quantity, two decimals exact", () => {
    expect(clientShareCents({ unitPriceCents: 8000, unitValueCents: 7500, unit: "day", minutes: 0, quantity: 1.5 })).toBe(750);
    expect(clientShareCents({ unitPriceCents: 5003, unitValueCents: 5000, unit: "visit", minutes: 0, quantity: 0.5 })).toBe(2);
  });
});

describe("the provider's price in force on a delivery date", () => {
  // 38 € an hour until 14.1., 40 € from 15.1. (a rise announced in December).
  const price: StoredPrice = {
    serviceCode: "HENKILOKOHTAINEN_APU",
    unitPriceCents: 3800,
    effectiveFrom: "2026-12-01",
    coming: { unitPriceCents: 4000, effectiveFrom: "2027-01-15" },
    updatedAt: "2026-12-10T10:00:00.000Z",
  };

  it("gives the own share of a month with a price change in the middle at each day's price", () => {
    const shareOn = (date: string, minutes: number) => clientShareCents({ ...hourly, unitPriceCents: priceInForce(price, date)!, minutes });
    expect(shareOn("2027-01-14", 180)).toBe(600); // 3 h × 2 €
    expect(shareOn("2027-01-15", 180)).toBe(1200); // 3 h × 4 €
    expect(shareOn("2027-01-31", 30)).toBe(200);
  });

  it("knows nothing of days before the current price began (the history answers those)", () => {
    expect(priceInForce(price, "2026-11-30")).toBeUndefined();
    expect(priceInForce({ ...price, effectiveFrom: undefined }, "2020-01-01")).toBe(3800);
  });

  it("rolls a coming change into the price in force once its day has come", () => {
    expect(rolled(price, "2027-01-14")).toEqual(price);
    expect(rolled(price, "2027-01-15")).toEqual({ ...price, unitPriceCents: 4000, effectiveFrom: "2027-01-15", coming: undefined });
  });

  it("charges a late cancellation billed at 50 % half the difference, rounded once", () => {
    expect(clientShareCents({ unitPriceCents: 3800, unitValueCents: 3600, unit: "hour", minutes: 120, quantity: 0, sharePercent: 50 })).toBe(200);
    // 5 minutes at 0,33 € an hour over the value, at 50 %: 33 × 5 × 50 / 6 000 = 1.375 → 1 c (rounding twice would give 3 c → 2 c).
    expect(clientShareCents({ unitPriceCents: 3633, unitValueCents: 3600, unit: "hour", minutes: 5, quantity: 0, sharePercent: 50 })).toBe(1);
    expect(clientShareCents({ unitPriceCents: 7500, unitValueCents: 7000, unit: "day", minutes: 0, quantity: 1.5, sharePercent: 50 })).toBe(375);
  });
});
