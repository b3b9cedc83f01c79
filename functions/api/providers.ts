import { apiHandler } from "@hb/api/http";
import {
  changeProviderStatus as changeStatusRoute,
  createProviderApplication as applyRoute,
  decideProviderApplication as decideRoute,
  getProviderApplication as getApplicationRoute,
  listProviderApplications as listApplicationsRoute,
  replyToProviderApplication as replyRoute,
  getProviderPrices as getPricesRoute,
  listProviders as listRoute,
  putProviderPrices as putPricesRoute,
} from "@hb/api/routes/providers";
import { type Actor, hasRole } from "@hb/core/actor";
import { getService } from "@hb/core/catalogue/repository";
import { assertCanAccessClient } from "@hb/core/clients/access";
import { requireClient } from "@hb/core/clients/repository";
import { DomainError, forbidden } from "@hb/core/errors";
import { businessDate } from "@hb/core/dates";
import { requireInstrument } from "@hb/core/instruments/repository";
import { isMemberOf } from "@hb/core/providers/membership";
import { createApplication, requireApplication } from "@hb/core/providers/application";
import { decideApplication } from "@hb/core/providers/application-decision";
import { listOffers } from "@hb/core/providers/offers";
import { replacePrices } from "@hb/core/providers/price-changes";
import { listPrices } from "@hb/core/providers/prices";
import { requireProvider } from "@hb/core/providers/repository";
import { changeProviderStatus } from "@hb/core/providers/status";
import { listApplications as listQueue } from "@hb/core/providers/application-queue";
import { replyToApplication } from "@hb/core/providers/application-replies";
import type { ProviderApplication } from "@hb/core/providers/schemas";

export const apply = apiHandler(applyRoute, async ({ body, context, language }) => {
  const application = await createApplication(body, context);
  return { status: 201, body: application, headers: { location: `/v1/provider-applications/${application.applicationId}` } };
});

/** The applicant's own, or one of the provider the caller works for. */
const ownApplication = (application: ProviderApplication, actor: Actor) =>
  application.applicantSub === actor.sub || (application.providerId !== undefined && isMemberOf(actor, application.providerId));

export const getApplication = apiHandler(getApplicationRoute, async ({ params, actor }) => {
  const application = await requireApplication(params.applicationId);
  // Admins and workers see every application; provider staff their own, and those of the provider they work for.
  if (!hasRole(actor, "admin", "worker") && !ownApplication(application, actor)) throw forbidden();
  return { body: application };
});

export const listApplications = apiHandler(listApplicationsRoute, async ({ query }) => {
  const page = await listQueue(query.status, query.limit, query.cursor);
  return { body: { items: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) } };
});

export const reply = apiHandler(replyRoute, async ({ params, body, actor, context }) => {
  const application = await requireApplication(params.applicationId);
  if (!ownApplication(application, actor)) throw forbidden();
  return { body: await replyToApplication(application, body, context) };
});

export const decide = apiHandler(decideRoute, async ({ params, body, context }) => {
  const { application, provider } = await decideApplication(await requireApplication(params.applicationId), body, context);
  return { body: { ...application, ...(provider ? { provider } : {}) } };
});

export const list = apiHandler(listRoute, async ({ query, actor, language, context }) => {
  const service = await getService(query.serviceCode);
  if (!service) {
    throw new DomainError("UNKNOWN_SERVICE", { service: query.serviceCode }, [
      { path: "/query/serviceCode", code: "UNKNOWN_SERVICE" },
    ]);
  }
  let instrument: { instrumentId: string; clientId: string; serviceCode: string; unitValueCents: number } | undefined;
  if (query.instrumentId) {
    const stored = await requireInstrument(query.instrumentId);
    // The instrument is client data: only those who may see its client (SPEC §1); the response names the client, so the read is audited.
    assertCanAccessClient(actor, await requireClient(stored.clientId), "view");
    if (stored.serviceCode !== query.serviceCode) {
      throw new DomainError("VALIDATION_FAILED", {}, [
        { path: "/query/instrumentId", code: "INSTRUMENT_SERVICE_MISMATCH" },
      ]);
    }
    instrument = { instrumentId: stored.instrumentId, clientId: stored.clientId, serviceCode: stored.serviceCode, unitValueCents: stored.unitValueCents };
  }
  const page = await listOffers(query.serviceCode, businessDate(context.now), query.limit, query.cursor);
  const shareOf = (unitPriceCents: number) => (instrument ? { clientShareCents: Math.max(0, unitPriceCents - instrument.unitValueCents) } : {});
  return {
    body: {
      items: page.items.map((offer) => ({
        ...offer,
        unit: service.unit,
        ...shareOf(offer.unitPriceCents),
        ...(offer.coming ? { coming: { ...offer.coming, ...shareOf(offer.coming.unitPriceCents) } } : {}),
      })),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      ...(instrument ? { instrument } : {}),
    },
  };
});

export const getPrices = apiHandler(getPricesRoute, async ({ params, context }) => {
  await requireProvider(params.providerId);
  return { body: await listPrices(params.providerId, businessDate(context.now)) };
});

export const putPrices = apiHandler(putPricesRoute, async ({ body, context, provider }) => {
  return { body: await replacePrices(provider!, body, context) };
});

export const changeStatus = apiHandler(changeStatusRoute, async ({ params, body, context, language }) => {
  return { body: await changeProviderStatus(await requireProvider(params.providerId), body, context) };
});
