import { randomBytes } from "node:crypto";
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from "@aws-sdk/client-kms";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { type Grants, runWithGrants } from "../grants";
import { DataKeys, type KeySource, kmsEncryptionContext, kmsKeySource, localKeySource } from "./data-keys";
import { isSealed, open, seal, sealedKeyRef, Sealer, type SealContext } from "./sealed";

const code = "131052-308T";
const context: SealContext = { entity: "Client", id: "7d8f0c52-5a1e-4f7e-9d0b-2a4c7c1e9b10", attribute: "personalId" };
const keyHex = () => randomBytes(32).toString("hex");
const localSealer = (hex = keyHex()) => new Sealer(new DataKeys(localKeySource(hex)));

/** Replaces one character of the dot-separated part `index` (0 = version). */
function alter(stored: string, index: number): string {
  const parts = stored.split(".");
  const part = parts[index]!;
  const middle = Math.floor(part.length / 2);
  parts[index] = part.slice(0, middle) + (part[middle] === "A" ? "B" : "A") + part.slice(middle + 1);
  return parts.join(".");
}

describe("seal and open", () => {
  it("round-trips, never shows the code in any form, and seals the same code differently each time", async () => {
    const sealer = localSealer();
    const stored = await sealer.seal(code, context);
    expect(stored).toMatch(/^pd1\.A256GCM\.[\w-]+\.[\w-]+\.[\w-]{16}\.[\w-]+$/);
    expect(isSealed(stored)).toBe(true);
    for (const form of [code, "131052308T", "131052308", "131052"]) expect(stored).not.toContain(form);
    expect(await sealer.open(stored, context)).toBe(code);
    const again = await sealer.seal(code, context);
    expect(again).not.toBe(stored);
    expect(await sealer.open(again, context)).toBe(code);
  });

  it("detects a changed ciphertext, IV, wrapped key or key reference", async () => {
    const sealer = localSealer();
    const stored = await sealer.seal(code, context);
    await expect(sealer.open(alter(stored, 5), context)).rejects.toThrow(/does not open: altered/);
    await expect(sealer.open(alter(stored, 4), context)).rejects.toThrow(/does not open: altered/);
    await expect(sealer.open(alter(stored, 3), context)).rejects.toThrow(/Unsupported state|unable to authenticate/);
    await expect(sealer.open(alter(stored, 2), context)).rejects.toThrow(/sealed under/);
  });

  it("does not open in another context: another item, attribute or entity", async () => {
    const sealer = localSealer();
    const stored = await sealer.seal(code, context);
    await expect(sealer.open(stored, { ...context, id: "00000000-0000-4000-8000-000000000001" })).rejects.toThrow(
      "sealed Client.personalId of 00000000-0000-4000-8000-000000000001 does not open",
    );
    await expect(sealer.open(stored, { ...context, attribute: "representativeId" })).rejects.toThrow(/does not open/);
    await expect(sealer.open(stored, { ...context, entity: "Representative" })).rejects.toThrow(/does not open/);
  });

  it("names its key and format: another key, an unknown version and a plain code are refused", async () => {
    const hex = keyHex();
    const stored = await localSealer(hex).seal(code, context);
    expect(sealedKeyRef(stored)).toBe(localKeySource(hex).keyRef);
    expect(sealedKeyRef(stored)).toMatch(/^local:[0-9a-f]{16}$/);
    // The same key in another container opens it; another key names both.
    expect(await localSealer(hex).open(stored, context)).toBe(code);
    await expect(localSealer().open(stored, context)).rejects.toThrow(`the value was sealed under ${sealedKeyRef(stored)}; this runtime has local:`);
    await expect(localSealer(hex).open(stored.replace(/^pd1\./, "pd2."), context)).rejects.toThrow("not a sealed value this version can open (pd2.A256GCM)");
    expect(isSealed(code)).toBe(false);
    expect(isSealed(undefined)).toBe(false);
    await expect(localSealer(hex).open(code, context)).rejects.toThrow(/not a sealed value/);
  });
});

