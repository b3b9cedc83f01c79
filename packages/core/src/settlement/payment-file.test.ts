import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { composeIBAN, friendlyFormatIBAN } from "ibantools";
import { Document as SepaDocument } from "sepa";
import { describe, expect, it } from "vitest";
import { creditorReference, formatCreditorReference } from "./creditor-reference";
import { paymentFileXml, paymentProblem, type PaymentBatch } from "./payment-file";

/*
 * No npm package ships the pain.001.001.03 XSD, so the file is checked here against the
 * schema's content models, transcribed for the types this file uses: children in sequence
 * order ("!" required, "*" repeatable), choices, and the simple types of the leaves.
 */

const NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

interface Model {
  kind: "sequence" | "choice";
  children: readonly string[];
}
const sequence = (...children: string[]): Model => ({ kind: "sequence", children });
const choice = (...children: string[]): Model => ({ kind: "choice", children });

const partyIdentification32 = sequence("Nm", "PstlAdr", "Id", "CtryOfRes", "CtctDtls");
const cashAccount16 = sequence("Id!", "Tp", "Ccy", "Nm");
const accountIdentification4Choice = choice("IBAN", "Othr");
const branchAndFinancialInstitutionIdentification4 = sequence("FinInstnId!", "BrnchId");

/** Keyed by element name, or "Parent/Element" where the name alone is ambiguous. */
const MODELS: Record<string, Model> = {
  Document: sequence("CstmrCdtTrfInitn!"),
  CstmrCdtTrfInitn: sequence("GrpHdr!", "PmtInf!*"),
  GrpHdr: sequence("MsgId!", "CreDtTm!", "Authstn*", "NbOfTxs!", "CtrlSum", "InitgPty!", "FwdgAgt"),
  InitgPty: partyIdentification32,
  Dbtr: partyIdentification32,
  Cdtr: partyIdentification32,
  "InitgPty/Id": choice("OrgId", "PrvtId"),
  OrgId: sequence("BICOrBEI", "Othr*"),
  "OrgId/Othr": sequence("Id!", "SchmeNm", "Issr"),
  SchmeNm: choice("Cd", "Prtry"),
  PmtInf: sequence(
    "PmtInfId!", "PmtMtd!", "BtchBookg", "NbOfTxs", "CtrlSum", "PmtTpInf", "ReqdExctnDt!", "PoolgAdjstmntDt",
    "Dbtr!", "DbtrAcct!", "DbtrAgt!", "DbtrAgtAcct", "UltmtDbtr", "ChrgBr", "ChrgsAcct", "ChrgsAcctAgt", "CdtTrfTxInf!*",
  ),
  PmtTpInf: sequence("InstrPrty", "SvcLvl", "LclInstrm", "CtgyPurp"),
  SvcLvl: choice("Cd", "Prtry"),
  DbtrAcct: cashAccount16,
  CdtrAcct: cashAccount16,
  "DbtrAcct/Id": accountIdentification4Choice,
  "CdtrAcct/Id": accountIdentification4Choice,
  DbtrAgt: branchAndFinancialInstitutionIdentification4,
  CdtrAgt: branchAndFinancialInstitutionIdentification4,
  FinInstnId: sequence("BIC", "ClrSysMmbId", "Nm", "PstlAdr", "Othr"),
  CdtTrfTxInf: sequence(
    "PmtId!", "PmtTpInf", "Amt!", "XchgRateInf", "ChrgBr", "ChqInstr", "UltmtDbtr", "IntrmyAgt1", "IntrmyAgt1Acct",
    "IntrmyAgt2", "IntrmyAgt2Acct", "IntrmyAgt3", "IntrmyAgt3Acct", "CdtrAgt", "CdtrAgtAcct", "Cdtr", "CdtrAcct",
    "UltmtCdtr", "InstrForCdtrAgt*", "InstrForDbtrAgt", "Purp", "RgltryRptg*", "Tax", "RltdRmtInf*", "RmtInf",
  ),
  PmtId: sequence("InstrId", "EndToEndId!"),
  Amt: choice("InstdAmt", "EqvtAmt"),
  RmtInf: sequence("Ustrd*", "Strd*"),
  Strd: sequence("RfrdDocInf*", "RfrdDocAmt", "CdtrRefInf", "Invcr", "Invcee", "AddtlRmtInf*"),
  CdtrRefInf: sequence("Tp", "Ref"),
  "CdtrRefInf/Tp": sequence("CdOrPrtry!", "Issr"),
  CdOrPrtry: choice("Cd", "Prtry"),
};

