import type { RouteDefinition } from "./route";
import { createBudget, getBudget } from "./routes/budgets";
import { approveEvent, deleteEvent, editEvent, listEvents, recordEvent, recordEventBatch } from "./routes/events";
import { appealDecision, createDecision, decideAppeal, getDecision, issueDecision, revokeDecision } from "./routes/decisions";
import { listClientFees } from "./routes/client-fees";
import {
  acceptInstrument,
  chooseInstrumentProvider,
  findInstrumentByNumber,
  getInstrument,
  listClientInstruments,
  listProviderInstruments,
} from "./routes/instruments";
import { myBudgets } from "./routes/me";
import { getProviderOwnShare, myOwnShare } from "./routes/own-share";
import { listNotifications, readNotification } from "./routes/notifications";
import {
  changeProviderStatus,
  createProviderApplication,
  decideProviderApplication,
  getProviderApplication,
  listProviderApplications,
  replyToProviderApplication,
  getProviderPrices,
  listProviders,
  putProviderPrices,
} from "./routes/providers";
import { inviteProviderMember, listProviderMembers, removeProviderMember } from "./routes/provider-members";
import { listAudit, listAuditRefusals } from "./routes/audit";
import {
  decideBankAccountChange,
  listPendingBankAccountChanges,
  listProviderBankAccountChanges,
  requestBankAccountChange,
} from "./routes/bank-account-changes";
import { listCatalogueServices, putCatalogueService } from "./routes/catalogue";
import { createClient, findClients, getClient, patchClient, setHbStatus } from "./routes/clients";
import { health, openapi } from "./routes/meta";
import { createAssessment, listAssessments } from "./routes/assessments";
import { putRepresentative, removeRepresentative } from "./routes/representatives";
import { createSupportPlan, listSupportPlans } from "./routes/support-plans";
import { createServicePlan, getServicePlan, listServicePlans } from "./routes/service-plans";
import {
  createCredit,
  createSettlementRun,
  getPaymentFile,
  getSettlementRun,
  listSettlements,
  markSettlementRunPaid,
  reconcileSettlementRun,
} from "./routes/settlement";
import { createFollowUp, listDueFollowUps, listFollowUps } from "./routes/follow-ups";
import { exportClient } from "./routes/exports";
import {
  deleteProviderWebhook,
  getProviderWebhook,
  listProviderWebhookDeliveries,
  putProviderWebhook,
  rotateProviderWebhookSecret,
} from "./routes/provider-webhooks";
import { getAreaSettings, putAreaSettings } from "./routes/area";
import { getStatistics } from "./routes/statistics";

/** Every route of the API. Adding a route here is what deploys, serves and documents it. */
export const routes: readonly RouteDefinition[] = [
  health,
  openapi,
  listCatalogueServices,
  putCatalogueService,
  getAreaSettings,
  putAreaSettings,
  createClient,
  findClients,
  getClient,
  patchClient,
  setHbStatus,
  exportClient,
  listAudit,
  listAuditRefusals,
  getStatistics,
  createBudget,
  getBudget,
  createDecision,
  getDecision,
  issueDecision,
  appealDecision,
  decideAppeal,
  revokeDecision,
  listClientFees,
  listClientInstruments,
  getInstrument,
  findInstrumentByNumber,
  chooseInstrumentProvider,
  acceptInstrument,
  listProviderInstruments,
  myBudgets,
  myOwnShare,
  recordEvent,
  recordEventBatch,
  listEvents,
  approveEvent,
  deleteEvent,
  editEvent,
  putRepresentative,
  removeRepresentative,
  createAssessment,
  listAssessments,
  createSupportPlan,
  listSupportPlans,
  createServicePlan,
  listServicePlans,
  getServicePlan,
  createProviderApplication,
  getProviderApplication,
  listProviderApplications,
  replyToProviderApplication,
  decideProviderApplication,
  listProviders,
  getProviderPrices,
  putProviderPrices,
  changeProviderStatus,
  getProviderOwnShare,
  listProviderMembers,
  inviteProviderMember,
  removeProviderMember,
  requestBankAccountChange,
  listProviderBankAccountChanges,
  listPendingBankAccountChanges,
  decideBankAccountChange,
  createCredit,
  createSettlementRun,
  getSettlementRun,
  getPaymentFile,
  markSettlementRunPaid,
  reconcileSettlementRun,
  listSettlements,
  listNotifications,
  readNotification,
  createFollowUp,
  listFollowUps,
  listDueFollowUps,
  // The matrix calls routes in this order: the webhook is registered first and removed last.
  putProviderWebhook,
  getProviderWebhook,
  rotateProviderWebhookSecret,
  listProviderWebhookDeliveries,
  deleteProviderWebhook,
];
