import { randomUUID } from "node:crypto";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { s3 } from "../s3";

/**
 * How long a download link works: enough for the front end to follow it at
 * once, short enough that a link forwarded or left in a browser history is
 * soon useless. The file itself expires from the bucket after a day.
 */
export const exportLinkSeconds = 300;

/**
 * The presigner's declared types come from an older `@smithy/types` than the
 * installed client-s3's, so the compiler cannot see that client and command
 * fit; at run time it only adds its signing step to the client's middleware.
 */
const presign = getSignedUrl as unknown as (
  client: ReturnType<typeof s3>,
  command: GetObjectCommand,
  options: { expiresIn: number; signingDate: Date },
) => Promise<string>;

function bucket(): string {
  const name = process.env.HB_CLIENT_EXPORTS_BUCKET;
  if (!name) throw new Error("HB_CLIENT_EXPORTS_BUCKET is not set");
  return name;
}

/**
 * Writes an export under a random key (nothing in it names the client) and
 * answers with a presigned GET link. The link is signed at the machine's
 * clock, which is what S3 checks it against.
 */
export async function storeClientExport(json: string, fileName: string): Promise<{ url: string; expiresAt: string; sizeBytes: number }> {
  const key = `client-exports/${randomUUID()}.json`;
  const body = Buffer.from(json, "utf8");
  await s3().send(
    new PutObjectCommand({
      Bucket: bucket(),
      Key: key,
      Body: body,
      ContentType: "application/json; charset=utf-8",
      ContentDisposition: `attachment; filename="${fileName}"`,
    }),
  );
  const signedAt = new Date();
  const url = await presign(s3(), new GetObjectCommand({ Bucket: bucket(), Key: key }), {
    expiresIn: exportLinkSeconds,
    signingDate: signedAt,
  });
  return { url, expiresAt: new Date(signedAt.getTime() + exportLinkSeconds * 1000).toISOString(), sizeBytes: body.length };
}