const maxText = (max: number) => (value: string) => value.length >= 1 && value.length <= max;
const matching = (pattern: RegExp) => (value: string) => pattern.test(value);
/** xs:decimal with totalDigits / fractionDigits. */
const decimal = (total: number, fraction: number) => (value: string) => {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
  return match !== null && (match[1]! + (match[2] ?? "")).replace(/^0+/, "").length <= total && (match[2] ?? "").length <= fraction;
};

const LEAVES: Record<string, (value: string) => boolean> = {
  MsgId: maxText(35),
  PmtInfId: maxText(35),
  InstrId: maxText(35),
  EndToEndId: maxText(35),
  "Othr/Id": maxText(35),
  Ref: maxText(35),
  Issr: maxText(35),
  Nm: maxText(140),
  CreDtTm: matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/),
  ReqdExctnDt: matching(/^\d{4}-\d{2}-\d{2}$/),
  NbOfTxs: matching(/^[0-9]{1,15}$/),
  CtrlSum: decimal(18, 17),
  InstdAmt: decimal(18, 5),
  PmtMtd: matching(/^(CHK|TRF|TRA)$/),
  BtchBookg: matching(/^(true|false)$/),
  ChrgBr: matching(/^(DEBT|CRED|SHAR|SLEV)$/),
  "SvcLvl/Cd": maxText(4),
  "SchmeNm/Cd": maxText(4),
  "CdOrPrtry/Cd": matching(/^(RADM|RPIN|FXDR|DISP|PUOR|SCOR)$/),
  IBAN: matching(/^[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{1,30}$/),
  BIC: matching(/^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/),
};

interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Ordered = Array<Record<string, unknown>>;

function toNodes(raw: Ordered): XmlNode[] {
  return raw.flatMap((entry) => {
    const name = Object.keys(entry).find((key) => key !== ":@")!;
    if (name === "#text") return [];
    const content = entry[name] as Ordered;
    return [
      {
        name,
        attributes: (entry[":@"] ?? {}) as Record<string, string>,
        children: toNodes(content),
        text: content.map((c) => (c["#text"] === undefined ? "" : String(c["#text"]))).join(""),
      },
    ];
  });
}

/** Every way the document breaks the content models above; empty when it fits. */
function schemaProblems(xml: string): string[] {
  const parsed = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    trimValues: false,
    ignoreDeclaration: true,
  }).parse(xml) as Ordered;
  const problems: string[] = [];
  const check = (node: XmlNode, parent: string, path: string) => {
    const here = `${path}/${node.name}`;
    const model = MODELS[`${parent}/${node.name}`] ?? MODELS[node.name];
    if (!model) {
      const leaf = LEAVES[`${parent}/${node.name}`] ?? LEAVES[node.name];
      if (!leaf) problems.push(`${here}: not an element this file may have`);
      else if (node.children.length > 0 || !leaf(node.text)) problems.push(`${here}: bad value ${JSON.stringify(node.text)}`);
      return;
    }
    if (node.text !== "") problems.push(`${here}: text in a complex element`);
    const names = node.children.map((c) => c.name);
    const declared = model.children.map((c) => c.replace(/[!*]/g, ""));
    if (model.kind === "choice") {
      if (names.length !== 1 || !declared.includes(names[0]!)) problems.push(`${here}: choice needs one of ${declared}, has ${names}`);
    } else {
      let last = -1;
      names.forEach((name, i) => {
        const at = declared.indexOf(name);
        if (at < 0) problems.push(`${here}: ${name} is not a child it may have`);
        else if (at < last || (at === last && !model.children[at]!.includes("*"))) problems.push(`${here}: ${name} out of place (child ${i})`);
        last = Math.max(last, at);
      });
      model.children
        .filter((c) => c.includes("!"))
        .map((c) => c.replace(/[!*]/g, ""))
        .filter((required) => !names.includes(required))
        .forEach((missing) => problems.push(`${here}: ${missing} missing`));
    }
    node.children.forEach((child) => check(child, node.name, here));
  };
  const roots = toNodes(parsed);
  if (roots.length !== 1 || roots[0]!.name !== "Document") return ["the root is not one Document"];
  check(roots[0]!, "", "");
  return problems;
}

