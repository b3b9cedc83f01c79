import { keys } from "../keys";

/**
 * The person register: what HB knows about a person, under the lookup key of
 * their personal identity code (an HMAC, `personal-id-key.ts`), in one
 * partition so that one Query tells who a signed-in person is:
 *
 * - `PERSONALID#<ref> / PERSONALID`        → the client with this code (`clientId`)
 * - `PERSONALID#<ref> / REPRESENTS#<client>` → a representation (`permission`, `validFrom`, `validTo`)
 * - `PERSONALID#<ref> / MEMBER#<provider>`   → staff of a provider
 *
 * Each item is written in the same transaction as the record it mirrors (the
 * client, the client's representative list, the provider's member list).
 */
export const representationKey = (ref: string, clientId: string) => keys.Representation.key({ ref, clientId });
export const membershipKey = (ref: string, providerId: string) => keys.Membership.key({ ref, providerId });
