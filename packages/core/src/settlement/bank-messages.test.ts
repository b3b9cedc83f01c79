import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BankMessageError, parseBankMessage } from "./bank-messages";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

describe("parseBankMessage: camt.054.001.02 with one returned payment", () => {
  it("reads each transaction: two booked debits, the return of one with its reason, and a debit of another file", () => {
    const message = parseBankMessage(fixture("camt.054.001.02-returned.xml"));
    expect(message).toMatchObject({ kind: "camt.054", namespace: "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02", messageId: "NDEA20261007-0001" });
    expect(message.transactions).toEqual([
      { endToEndId: "RF722026090000018", amountCents: 28_000, outcome: "paid", bookingDate: "2026-10-05" },
      { endToEndId: "RF882026090000021", amountCents: 21_000, outcome: "paid", bookingDate: "2026-10-05" },
      { endToEndId: "RF882026090000021", amountCents: 21_000, outcome: "returned", bookingDate: "2026-10-07", reasonCode: "AC04", reason: "Account closed" },
      { endToEndId: "INVOICE-4711", amountCents: 9_900, outcome: "paid", bookingDate: "2026-10-06" },
    ]);
  });
});

const pain002 = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03">
  <CstmrPmtStsRpt>
    <GrpHdr><MsgId>STS-1</MsgId><CreDtTm>2026-10-05T08:00:00</CreDtTm></GrpHdr>
    ${body}
  </CstmrPmtStsRpt>
</Document>`;

describe("parseBankMessage: pain.002.001.03", () => {
  it("reads rejected transactions with their reason and the original message id", () => {
    const message = parseBankMessage(
      pain002(`<OrgnlGrpInfAndSts><OrgnlMsgId>HB-DEMO-SR-2026-09</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.03</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
      <OrgnlPmtInfAndSts><OrgnlPmtInfId>HB-DEMO-SR-2026-09</OrgnlPmtInfId>
        <TxInfAndSts><OrgnlEndToEndId>RF882026090000021</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AC01</Cd></Rsn><AddtlInf>Incorrect account number</AddtlInf></StsRsnInf>
          <OrgnlTxRef><Amt><InstdAmt Ccy="EUR">210.00</InstdAmt></Amt></OrgnlTxRef></TxInfAndSts>
        <TxInfAndSts><OrgnlEndToEndId>RF722026090000018</OrgnlEndToEndId><TxSts>ACSP</TxSts></TxInfAndSts>
      </OrgnlPmtInfAndSts>`),
    );
    expect(message).toMatchObject({ kind: "pain.002", originalMessageId: "HB-DEMO-SR-2026-09" });
    expect(message.transactions).toEqual([
      { endToEndId: "RF882026090000021", amountCents: 21_000, outcome: "rejected", reasonCode: "AC01", reason: "Incorrect account number" },
      { endToEndId: "RF722026090000018", outcome: "pending" },
    ]);
  });

  it("a whole file rejected is one rejection without an EndToEndId", () => {
    const message = parseBankMessage(pain002(`<OrgnlGrpInfAndSts><OrgnlMsgId>HB-DEMO-SR-2026-09</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.03</OrgnlMsgNmId><GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>DU01</Cd></Rsn></StsRsnInf></OrgnlGrpInfAndSts>`));
    expect(message.transactions).toEqual([{ outcome: "rejected", reasonCode: "DU01" }]);
  });
});

describe("parseBankMessage refuses what it cannot read", () => {
  it.each([
    ["not XML", "{oops"],
    ["another message", `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>`],
    ["no namespace", "<Document><BkToCstmrDbtCdtNtfctn/></Document>"],
    ["a camt.054 without its message", `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><Other/></Document>`],
  ])("%s", (_, xml) => {
    expect(() => parseBankMessage(xml)).toThrow(BankMessageError);
  });
});
