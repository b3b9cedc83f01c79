import { z } from "zod";
import { unitSchema } from "../area/settings";
import { businessDateSchema } from "../dates";
import { MAX_PRICES, noDuplicates, priceSchema, priceViewSchema, providerIdSchema } from "./schemas";

/** A provider's price list and its changes, the offers a client compares, and the choice of one. */

const comingPriceSchema = z
  .object({ unitPriceCents: z.number().int(), effectiveFrom: z.iso.date() })
  .meta({ id: "ComingPrice", description: "The price's coming change: the new price from its first day" });

export const providerPricesSchema = z
  .object({
    providerId: providerIdSchema,
    prices: z
      .array(
        priceViewSchema.extend({
          unitPriceCents: z.number().int().meta({ description: "The price in force today" }),
          effectiveFrom: z.iso.date().optional().meta({ description: "Its first day (absent on prices set before prices had dates)" }),
          coming: comingPriceSchema.optional(),
          updatedAt: z.iso.datetime(),
        }),
      )
      .meta({ description: "By service code" }),
  })
  .meta({ id: "ProviderPrices" });
export type ProviderPrices = z.infer<typeof providerPricesSchema>;

export const putPricesBodySchema = z
  .object({
    effectiveFrom: businessDateSchema.optional().meta({
      description:
        "The first day of the prices (default today, never earlier). From today the list replaces the list in force; from a later day it is the coming change " +
        "of the services listed (each priced today; the others stay as they are), replacing any earlier coming change; a price equal to the one in force cancels it",
    }),
    prices: z
      .array(priceSchema)
      .max(MAX_PRICES)
      .meta({ description: "From today the whole new price list (it replaces the old one), from a later day the changed prices: services of the provider's bundles, each once" }),
  })
  .strict()
  .superRefine(noDuplicates)
  .meta({ id: "PutProviderPrices" });
export type PutPricesBody = z.infer<typeof putPricesBodySchema>;

export const providerOfferSchema = z
  .object({
    providerId: providerIdSchema,
    name: z.string(),
    businessId: z.string(),
    contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
    serviceCode: z.string(),
    unit: unitSchema,
    unitPriceCents: z.number().int().meta({ description: "The price in force today" }),
    clientShareCents: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: "With instrumentId: what the client pays per unit, the price less the voucher's unit value, never below zero" }),
    coming: comingPriceSchema
      .extend({ clientShareCents: z.number().int().nonnegative().optional().meta({ description: "With instrumentId: the own share per unit from that day" }) })
      .optional()
      .meta({ description: "A price change the provider has announced, shown before it applies" }),
  })
  .meta({ id: "ProviderOffer" });
export type ProviderOffer = z.infer<typeof providerOfferSchema>;

export const providerOfferPageSchema = z
  .object({
    items: z.array(providerOfferSchema),
    nextCursor: z.string().optional().meta({ description: "Absent on the last page" }),
    instrument: z
      .object({ instrumentId: z.string(), clientId: z.string(), serviceCode: z.string(), unitValueCents: z.number().int() })
      .optional()
      .meta({ description: "The instrument the own shares are computed against" }),
  })
  .meta({ id: "ProviderOfferPage" });

export const chooseProviderBodySchema = z
  .object({
    providerId: providerIdSchema.meta({ description: "An approved provider that prices the instrument's service" }),
    effectiveFrom: businessDateSchema.optional().meta({
      description:
        "A switch from a provider that has accepted the voucher: the first day that is the new provider's (default today, or the validity's first day if later). " +
        "Within the validity, not before today minus the area's recording deadline, and after the last delivery already recorded. " +
        "Without an accepted provider the choice takes the days of the one it replaces (a first choice: the whole validity)",
    }),
  })
  .strict()
  .meta({ id: "ChooseProvider" });
