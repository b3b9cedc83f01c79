import { describe, expect, it } from "vitest";
import { ownShareSummary } from "./format";

// ICU puts a no-break space between the amount and the euro sign.
const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("the own share in plain language", () => {
  it("says per unit and this month in the client's language", () => {
    const input = { unit: "hour" as const, perUnitCents: 200, monthCents: 2400 };
    expect(plain(ownShareSummary(input, "fi"))).toBe("Maksat itse 2,00 € tunnilta, tässä kuussa yhteensä 24,00 €.");
    expect(plain(ownShareSummary(input, "sv"))).toBe("Du betalar själv 2,00 € per timme, den här månaden sammanlagt 24,00 €.");
    expect(plain(ownShareSummary(input, "en"))).toBe("You pay €2.00 per hour yourself, €24.00 in all this month.");
  });

  it("tells of an announced price change before it applies", () => {
    const input = { unit: "visit" as const, perUnitCents: 200, monthCents: 0, coming: { perUnitCents: 350, effectiveFrom: "2027-01-01" } };
    expect(plain(ownShareSummary(input, "fi"))).toBe("Maksat itse 2,00 € käynniltä, tässä kuussa yhteensä 0,00 €. 1.1.2027 alkaen maksat itse 3,50 € käynniltä.");
    expect(plain(ownShareSummary(input, "en"))).toBe("You pay €2.00 per visit yourself, €0.00 in all this month. From 1 January 2027 you pay €3.50 per visit yourself.");
  });
});