/** The document as nested objects; attributes prefixed with "@", every text kept as a string. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    isArray: (name) => name === "CdtTrfTxInf",
  }).parse(xml);
}

type Payment = PaymentBatch["payments"][number];

function batch(payments?: Payment[]): PaymentBatch {
  return {
    messageId: "HB-2026-10-7f3a9c",
    createdAt: new Date("2026-11-02T07:15:30.123Z"),
    executionDate: "2026-11-05",
    payer: { name: "Esimerkin hyvinvointialue", iban: "FI21 1234 5600 0007 85", bic: "NDEAFIHH", businessId: "0201256-6" },
    payments: payments ?? [
      {
        endToEndId: "HB-2026-10-P1",
        creditorName: "Hoiva & Apu Oy",
        creditorIban: "FI49 5000 9420 0287 30",
        creditorBic: "OKOYFIHH",
        amountCents: 123_450,
        creditorReference: "RF18 5390 0754 7034",
      },
      {
        endToEndId: "HB-2026-10-P2",
        creditorName: "Åbo Hemvård Ab",
        creditorIban: "FI5542345670000081",
        amountCents: 5,
        creditorReference: "rf712348231",
      },
    ],
  };
}

const withPayment = (change: Partial<Payment>) => (b: PaymentBatch): PaymentBatch => ({
  ...b,
  payments: [{ ...b.payments[0]!, ...change }, ...b.payments.slice(1)],
});

describe("paymentFileXml: the pain.001.001.03 document", () => {
  it("is UTF-8 XML in the pain.001.001.03 namespace that fits the schema's content models", () => {
    const xml = paymentFileXml(batch());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).not.toContain('xmlns=""');
    expect(schemaProblems(xml)).toEqual([]);
  });

  it("the content-model check catches sepa.js's own structured reference and an element out of order", () => {
    const sepa = new SepaDocument("pain.001.001.03");
    sepa.grpHdr.id = "X";
    sepa.grpHdr.created = new Date();
    sepa.grpHdr.initiatorName = "X";
    const info = sepa.createPaymentInfo();
    info.requestedExecutionDate = new Date();
    info.debtorName = "X";
    info.debtorIBAN = "FI2112345600000785";
    info.debtorBIC = "NDEAFIHH";
    sepa.addPaymentInfo(info);
    const tx = info.createTransaction();
    tx.end2endId = "X";
    tx.creditorName = "X";
    tx.creditorIBAN = "FI4950009420028730";
    tx.amount = 1;
    tx.structuredRemittanceInfo = { typeCode: "SCOR", issuer: "ISO", reference: "RF18539007547034" };
    info.addTransaction(tx);
    const tp = "/Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf/RmtInf/Strd/CdtrRefInf/Tp";
    expect(schemaProblems(sepa.toString())).toEqual([
      `${tp}: CdorPrtry is not a child it may have`,
      `${tp}: CdOrPrtry missing`,
      `${tp}/CdorPrtry: not an element this file may have`,
    ]);

    const swapped = paymentFileXml(batch()).replace("<ChrgBr>SLEV</ChrgBr>", "").replace("<DbtrAcct>", "<ChrgBr>SLEV</ChrgBr><DbtrAcct>");
    expect(schemaProblems(swapped)).toEqual([
      "/Document/CstmrCdtTrfInitn/PmtInf: DbtrAcct out of place (child 9)",
      "/Document/CstmrCdtTrfInitn/PmtInf: DbtrAgt out of place (child 10)",
    ]);
  });

  it("has every element with its value", () => {
    expect(parse(paymentFileXml(batch()))).toEqual({
      Document: {
        "@xmlns": NAMESPACE,
        "@xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "@xsi:schemaLocation": `${NAMESPACE} pain.001.001.03.xsd`,
        CstmrCdtTrfInitn: {
          GrpHdr: {
            MsgId: "HB-2026-10-7f3a9c",
            CreDtTm: "2026-11-02T07:15:30Z",
            NbOfTxs: "2",
            CtrlSum: "1234.55",
            InitgPty: {
              Nm: "Esimerkin hyvinvointialue",
              Id: { OrgId: { Othr: { Id: "0201256-6", SchmeNm: { Cd: "BANK" } } } },
            },
          },
          PmtInf: {
            PmtInfId: "HB-2026-10-7f3a9c",
            PmtMtd: "TRF",
            BtchBookg: "false",
            NbOfTxs: "2",
            CtrlSum: "1234.55",
            PmtTpInf: { SvcLvl: { Cd: "SEPA" } },
            ReqdExctnDt: "2026-11-05",
            Dbtr: { Nm: "Esimerkin hyvinvointialue" },
            DbtrAcct: { Id: { IBAN: "FI2112345600000785" } },
            DbtrAgt: { FinInstnId: { BIC: "NDEAFIHH" } },
            ChrgBr: "SLEV",
            CdtTrfTxInf: [
              {
                PmtId: { InstrId: "HB-2026-10-P1", EndToEndId: "HB-2026-10-P1" },
                Amt: { InstdAmt: { "@Ccy": "EUR", "#text": "1234.50" } },
                CdtrAgt: { FinInstnId: { BIC: "OKOYFIHH" } },
                Cdtr: { Nm: "Hoiva + Apu Oy" },
                CdtrAcct: { Id: { IBAN: "FI4950009420028730" } },
                RmtInf: { Strd: { CdtrRefInf: { Tp: { CdOrPrtry: { Cd: "SCOR" }, Issr: "ISO" }, Ref: "RF18539007547034" } } },
              },
              {
                PmtId: { InstrId: "HB-2026-10-P2", EndToEndId: "HB-2026-10-P2" },
                Amt: { InstdAmt: { "@Ccy": "EUR", "#text": "0.05" } },
                Cdtr: { Nm: "Åbo Hemvård Ab" },
                CdtrAcct: { Id: { IBAN: "FI5542345670000081" } },
                RmtInf: { Strd: { CdtrRefInf: { Tp: { CdOrPrtry: { Cd: "SCOR" }, Issr: "ISO" }, Ref: "RF712348231" } } },
              },
            ],
          },
        },
      },
    });
  });

  it("writes the execution date and the UTC creation time the same in any time zone", () => {
    const original = process.env.TZ;
    const offsets = new Set<number>();
    try {
      for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Helsinki", "UTC"]) {
        process.env.TZ = zone;
        offsets.add(new Date(2026, 10, 5).getTimezoneOffset());
        const header = parse(paymentFileXml(batch())).Document.CstmrCdtTrfInitn;
        expect(header.PmtInf.ReqdExctnDt).toBe("2026-11-05");
        expect(header.GrpHdr.CreDtTm).toBe("2026-11-02T07:15:30Z");
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(offsets.size).toBe(4); // the zone really changed between runs
  });

  it.each([
    ["Hoiva & Apu Oy", "Hoiva + Apu Oy"],
    ["Café Ñandú", "Cafe Nandu"],
    ["Müller–Lüdenscheidt GmbH", "Muller Ludenscheidt GmbH"],
    ["Äitiysneuvola <Pohjoinen>", "Äitiysneuvola Pohjoinen"],
    ["A\u030Abo", "Åbo"], // a decomposed Å is composed, then kept
    ["  Tab\tand\nnewline  ", "Tab and newline"],
    ["Palvelu 中文 Oy", "Palvelu Oy"],
    ["x".repeat(80), "x".repeat(70)],
    [`${"A".repeat(69)} B`, "A".repeat(69)],
  ])("writes the creditor name %j as %j", (name, written) => {
    const xml = paymentFileXml(withPayment({ creditorName: name })(batch()));
    expect(parse(xml).Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf[0].Cdtr.Nm).toBe(written);
  });
});

const fiIban = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 }), fc.boolean())
  .map(([digits, spaced]) => {
    // The account number's own Luhn digit replaces the last random one.
    const body = digits.slice(0, 13).join("");
    const sum = [...body].reverse().reduce((total, ch, i) => total + [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][Number(ch)]! * (i % 2 === 0 ? 1 : 0) + Number(ch) * (i % 2), 0);
    const iban = composeIBAN({ countryCode: "FI", bban: `${body}${(10 - (sum % 10)) % 10}` })!;
    return spaced ? friendlyFormatIBAN(iban)! : iban;
  });
const reference = fc
  .tuple(fc.stringMatching(/^[0-9A-Z]{1,21}$/), fc.constantFrom("plain", "printed", "lower"))
  .map(([base, form]) => {
    const ref = creditorReference(base);
    return form === "printed" ? formatCreditorReference(ref) : form === "lower" ? ref.toLowerCase() : ref;
  });
const payments = fc
  .array(
    fc.record({
      creditorName: fc.tuple(fc.constantFrom("A", "ä", "Z"), fc.string({ unit: "grapheme", maxLength: 100 })).map(([a, b]) => a + b),
      creditorIban: fiIban,
      amountCents: fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 99_999_999_999 })),
      creditorReference: reference,
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((list) => list.map((p, i): Payment => ({ ...p, endToEndId: `HB-2026-10-P${i + 1}` })));

/** A decimal-euro text back to cents without floating point. */
const cents = (euros: string): bigint => {
  expect(euros).toMatch(/^\d+\.\d{2}$/);
  return BigInt(euros.replace(".", ""));
};

