/** Every data migration, oldest first. Add new ones at the end; never remove one a stage may not have run. */
import { assignCaseloads } from "./assign-caseloads";
import { indexProviderWorkList } from "./index-provider-work-list";
import type { Migration } from "./migration";
import { queueProviderApplications } from "./queue-provider-applications";
import { sealPersonalIds } from "./seal-personal-ids";

export const migrations: readonly Migration[] = [sealPersonalIds, indexProviderWorkList, queueProviderApplications, assignCaseloads];