describe("data keys", () => {
  /** A key source that counts its calls and can be told to fail once. */
  function countingSource() {
    const inner = localKeySource(keyHex());
    const calls = { generate: 0, unwrap: 0, failNext: false };
    const source: KeySource = {
      keyRef: inner.keyRef,
      async generate() {
        calls.generate += 1;
        if (calls.failNext) {
          calls.failNext = false;
          throw new Error("throttled");
        }
        return inner.generate();
      },
      async unwrap(wrapped, keyRef) {
        calls.unwrap += 1;
        return inner.unwrap(wrapped, keyRef);
      },
    };
    return { source, calls };
  }

  it("reuses a sealing key for a bounded number of values and time, and does not cache a failure", async () => {
    const { source, calls } = countingSource();
    let now = 0;
    const sealer = new Sealer(new DataKeys(source, { maxAgeMs: 1_000, maxUses: 3, maxOpened: 10 }, () => now));
    const wrappedOf = (stored: string) => stored.split(".")[3];
    const first = await Promise.all([1, 2, 3].map(() => sealer.seal(code, context)));
    expect(calls.generate).toBe(1);
    expect(new Set(first.map(wrappedOf)).size).toBe(1);
    const fourth = await sealer.seal(code, context);
    expect(calls.generate).toBe(2);
    expect(wrappedOf(fourth)).not.toBe(wrappedOf(first[0]!));
    now = 1_000;
    await sealer.seal(code, context);
    expect(calls.generate).toBe(3);
    now = 2_000;
    calls.failNext = true;
    await expect(sealer.seal(code, context)).rejects.toThrow("throttled");
    await sealer.seal(code, context);
    expect(calls.generate).toBe(5);
  });

  it("unwraps a data key once per container while fresh, and keeps at most maxOpened", async () => {
    const { source, calls } = countingSource();
    let now = 0;
    const sealing = new Sealer(new DataKeys(source));
    const a = await sealing.seal(code, context);
    const b = await sealing.seal("010594Y9032", context);
    const opening = new Sealer(new DataKeys(source, { maxAgeMs: 1_000, maxUses: 1_000, maxOpened: 1 }, () => now));
    expect([await opening.open(a, context), await opening.open(b, context)]).toEqual([code, "010594Y9032"]);
    expect(calls.unwrap).toBe(1);
    now = 1_000;
    await opening.open(a, context);
    expect(calls.unwrap).toBe(2);
    const other = await new Sealer(new DataKeys(source)).seal(code, context);
    await opening.open(other, context);
    await opening.open(a, context); // evicted by `other` (maxOpened 1)
    expect(calls.unwrap).toBe(4);
  });
});

describe("KMS key source", () => {
  const arn = "arn:aws:kms:eu-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  const kms = mockClient(KMSClient);
  afterEach(() => kms.reset());

  it("generates AES-256 data keys under the key with the purpose context, and opens with Decrypt pinned to the stored key", async () => {
    const plaintext = randomBytes(32);
    const blob = randomBytes(184);
    kms.on(GenerateDataKeyCommand).resolves({ Plaintext: plaintext, CiphertextBlob: blob, KeyId: arn });
    kms.on(DecryptCommand).resolves({ Plaintext: plaintext, KeyId: arn });
    const sealer = new Sealer(new DataKeys(kmsKeySource(arn, new KMSClient({ region: "eu-north-1" }))));
    const stored = await sealer.seal(code, context);
    expect(sealedKeyRef(stored)).toBe(arn);
    expect(stored.split(".")[3]).toBe(blob.toString("base64url"));
    expect(kms.commandCalls(GenerateDataKeyCommand)[0]!.args[0].input).toEqual({ KeyId: arn, KeySpec: "AES_256", EncryptionContext: kmsEncryptionContext });

    const opener = new Sealer(new DataKeys(kmsKeySource(arn, new KMSClient({ region: "eu-north-1" }))));
    expect(await opener.open(stored, context)).toBe(code);
    expect(await opener.open(stored, context)).toBe(code);
    expect(kms.commandCalls(DecryptCommand)).toHaveLength(1);
    const decrypt = kms.commandCalls(DecryptCommand)[0]!.args[0].input;
    expect(decrypt).toMatchObject({ KeyId: arn, EncryptionContext: kmsEncryptionContext });
    expect(Buffer.from(decrypt.CiphertextBlob!)).toEqual(blob);
  });
});

describe("grants", () => {
  const saved = process.env.HB_PERSONAL_DATA_KEY;
  afterEach(() => {
    if (saved === undefined) delete process.env.HB_PERSONAL_DATA_KEY;
    else process.env.HB_PERSONAL_DATA_KEY = saved;
  });
  const grants = (personalIds: Partial<Grants["personalIds"]>): Grants => ({
    table: "read",
    auditLog: "none",
    personalIds: { lookup: false, seal: false, reveal: false, ...personalIds },
  });

  it("seals only with personalIds.seal and opens only with personalIds.reveal when a function runs under grants", async () => {
    process.env.HB_PERSONAL_DATA_KEY = keyHex();
    const stored = await seal(code, context); // no grants in force: IAM decides (AWS), nothing to check here
    await expect(runWithGrants("clients.patch", grants({}), () => seal(code, context))).rejects.toThrow(
      "clients.patch is not granted personalIds.seal",
    );
    await expect(runWithGrants("clients.patch", grants({ seal: true }), () => open(stored, context))).rejects.toThrow(
      "clients.patch is not granted personalIds.reveal",
    );
    expect(await runWithGrants("clients.get", grants({ reveal: true }), () => open(stored, context))).toBe(code);
    expect(isSealed(await runWithGrants("clients.create", grants({ seal: true }), () => seal(code, context)))).toBe(true);
  });
});