describe("paymentFileXml: any batch", () => {
  it("has CtrlSum = the sum of the cents and NbOfTxs = the count, in GrpHdr and PmtInf; each transaction its IBAN, reference, amount and a clean name", () => {
    fc.assert(
      fc.property(payments, (list) => {
        const xml = paymentFileXml(batch(list));
        expect(schemaProblems(xml)).toEqual([]);
        const { GrpHdr, PmtInf } = parse(xml).Document.CstmrCdtTrfInitn;
        const total = list.reduce((sum, p) => sum + BigInt(p.amountCents), 0n);
        expect(cents(GrpHdr.CtrlSum)).toBe(total);
        expect(cents(PmtInf.CtrlSum)).toBe(total);
        expect(GrpHdr.NbOfTxs).toBe(String(list.length));
        expect(PmtInf.NbOfTxs).toBe(String(list.length));
        expect(PmtInf.CdtTrfTxInf).toHaveLength(list.length);
        list.forEach((p, i) => {
          const tx = PmtInf.CdtTrfTxInf[i];
          expect(tx.PmtId.EndToEndId).toBe(p.endToEndId);
          expect(cents(tx.Amt.InstdAmt["#text"])).toBe(BigInt(p.amountCents));
          expect(tx.Amt.InstdAmt["@Ccy"]).toBe("EUR");
          expect(tx.CdtrAcct.Id.IBAN).toBe(p.creditorIban.replace(/ /g, ""));
          expect(tx.RmtInf.Strd.CdtrRefInf.Ref).toBe(p.creditorReference.replace(/ /g, "").toUpperCase());
          expect(tx.RmtInf.Strd.CdtrRefInf.Tp).toEqual({ CdOrPrtry: { Cd: "SCOR" }, Issr: "ISO" });
          expect(tx.Cdtr.Nm).toMatch(/^[A-Za-z0-9/\-?:().,'+ÅÄÖåäö](?:[A-Za-z0-9/\-?:().,'+ ÅÄÖåäö]{0,68}[A-Za-z0-9/\-?:().,'+ÅÄÖåäö])?$/);
          expect(tx.Cdtr.Nm).not.toContain("  ");
        });
      }),
    );
  });

  it("sums 100 payments of the largest amount EPC allows exactly", () => {
    const list = Array.from({ length: 100 }, (_, i): Payment => ({
      endToEndId: `P${i}`,
      creditorName: "Palvelu Oy",
      creditorIban: "FI4950009420028730",
      amountCents: 99_999_999_999,
      creditorReference: "RF18539007547034",
    }));
    const { GrpHdr } = parse(paymentFileXml(batch(list))).Document.CstmrCdtTrfInitn;
    expect(GrpHdr.CtrlSum).toBe("99999999999.00");
  });
});

describe("paymentFileXml refuses", () => {
  it.each<[string, (b: PaymentBatch) => PaymentBatch]>([
    ["an empty batch", (b) => ({ ...b, payments: [] })],
    ["0 cents", withPayment({ amountCents: 0 })],
    ["negative cents", withPayment({ amountCents: -100 })],
    ["fractional cents", withPayment({ amountCents: 12.5 })],
    ["NaN cents", withPayment({ amountCents: Number.NaN })],
    ["more than EPC's 999 999 999.99 euros", withPayment({ amountCents: 100_000_000_000 })],
    ["a creditor IBAN with a wrong check digit", withPayment({ creditorIban: "FI49 5000 9420 0287 31" })],
    ["a creditor IBAN outside SEPA", withPayment({ creditorIban: "TR33 0006 1005 1978 6457 8413 26" })],
    ["a payer IBAN with a wrong check digit", (b) => ({ ...b, payer: { ...b.payer, iban: "FI21 1234 5600 0007 86" } })],
    ["a reference with wrong check digits", withPayment({ creditorReference: "RF19539007547034" })],
    ["a Finnish national reference instead of an RF one", withPayment({ creditorReference: "1232" })],
    ["a malformed creditor BIC", withPayment({ creditorBic: "OKOY" })],
    ["a creditor BIC of another country than its IBAN", withPayment({ creditorBic: "DEUTDEFF" })],
    ["a malformed payer BIC", (b) => ({ ...b, payer: { ...b.payer, bic: "NDEA FI" } })],
    ["an invalid business ID", (b) => ({ ...b, payer: { ...b.payer, businessId: "0201256-7" } })],
    ["a messageId over 35 characters", (b) => ({ ...b, messageId: `HB-${"x".repeat(33)}` })],
    ["a messageId with å", (b) => ({ ...b, messageId: "HB-2026-10-å" })],
    ["a messageId with a space", (b) => ({ ...b, messageId: "HB 2026 10" })],
    ["an endToEndId starting with /", withPayment({ endToEndId: "/HB-1" })],
    ["an endToEndId with //", withPayment({ endToEndId: "HB//1" })],
    ["an empty endToEndId", withPayment({ endToEndId: "" })],
    ["two payments with one endToEndId", withPayment({ endToEndId: "HB-2026-10-P2" })],
    ["an execution date not on the calendar", (b) => ({ ...b, executionDate: "2026-02-30" })],
    ["an execution date in Finnish format", (b) => ({ ...b, executionDate: "5.11.2026" })],
    ["an invalid createdAt", (b) => ({ ...b, createdAt: new Date("not a date") })],
    ["a creditor name with nothing SEPA can carry", withPayment({ creditorName: "中文 — ☺" })],
    ["an empty payer name", (b) => ({ ...b, payer: { ...b.payer, name: " " } })],
  ])("%s", (_, change) => {
    expect(() => paymentFileXml(change(batch()))).toThrow(RangeError);
  });

  it("says which check failed", () => {
    expect(() => paymentFileXml(withPayment({ creditorBic: "DEUTDEFF" })(batch()))).toThrow(/BIC_COUNTRY_MISMATCH/);
  });
});

describe("names by the creditor's country (issue 18: letters lost, ö sent abroad)", () => {
  const nameIn = (creditorName: string, creditorIban: string, creditorBic?: string) => {
    const xml = paymentFileXml(withPayment({ creditorName, creditorIban, creditorBic })(batch()));
    return parse(xml).Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf[0].Cdtr.Nm as string;
  };

  it.each([
    ["Łódź Opieka", "Lodz Opieka"],
    ["Østergaard", "Ostergaard"],
    ["Straße & Söhne Þór", "Strasse + Söhne Thor"],
  ])("to a Finnish account %s is %s", (name, written) => {
    expect(nameIn(name, "FI4950009420028730")).toBe(written);
  });

  it("to Austrian and Danish accounts only the EPC basic set goes", () => {
    expect(nameIn("Straße & Söhne Þór", "AT611904300234573201")).toBe("Strasse + Sohne Thor");
    expect(nameIn("Østergaard Ærø", "DK5000400440116243")).toBe("Ostergaard AEro");
  });
});

describe("paymentProblem: one payment that cannot be made, as a reason", () => {
  const good: Payment = { endToEndId: "E1", creditorName: "Hoiva Oy", creditorIban: "FI4950009420028730", amountCents: 100, creditorReference: "RF18539007547034" };

  it.each([
    ["IBAN_NOT_SEPA", { creditorIban: "TR330006100519786457841326" }],
    ["INVALID_IBAN", { creditorIban: "FI1513830446621048" }],
    ["BIC_REQUIRED", { creditorIban: "CH9300762011623852957" }],
    ["BIC_COUNTRY_MISMATCH", { creditorBic: "DEUTDEFF" }],
    ["INVALID_BIC", { creditorBic: "NDEAFI" }],
    ["NAME_NOT_WRITABLE", { creditorName: "株式会社" }],
    ["AMOUNT_OUT_OF_RANGE", { amountCents: 0 }],
    ["INVALID_REFERENCE", { creditorReference: "RF19539007547034" }],
  ] as const)("%s", (problem, change) => {
    expect(paymentProblem({ ...good, ...change })).toBe(problem);
    expect(() => paymentFileXml(batch([{ ...good, ...change }]))).toThrow(RangeError);
  });

  it("none for a good payment, with or without a BIC", () => {
    expect(paymentProblem(good)).toBeUndefined();
    expect(paymentProblem({ ...good, creditorIban: "CH9300762011623852957", creditorBic: "UBSWCHZH80A" })).toBeUndefined();
  });
});
