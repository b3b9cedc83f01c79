import { GetObjectCommand, NoSuchKey, PutObjectCommand } from "@aws-sdk/client-s3";
import { s3 } from "../s3";

function bucket(): string {
  const name = process.env.HB_PAYMENT_FILES_BUCKET;
  if (!name) throw new Error("HB_PAYMENT_FILES_BUCKET is not set");
  return name;
}

const fileKey = (runId: string) => `settlement-runs/${runId}/pain.001.001.03.xml`;

export async function storePaymentFile(runId: string, xml: string): Promise<void> {
  await s3().send(
    new PutObjectCommand({ Bucket: bucket(), Key: fileKey(runId), Body: xml, ContentType: "application/xml; charset=utf-8" }),
  );
}

/** The stored file, or undefined when there is none. */
export async function readPaymentFile(runId: string): Promise<string | undefined> {
  try {
    const object = await s3().send(new GetObjectCommand({ Bucket: bucket(), Key: fileKey(runId) }));
    return await object.Body!.transformToString("utf-8");
  } catch (error) {
    if (error instanceof NoSuchKey || (error instanceof Error && error.name === "NoSuchKey")) return undefined;
    throw error;
  }
}
