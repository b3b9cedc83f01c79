// Generated from /v1/openapi.json by `npm run generate -w @hb/web`; do not edit.
export interface paths {
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the API and its table answer */
        get: operations["health.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API as an OpenAPI 3.1 document */
        get: operations["openapi.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The area's service catalogue */
        get: operations["catalogue.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/services/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or change a catalogue service */
        put: operations["catalogue.put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/area/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The area's rules in force today, the versions to come and every version with who changed it */
        get: operations["area.settings.get"];
        /** New rules from a day on (today or later): pricing, the recording deadline and the review window follow the version in force on each event's date, drift and the rest the version of the day they run. A PUT for the day of a coming version replaces it */
        put: operations["area.settings.put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a client by personal identity code (workers), or list a worker's caseload: `assignedTo=me` (a worker's own) or `assignedTo=<sub>` (an admin's view of any worker's), oldest client first, with HB status, drift per budget, next follow-up and unread notifications */
        get: operations["clients.find"];
        put?: never;
        /** Register a client */
        post: operations["clients.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's record (the personal identity code only for workers) */
        get: operations["clients.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a client's details (send If-Match with the ETag to avoid lost updates) */
        patch: operations["clients.patch"];
        trace?: never;
    };
    "/v1/clients/{clientId}/hb-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that HB is active, declined or ended for the client; declined and ended end the open instruments on `endsOn` (today by default): deliveries up to it stay recordable, the rest of the grant is released */
        post: operations["clients.hbStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{clientId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything HB holds on the client, with the log of who read or changed it (a data subject's request): a JSON file behind a short-lived link */
        get: operations["clients.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read or changed a client's data, newest first */
        get: operations["audit.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/refusals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refused attempts of one day that named no client (a route the caller's roles do not allow, a person HB does not know, another provider's data) and that day's changes of the area's settings (`area.settings.put`), newest first; refusals about a client are in its audit log */
        get: operations["audit.refusals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The area's client statistics month by month (docs/statistics.md): the total, and for admin and finance a breakdown by municipality, age group or service; `Accept: text/csv` gives one row per month × breakdown value × indicator; `publishable=true` suppresses cells of fewer than 5 people */
        get: operations["statistics.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-plans/{planId}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute the budget of a service plan version (201; a repeat returns the same budget with 200) */
        post: operations["budgets.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/budgets/{budgetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A budget with every line's balance and pace */
        get: operations["budgets.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/budgets/{budgetId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft the decision on a budget: legal basis and each line's payment method */
        post: operations["decisions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/{decisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A decision and its document in the client's language */
        get: operations["decisions.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/{decisionId}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a draft: freezes the document and creates the payment instruments from its effectiveFrom, superseding the client's decision for an earlier plan version from that day */
        post: operations["decisions.issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/{decisionId}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a request for review (oikaisuvaatimus); the decision stays in force */
        post: operations["decisions.appeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/{decisionId}/appeals/{appealId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the outcome of an appeal, once. Upheld or partly upheld names the day an amended decision takes over (it supersedes this one when issued, retroactively when that day has passed); the client and representatives are told */
        post: operations["decisions.decideAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/{decisionId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a decision in force: its instruments close (one that superseded another is superseded by a corrected decision instead) */
        post: operations["decisions.revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/client-fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The income-based client fees (asiakasmaksulaki) in force in a month, by client and decision, with the days of the month they applied: the area's invoicing list. HB records and shows the fees; it does not collect them */
        get: operations["clientFees.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{clientId}/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's payment instruments, newest first */
        get: operations["instruments.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/instruments/{instrumentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A voucher or payment commitment with its balance (a provider: one addressed to it now or before a switch) */
        get: operations["instruments.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a voucher or payment commitment by its number (a provider: one addressed to it now or before a switch; any other number is 404) */
        get: operations["instruments.findByNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/instruments/{instrumentId}/provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose (or change, from effectiveFrom) the provider of a voucher: an approved provider pricing its service; it then awaits the provider's acceptance. An earlier provider that had accepted keeps the days before */
        post: operations["instruments.chooseProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/instruments/{instrumentId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The provider named on a voucher or payment commitment accepts it; it becomes active */
        post: operations["instruments.accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's work list: the vouchers and payment commitments addressed to it, newest first, optionally of one status (only its own staff) */
        get: operations["providers.instruments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own budgets (a representative: those of the clients who named them), in plain language */
        get: operations["me.budgets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/own-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The own share of the caller's vouchers for a month (a representative: of the clients who named them), per provider with the deliveries: what each provider may invoice */
        get: operations["me.ownShare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service events of one instrument or one provider, newest delivery first */
        get: operations["events.list"];
        put?: never;
        /** Record a delivered service (or a late cancellation or no-show the area pays for) on an instrument the provider has accepted, on a day that is the provider's; the balance changes at once. With dryRun=true: what the call would answer, writing nothing */
        post: operations["events.record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-events/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record up to 100 service events at once, as JSON ({events: [...]}, each as for POST /v1/service-events) or as a CSV file (text/csv): each row is validated, priced and recorded on its own, in order, idempotent by externalId, and the answer lists each row's status and its event or problem. With dryRun=true: every row checked and priced, nothing written */
        post: operations["events.recordBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-events/{eventId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a recorded event: its amount moves from recorded to approved */
        post: operations["events.approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an event the provider recorded, while it is still recorded; the amount returns to the balance. A provider no longer named on the instrument: on its own days, within the recording deadline */
        delete: operations["events.delete"];
        options?: never;
        head?: never;
        /** Correct an event the provider recorded, while it is still recorded: it is priced again and only the difference moves */
        patch: operations["events.edit"];
        trace?: never;
    };
    "/v1/clients/{clientId}/representatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Authorise a representative for a client, or replace the entry with the same subject (at most 20) */
        post: operations["representatives.put"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{clientId}/representatives/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a representative's authorisation */
        delete: operations["representatives.remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{clientId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's service needs assessments, newest first */
        get: operations["assessments.list"];
        put?: never;
        /** Record a service needs assessment (palvelutarpeen arviointi): the needs found per life area and the services that could meet them */
        post: operations["assessments.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{clientId}/support-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's support plans, newest first */
        get: operations["supportPlans.list"];
        put?: never;
        /** Write a support plan (tukisuunnitelma): the client's own wishes, goals and preferred services; a representative needs the `act` permission */
        post: operations["supportPlans.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{clientId}/service-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the client's service plan, newest first */
        get: operations["servicePlans.list"];
        put?: never;
        /** Make a new version of the client's service plan; the current version becomes superseded */
        post: operations["servicePlans.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a service plan */
        get: operations["servicePlans.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The area's work queue: applications of one status, oldest first (pending when no status is given) */
        get: operations["providerApplications.list"];
        put?: never;
        /** Apply for approval as a service provider for one or more service bundles, with a price list (any signed-in person, any time, again and again); under an approved provider's business ID only its own staff may apply, for more bundles and prices */
        post: operations["providerApplications.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider-applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application with its decision (a provider: only its own applications) */
        get: operations["providerApplications.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider-applications/{applicationId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The applicant (or staff of the provider it concerns) answers an information request: the request and the answer are kept, and the application is pending again in the area's queue */
        post: operations["providerApplications.reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider-applications/{applicationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, reject or ask for more information; approval creates the provider with the applicant as its first member, or adds an existing provider's bundles and prices (never its details, account or staff) */
        post: operations["providerApplications.decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved providers of a service with their unit price; given a voucher, the client's own share per unit */
        get: operations["providers.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's price list */
        get: operations["providers.getPrices"];
        /** Replace the provider's own price list (only its own staff: the token's providerId) */
        put: operations["providers.putPrices"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend, terminate or re-approve a provider: a suspended or terminated one takes no new clients from the decision and records no delivery dated on or after effectiveFrom; terminated is final; the same status again changes nothing */
        post: operations["providers.changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/own-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the provider may invoice each client for a month: the own shares of its voucher deliveries (only its own staff) */
        get: operations["providers.ownShare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's staff in HB (its own staff, acting for it, and admins) */
        get: operations["providerMembers.list"];
        put?: never;
        /** Invite a person to the provider's staff by their personal identity code (a member of the provider, or an admin); they act for it from their next sign-in */
        post: operations["providerMembers.invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member of the provider's staff (a member cannot remove the last one; an admin can) */
        delete: operations["providerMembers.remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/bank-account-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's account in force and its bank-account changes, newest first (finance, admin, and the provider's own staff) */
        get: operations["bankAccountChanges.list"];
        put?: never;
        /** Ask for a new bank account for the provider (its own staff only); pending until a finance user who is not the requester confirms it */
        post: operations["bankAccountChanges.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bank-account-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Finance's work list: every pending bank-account change of the area, oldest first */
        get: operations["bankAccountChanges.pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bank-account-changes/{changeId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm or reject a pending change (four eyes: not by the requester nor the provider's staff); confirming puts the new account in force for the next settlement run */
        post: operations["bankAccountChanges.decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-events/{eventId}/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Credit part of a settled or paid event: the amount returns to the client's balance and reaches the provider's next statement as a negative line */
        post: operations["credits.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlement-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Settle a month: 202 with the run closing; its statements are closed and their events settled in steps, then the pain.001 file is built. A repeat returns the run (200) and resumes one still closing */
        post: operations["settlementRuns.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlement-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A settlement run: state, progress, totals, and every payment with its state (in the file, left out and why, paid, returned) */
        get: operations["settlementRuns.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlement-runs/{runId}/payment-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The run's ISO 20022 pain.001.001.03 credit-transfer file, for the area's bank */
        get: operations["settlementRuns.paymentFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlement-runs/{runId}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the file paid by hand, for areas that do not send HB the bank's statements: every payment still sent becomes paid (source manual); events, statements and balances follow on the settlement-run queue (a repeat changes nothing) */
        post: operations["settlementRuns.paid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlement-runs/{runId}/bank-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The bank's ISO 20022 camt.054 debit notification, camt.053 statement or pain.002 status report for the run's file: payments matched by EndToEndId and amount become paid with the bank's booking date, or owed again when returned or rejected (with the bank's reason); unmatched entries are listed. A repeat changes nothing */
        post: operations["settlementRuns.bankStatements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Settlement statements by provider (a provider only its own) and/or month, with their lines and totals */
        get: operations["settlements.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications, newest first, with the unread count: a worker's own, a client's (shared with its representatives), a provider's (shared by its staff), the area's finance inbox (payments left out of a run, returned or rejected by the bank; shared by finance staff) */
        get: operations["notifications.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification of the caller's inbox read (a repeat changes nothing) */
        post: operations["notifications.read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{clientId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's follow-up reviews, newest review date first */
        get: operations["followUps.list"];
        put?: never;
        /** Record a follow-up review (seuranta) against the follow-up agreement of the client's current service plan; moves the next due date */
        post: operations["followUps.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/follow-ups/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The follow-up work list: clients in HB whose follow-up is due on or before a day, most overdue first, with their drift status */
        get: operations["followUps.due"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's webhook, without its signing secret (its own staff only) */
        get: operations["providerWebhooks.get"];
        /** Register or change the provider's webhook (its own staff only): https, every event kind when `events` is left out; the first registration answers 201 with the signing secret, shown this once */
        put: operations["providerWebhooks.put"];
        post?: never;
        /** Remove the provider's webhook: nothing more is delivered (its own staff only); the delivery log stays until it expires */
        delete: operations["providerWebhooks.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/webhook/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret for the provider's webhook, shown this once; deliveries from now on are signed with it only (its own staff only) */
        post: operations["providerWebhooks.rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{providerId}/webhook/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhook's recent delivery attempts, newest first: the newest 50 of the last 30 days (its own staff only) */
        get: operations["providerWebhooks.deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        PutCatalogueService: {
            /** @enum {string} */
            unit: "hour" | "day" | "visit" | "euro";
            /** @description The area's reference price per unit, integer cents (EUR) */
            referenceUnitCostCents: number;
            /** @description Priced per minute by the area's time bands (hourly services) */
            timeBanded: boolean;
            /** @description Service bundle codes (HEBU) */
            bundles: string[];
            name: {
                fi: string;
                sv?: string;
                en: string;
            };
            /** @description Which late cancellations and no-shows are paid, at what share, how many a month; absent: none are paid */
            eventKinds?: components["schemas"]["EventKindRules"];
        };
        /** @description Whether late cancellations and no-shows are paid, at what share, and how many per month */
        EventKindRules: {
            "late-cancellation"?: {
                billable: boolean;
                /** @description The share of the delivery's price paid, e.g. 50 */
                sharePercent?: number;
                /** @description At most this many per instrument and calendar month */
                maxPerMonth?: number;
            };
            "no-show"?: {
                billable: boolean;
                /** @description The share of the delivery's price paid, e.g. 50 */
                sharePercent?: number;
                /** @description At most this many per instrument and calendar month */
                maxPerMonth?: number;
            };
        };
        PutAreaSettings: {
            /**
             * Format: date
             * @description The first day (Europe/Helsinki) the rules apply to; today or later
             * @example 2027-01-11
             */
            effectiveFrom: string;
            settings: components["schemas"]["AreaRules"];
        };
        /** @description The area's changeable rules, as in the area file: time bands, review window, recording deadline, settlement day, drift thresholds, retention */
        AreaRules: {
            reviewWindowDays: number;
            recordingDeadlineDays: number;
            settlementDayOfMonth: number;
            drift: {
                overuseRatio: number;
                underuseRatio: number;
                underuseMinElapsedFraction: number;
                gapDays: number;
                usedThresholds: number[];
                expiryWarningDays: number;
                expiryUnusedFraction: number;
            };
            retention: {
                auditLogYears: number;
                clientRecordsYears: number;
                permanentBirthDays: number[];
            };
            timeBands: {
                bands: {
                    /** @enum {string} */
                    code: "SUNDAY_HOLIDAY" | "HOLIDAY_EVE" | "NIGHT" | "SATURDAY" | "WEEKDAY_EVENING" | "WEEKDAY_DAY";
                    multiplier: number;
                    when: string;
                }[];
            };
        };
        CreateClient: {
            /**
             * @description Finnish personal identity code (henkilötunnus); every century sign incl. those in use since 2023
             * @example 010594Y9032
             */
            personalId: string;
            firstName: string;
            lastName: string;
            /**
             * @description Municipality of residence
             * @example Rovaniemi
             */
            municipality: string;
            /**
             * @description The client's language: decisions and messages use it
             * @enum {string}
             */
            language: "fi" | "sv" | "en";
        };
        PatchClient: {
            firstName?: string;
            lastName?: string;
            municipality?: string;
            /** @enum {string} */
            language?: "fi" | "sv" | "en";
            /**
             * @description Moves the client to this worker's caseload
             * @example worker-1
             */
            assignedWorker?: string;
        };
        SetHbStatus: {
            /** @enum {string} */
            status: "active" | "declined" | "ended";
            reason: string;
            /**
             * Format: date
             * @description declined or ended: the last day HB funds (business date, today by default, not in the future). Open instruments end on it; deliveries up to it stay recordable until the recording deadline
             * @example 2027-06-20
             */
            endsOn?: string;
        };
        CreateDecision: {
            /**
             * Format: date
             * @description Business date (Europe/Helsinki), YYYY-MM-DD
             * @example 2027-01-01
             */
            decidedOn: string;
            /**
             * Format: date
             * @description First day the decision funds (default: the budget's validFrom). A decision in force for an earlier plan version of the client is superseded from this day when this one is issued
             * @example 2027-04-15
             */
            effectiveFrom?: string;
            /** @description vammaispalvelulaki (675/2023), kehitysvammalaki or sosiaalihuoltolaki; one or several */
            legalBasis: ("vammaispalvelulaki" | "kehitysvammalaki" | "sosiaalihuoltolaki") | ("vammaispalvelulaki" | "kehitysvammalaki" | "sosiaalihuoltolaki")[];
            decisionMaker: {
                name: string;
                title: string;
            };
            /** @description Every line of the budget, exactly once */
            lines: {
                lineId: string;
                /** @enum {string} */
                paymentMethod: "voucher" | "payment-commitment";
                /**
                 * Format: uuid
                 * @description Required for a payment commitment (an approved provider of a bundle of the line's service), not allowed for a voucher
                 * @example 5f1d3c9a-8b2e-4c7d-9a6f-3e2b1c0d4f5a
                 */
                providerId?: string;
                /** @description Where the area charges one for the service (e.g. housing): the client's monthly fee, billed by the area apart from the budget */
                clientFee?: components["schemas"]["ClientFee"];
            }[];
        };
        ClientFee: {
            /**
             * @description The fee per calendar month, in cents
             * @example 25000
             */
            monthlyCents: number;
            /**
             * @description asiakasmaksulaki: laki sosiaali- ja terveydenhuollon asiakasmaksuista (734/1992)
             * @enum {string}
             */
            legalBasis: "asiakasmaksulaki";
        };
        CreateAppeal: {
            /**
             * Format: date
             * @description Business date (Europe/Helsinki), YYYY-MM-DD
             * @example 2027-01-01
             */
            receivedOn: string;
            text: string;
        };
        AppealOutcome: {
            /**
             * @description upheld or partly-upheld: an amended decision follows; dismissed or withdrawn: the decision stays as it was
             * @enum {string}
             */
            outcome: "upheld" | "partly-upheld" | "dismissed" | "withdrawn";
            /**
             * Format: date
             * @description Business date (Europe/Helsinki), YYYY-MM-DD
             * @example 2027-01-01
             */
            decidedOn: string;
            reasoning: string;
            /**
             * Format: date
             * @description Required when upheld or partly upheld: the day the amended decision takes over, within this decision's days; its first day makes the amendment retroactive (recorded deliveries move to it and the difference is granted for the past too). The amended decision's draft takes it when it names no effectiveFrom
             * @example 2027-01-01
             */
            effectiveFrom?: string;
        };
        RevokeDecision: {
            reason: string;
        };
        ChooseProvider: {
            /**
             * Format: uuid
             * @description An approved provider that prices the instrument's service
             * @example 5f1d3c9a-8b2e-4c7d-9a6f-3e2b1c0d4f5a
             */
            providerId: string;
            /**
             * Format: date
             * @description A switch from a provider that has accepted the voucher: the first day that is the new provider's (default today, or the validity's first day if later). Within the validity, not before today minus the area's recording deadline, and after the last delivery already recorded. Without an accepted provider the choice takes the days of the one it replaces (a first choice: the whole validity)
             * @example 2027-01-01
             */
            effectiveFrom?: string;
        };
        RecordServiceEvent: {
            /** Format: uuid */
            instrumentId: string;
            /** @description The provider's own id of the event: a repeat is the same event */
            externalId: string;
            /**
             * @description delivered (default), late-cancellation or no-show: the area's rules for the service say whether and how it is paid
             * @enum {string}
             */
            kind?: "delivered" | "late-cancellation" | "no-show";
            /**
             * Format: date-time
             * @description Hourly services: when the delivery started
             */
            start?: string;
            /**
             * Format: date-time
             * @description Hourly services: when it ended (at most 24 h after start)
             */
            end?: string;
            /**
             * Format: date
             * @description Day, visit and euro services: the delivery date
             * @example 2027-01-01
             */
            date?: string;
            /** @description Day, visit and euro services: days, visits or euros (≤ 2 decimals) */
            quantity?: number;
            note?: string;
        };
        RecordServiceEventBatch: {
            /** @description Each as the body of POST /v1/service-events, answered row by row; at most 100 (more: 413 BATCH_TOO_LARGE, split the file) */
            events: components["schemas"]["RecordServiceEvent"][];
        };
        /** @description A new start and end, or date and quantity, and/or a note */
        EditServiceEvent: {
            /**
             * Format: date-time
             * @description Hourly services: when the delivery started
             */
            start?: string;
            /**
             * Format: date-time
             * @description Hourly services: when it ended (at most 24 h after start)
             */
            end?: string;
            /**
             * Format: date
             * @description Day, visit and euro services: the delivery date
             * @example 2027-01-01
             */
            date?: string;
            /** @description Day, visit and euro services: days, visits or euros (≤ 2 decimals) */
            quantity?: number;
            note?: string;
        };
        PutRepresentative: {
            /**
             * @description The representative's personal identity code: they sign in with it; HB keeps only its lookup key
             * @example 010180-9026
             */
            personalId: string;
            name: string;
            relationship: string;
            /**
             * @description `view` reads; `act` also writes for the client
             * @enum {string}
             */
            permission: "view" | "act";
            /**
             * @description The source of the right to represent
             * @enum {string}
             */
            basis: "client-authorisation" | "suomifi-mandate" | "guardian-of-minor" | "legal-guardian";
            /**
             * Format: date
             * @description First day of the right (business date); from now when absent
             */
            validFrom?: string;
            /**
             * Format: date
             * @description Last day of the right; access ends after it without anyone removing the entry
             */
            validTo?: string;
        };
        CreateAssessment: {
            /**
             * Format: date
             * @description Business date of the assessment (Europe/Helsinki); not in the future
             * @example 2025-03-14
             */
            assessedOn: string;
            needs: components["schemas"]["AssessmentNeed"][];
        };
        AssessmentNeed: {
            /**
             * @description Life area (elämänalue) the need belongs to
             * @example liikkuminen
             */
            area: string;
            /**
             * @description The need found, in plain language
             * @example Tarvitsee saattajan asiointimatkoille.
             */
            description: string;
            /** @description Catalogue services that could meet the need (0-20) */
            serviceCodes: string[];
        };
        CreateSupportPlan: {
            /**
             * @description The client's own wishes, in their own words
             * @example Haluan käydä itse kaupassa ja harrastaa uintia.
             */
            wishes: string;
            /** @description Goals, 0-30, each 1-500 characters */
            goals: string[];
            /** @description Catalogue services the client would prefer */
            preferredServices: string[];
            /**
             * @description Who helped write the plan, e.g. a representative or the worker
             * @example omatyöntekijä
             */
            writtenWith?: string;
        };
        CreateServicePlan: {
            /**
             * @description First day of validity
             * @example 2027-01-01
             */
            validFrom: string & (unknown & unknown);
            /**
             * @description Last day of validity (at most 5 years from validFrom)
             * @example 2027-12-31
             */
            validTo: string & (unknown & unknown);
            /** @description The services in the personal budget, each catalogue service at most once */
            services: {
                /**
                 * @description Service code in the area's catalogue
                 * @example HENKILOKOHTAINEN_APU
                 */
                serviceCode: string;
                /** @description What the service contains for this client */
                content: string;
                /**
                 * @description Units per period, > 0, at most two decimals
                 * @example 40
                 */
                quantity: number;
                /**
                 * @description Must be the catalogue's unit of the service
                 * @enum {string}
                 */
                unit: "hour" | "day" | "visit" | "euro";
                /**
                 * @description The period the quantity is for: a calendar month, a week, or the whole validity once
                 * @enum {string}
                 */
                per: "month" | "week" | "validity";
                /**
                 * @description hard: a delivery that would take a month's or week's delivered quantity past `quantity` is refused (PERIOD_CAP_EXCEEDED); soft (default): pacing only. A grant over the whole validity is capped by its amount
                 * @enum {string}
                 */
                periodCap?: "hard" | "soft";
                /**
                 * @description Cost of one unit, integer cents (EUR); 100 when the unit is euro
                 * @example 3600
                 */
                unitCostCents: number;
                /**
                 * @description What the unit cost is based on: the cost of the comparable service the client already uses, the area's reference price, or an agreed price
                 * @enum {string}
                 */
                costBasis: "existing-service" | "reference-price" | "agreed";
                /** @description How the cost was arrived at */
                basisNote?: string;
            }[];
            /** @description The follow-up agreement */
            followUp: {
                /** @description How often the use of the budget is reviewed, in days */
                intervalDays: number;
                /** @description How the review is done (meeting, phone call, …) */
                method: string;
            };
        };
        ProviderApplicationBody: {
            /**
             * @description Finnish business ID (Y-tunnus), checksum validated. Of an approved provider only its members may apply, for more bundles and prices; the application never changes its details
             * @example 2617416-4
             */
            businessId: string;
            /**
             * @description The provider's business name in Latin letters, as in the trade register; it is the creditor name of its payments
             * @example Aamurusko Oy
             */
            name: string;
            /** @description The service bundles (HEBU) applied for, from the area's list, each once */
            bundles: string[];
            /** @description Soteri register number (sosiaali- ja terveydenhuollon palveluntuottajien rekisteri) */
            registryNumber: string;
            /**
             * @description The account the area pays to: a SEPA country's IBAN, check digits (and Finland's national one) validated; for an approved provider, the account in force (it changes through a bank-account change)
             * @example FI2112345600000785
             */
            iban: string;
            /**
             * @description The account's bank BIC; required for SEPA countries outside the EEA (CH, GB, …)
             * @example NDEAFIHH
             */
            bic?: string;
            contact: components["schemas"]["ProviderContact"];
            /** @description The price list: services of the catalogue that belong to the bundles applied for, each once */
            prices: components["schemas"]["ProviderPriceInput"][];
        };
        ProviderContact: {
            /** @description The provider's contact person */
            name: string;
            /** Format: email */
            email: string;
            /** @example +358 40 123 4567 */
            phone: string;
        };
        ProviderPriceInput: {
            /**
             * @description Service code in the area's catalogue
             * @example HENKILOKOHTAINEN_APU
             */
            serviceCode: string;
            /**
             * @description The provider's price of one unit of the service (the catalogue's unit), integer cents (EUR)
             * @example 3800
             */
            unitPriceCents: number;
        };
        ProviderApplicationReplyBody: {
            /**
             * @description The applicant's answer to the information request
             * @example Liitimme toimintasuunnitelman ja omavalvontasuunnitelman hakemuksen yhteyshenkilön sähköpostiin.
             */
            message: string;
        };
        ProviderApplicationDecisionBody: {
            /**
             * @description Approve (creates the provider, or adds an existing provider's bundles and prices), reject, or ask for more information (the applicant answers with a reply, and the application is pending again)
             * @enum {string}
             */
            outcome: "approved" | "rejected" | "info-requested";
            /**
             * @description Why; shown to the applicant
             * @example Hakemus täyttää palvelusetelin sääntökirjan ehdot.
             */
            reason: string;
        };
        PutProviderPrices: {
            /**
             * Format: date
             * @description The first day of the prices (default today, never earlier). From today the list replaces the list in force; from a later day it is the coming change of the services listed (each priced today; the others stay as they are), replacing any earlier coming change; a price equal to the one in force cancels it
             * @example 2027-01-01
             */
            effectiveFrom?: string;
            /** @description From today the whole new price list (it replaces the old one), from a later day the changed prices: services of the provider's bundles, each once */
            prices: components["schemas"]["ProviderPriceInput"][];
        };
        ProviderStatusChange: {
            /**
             * @description suspended or terminated stops the provider; approved lifts a suspension (terminated is final)
             * @enum {string}
             */
            status: "approved" | "suspended" | "terminated";
            /**
             * @description Why; kept in the provider's status history
             * @example Aluehallintoviraston määräys.
             */
            reason: string;
            /**
             * Format: date
             * @description Today or later: the first day no delivery can be recorded for (suspended, terminated); a re-approval lifts the suspension at once
             * @example 2026-12-01
             */
            effectiveFrom: string;
        };
        InviteProviderMember: {
            /** @description The person's personal identity code: they sign in with it; HB keeps only its lookup key */
            personalId: string;
            /**
             * @description The person's name as the provider knows them
             * @example Maija Meikäläinen
             */
            name: string;
        };
        BankAccountChangeRequest: {
            /**
             * @description The new account the area is to pay to: a SEPA country's IBAN, check digits (and Finland's national one) validated
             * @example FI3715903000000776
             */
            iban: string;
            /**
             * @description The new account's bank BIC; required for SEPA countries outside the EEA (CH, GB, …)
             * @example NDEAFIHH
             */
            bic?: string;
            /**
             * @description The account holder's name as the bank has it, for finance to verify (the provider itself)
             * @example Aamurusko Oy
             */
            accountHolder: string;
            /**
             * @description Why the account changes
             * @example Pankki vaihtui.
             */
            reason: string;
        };
        BankAccountChangeDecision: {
            /**
             * @description confirmed: the new account is in force from now on; rejected: the old one stays
             * @enum {string}
             */
            outcome: "confirmed" | "rejected";
            /**
             * @description How the change was verified, or why it is rejected; shown to the provider
             * @example Varmistettu soittamalla rekisteröidylle yhteyshenkilölle.
             */
            reason: string;
        };
        CreateCredit: {
            /** @description What is returned to the client's balance, ≤ what remains of the event */
            amountCents: number;
            /** @enum {string} */
            reasonCode: "NOT_DELIVERED" | "WRONG_QUANTITY" | "WRONG_PRICE" | "DUPLICATE" | "OTHER";
            /** @description Shown to the provider on its statement */
            explanation: string;
        };
        CreateSettlementRun: {
            /**
             * @description Calendar month in Europe/Helsinki, YYYY-MM
             * @example 2026-10
             */
            month: string;
        };
        BankStatementBody: {
            /** @description The bank's XML message as it came, in a JSON string (e.g. `jq -Rs '{document: .}' < camt054.xml`) */
            document: string;
        };
        CreateFollowUp: {
            /**
             * @description Business date of the review (Europe/Helsinki); not in the future
             * @example 2027-03-31
             */
            date: string & (unknown & unknown);
            /**
             * @description How the review was done
             * @example kotikäynti
             */
            method: string;
            /** @description What the review found about the use of the budget */
            findings: string;
            /** @description The goals reviewed (0-20) */
            goalAttainment: components["schemas"]["GoalAttainment"][];
        };
        GoalAttainment: {
            /**
             * @description The goal, as in the plan or the support plan
             * @example Asioin itse kaupassa
             */
            goal: string;
            /**
             * @description How far the goal was reached by the follow-up: achieved (saavutettu), partly (osittain), not-achieved (ei saavutettu), not-assessed (ei arvioitu this time)
             * @enum {string}
             */
            rating: "achieved" | "partly" | "not-achieved" | "not-assessed";
        };
        PutProviderWebhook: {
            /**
             * @description The receiver: https only, no user or password in it, not a literal private, loopback or link-local address nor `localhost`
             * @example https://hooks.example.fi/hb
             */
            url: string;
            /** @description The kinds to deliver; every kind when left out */
            events?: ("instrument.chosen" | "instrument.accepted" | "instrument.switched" | "instrument.changed" | "instrument.ended" | "service-event.approved" | "statement.closed" | "payment.made" | "credit.created")[];
        };
        ClientExport: {
            /**
             * @description The version of this document's layout
             * @constant
             */
            format: "hb-client-export/1";
            /** Format: date-time */
            exportedAt: string;
            /**
             * @description The client's language: service names, notification texts and decision documents are in it
             * @enum {string}
             */
            language: "fi" | "sv" | "en";
            /** @description The welfare area that holds the data (rekisterinpitäjä) */
            controller: {
                name: string;
                businessId: string;
            };
            /** @description The client's record, the personal identity code included */
            client: {
                /**
                 * Format: uuid
                 * @description Client id
                 * @example 7d8f0c52-5a1e-4f7e-9d0b-2a4c7c1e9b10
                 */
                clientId: string;
                /** @description Returned to workers only */
                personalId?: string;
                /**
                 * Format: date
                 * @description Returned to workers only
                 */
                birthDate?: string;
                firstName: string;
                lastName: string;
                municipality: string;
                /** @enum {string} */
                language: "fi" | "sv" | "en";
                /** @enum {string} */
                hbStatus: "not-started" | "active" | "declined" | "ended";
                hbStatusReason?: string;
                /** Format: date-time */
                hbStatusChangedAt?: string;
                /** @description The worker whose caseload the client is in (the one who registered it until changed); returned to workers only */
                assignedWorker?: string;
                version: number;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
            };
            representatives: components["schemas"]["Representative"][];
            assessments: components["schemas"]["Assessment"][];
            supportPlans: components["schemas"]["SupportPlan"][];
            /** @description Every version */
            servicePlans: components["schemas"]["ServicePlan"][];
            /** @description With every line's balance and pace on the day of the export */
            budgets: components["schemas"]["Budget"][];
            /** @description With their documents and appeals */
            decisions: components["schemas"]["Decision"][];
            instruments: components["schemas"]["Instrument"][];
            /** @description Every delivery recorded on the client's instruments, newest delivery first */
            serviceEvents: components["schemas"]["ServiceEvent"][];
            credits: components["schemas"]["Credit"][];
            /** @description In every inbox: the client's, the workers', the providers' */
            notifications: components["schemas"]["ExportedNotification"][];
            followUps: components["schemas"]["FollowUp"][];
            /** @description Who read or changed the client's data, this export included */
            accessLog: components["schemas"]["AuditEntry"][];
            counts: components["schemas"]["ClientExportCounts"];
        };
        Representative: {
            /**
             * Format: uuid
             * @description The entry's id in HB (DELETE …/representatives/{subject} takes it)
             */
            representativeId: string;
            name: string;
            relationship: string;
            /**
             * @description `view` reads; `act` also writes for the client
             * @enum {string}
             */
            permission: "view" | "act";
            /**
             * @description The source of the right to represent
             * @enum {string}
             */
            basis: "client-authorisation" | "suomifi-mandate" | "guardian-of-minor" | "legal-guardian";
            /**
             * Format: date
             * @description First day of the right (business date); from now when absent
             */
            validFrom?: string;
            /**
             * Format: date
             * @description Last day of the right; access ends after it without anyone removing the entry
             */
            validTo?: string;
        };
        /** @description A service needs assessment (palvelutarpeen arviointi) */
        Assessment: {
            /**
             * Format: uuid
             * @description Assessment id
             */
            assessmentId: string;
            /**
             * Format: uuid
             * @description Client id
             * @example 7d8f0c52-5a1e-4f7e-9d0b-2a4c7c1e9b10
             */
            clientId: string;
            /** Format: date */
            assessedOn: string;
            needs: components["schemas"]["AssessmentNeed"][];
            recordedBy: {
                /** @description `sub` of the caller's token */
                sub: string;
                /** @description Roles of the caller's token */
                roles: string[];
            };
            /** Format: date-time */
            createdAt: string;
        };
        /** @description The client's own support plan (tukisuunnitelma) */
        SupportPlan: {
            /**
             * Format: uuid
             * @description Support plan id
             */
            supportPlanId: string;
            /**
             * Format: uuid
             * @description Client id
             * @example 7d8f0c52-5a1e-4f7e-9d0b-2a4c7c1e9b10
             */
            clientId: string;
            wishes: string;
            goals: string[];
            preferredServices: string[];
            writtenWith?: string;
            /** @description Who wrote the plan, from their token */
            writtenBy: {
                /** @description `sub` of the caller's token */
                sub: string;
                /** @description Roles of the caller's token */
                roles: string[];
            };
            /** Format: date-time */
            createdAt: string;
        };
        ServicePlan: {
            /**
             * Format: uuid
             * @description Service plan id (one per version)
             * @example 2b0c8a8e-6f0e-4d53-9d1f-0d6f4b2f7a31
             */
            planId: string;
            /**
             * Format: uuid
             * @description Client id
             * @example 7d8f0c52-5a1e-4f7e-9d0b-2a4c7c1e9b10
             */
            clientId: string;
            /** @description 1 for the client's first plan, then +1 per new version */
            version: number;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string;
            services: {
                serviceCode: string;
                content: string;
                quantity: number;
                /** @enum {string} */
                unit: "hour" | "day" | "visit" | "euro";
                /**
                 * @description The period the quantity is for: a calendar month, a week, or the whole validity once
                 * @enum {string}
                 */
                per: "month" | "week" | "validity";
                /**
                 * @description hard: a delivery that would take a month's or week's delivered quantity past `quantity` is refused (PERIOD_CAP_EXCEEDED); soft (default): pacing only. A grant over the whole validity is capped by its amount
                 * @enum {string}
                 */
                periodCap?: "hard" | "soft";
                unitCostCents: number;
                /**
                 * @description What the unit cost is based on: the cost of the comparable service the client already uses, the area's reference price, or an agreed price
                 * @enum {string}
                 */
                costBasis: "existing-service" | "reference-price" | "agreed";
                basisNote?: string;
            }[];
            followUp: {
                intervalDays: number;
                method: string;
            };
            /**
             * @description Exactly one version of a client's plan is current; a new version supersedes it
             * @enum {string}
             */
            status: "current" | "superseded";
            createdBy: {
                sub: string;
                roles: ("worker" | "client" | "representative" | "provider" | "finance" | "admin" | "applicant")[];
            };
            /** Format: date-time */
            createdAt: string;
        };
        Budget: {
            budgetId: string;
            clientId: string;
            planId: string;
            planVersion: number;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string;
            /**
             * @description `decided` while a decision on it is in force
             * @enum {string}
             */
            status: "draft" | "decided";
            decisionId?: string;
            /** @description The budget whose decision took over from this one's (its lines' grants are clipped) */
            supersededBy?: string;
            /**
             * Format: date
             * @description The day the successor took over: this budget funds up to the day before
             */
            supersededFrom?: string;
            /**
             * Format: date
             * @description HB ended or was declined on this day: this budget funds up to it (its lines' grants are clipped)
             */
            endedOn?: string;
            /**
             * Format: date
             * @description Its decision funds from this day, later than validFrom (it superseded an earlier decision)
             */
            effectiveFrom?: string;
            totalGrantedCents: number;
            totals: {
                /** @description Granted by the decision */
                grantedCents: number;
                /** @description Instrument value not yet used (open instruments only) */
                committedCents: number;
                /** @description Service events recorded, not yet approved */
                recordedCents: number;
                /** @description Approved, not yet settled */
                approvedCents: number;
                /** @description Settled to a provider, not yet paid */
                settledCents: number;
                /** @description Paid to providers */
                paidCents: number;
                /** @description granted − recorded − approved − settled − paid, never below zero */
                availableCents: number;
            };
            lines: components["schemas"]["BudgetLine"][];
            /** Format: date-time */
            createdAt: string;
            createdBy: {
                sub: string;
                roles: string[];
            };
        };
        BudgetLine: {
            lineId: string;
            serviceCode: string;
            /** @description In the caller's language */
            serviceName: string;
            /** @enum {string} */
            unit: "hour" | "day" | "visit" | "euro";
            /** @description Per period (`per`) */
            quantity: number;
            /** @enum {string} */
            per: "month" | "week" | "validity";
            /**
             * @description hard: a delivery that would take a month's or week's delivered quantity past `quantity` is refused (PERIOD_CAP_EXCEEDED); soft (default): pacing only. A grant over the whole validity is capped by its amount
             * @enum {string}
             */
            periodCap?: "hard" | "soft";
            /** @description Periods in the validity, 4 decimals (display only; money uses the exact fraction) */
            periods: number;
            quantityTotal: number;
            unitValueCents: number;
            /** @description Granted by the decision */
            grantedCents: number;
            /** @description Instrument value not yet used (open instruments only) */
            committedCents: number;
            /** @description Service events recorded, not yet approved */
            recordedCents: number;
            /** @description Approved, not yet settled */
            approvedCents: number;
            /** @description Settled to a provider, not yet paid */
            settledCents: number;
            /** @description Paid to providers */
            paidCents: number;
            /** @description granted − recorded − approved − settled − paid, never below zero */
            availableCents: number;
            /** @description The client can still use it: its budget's last funded day (after a successor or the end of HB) not passed. A provider may still record a late delivery for an earlier day */
            usable: boolean;
            /** @description Hours, days or visits the client can still use (availableCents in units, rounded down); 0 when not `usable`; absent for euro services */
            remainingQuantity?: number;
            pace: components["schemas"]["Pace"];
            instrumentIds: string[];
            /** @description The income-based fee the decision sets for the service, per month: billed by the area, never charged to the budget */
            clientFee?: {
                monthlyCents: number;
                /** @enum {string} */
                legalBasis: "asiakasmaksulaki";
            };
        };
        /** @description How the use compares with the plan; rules in docs/budget-rules.md */
        Pace: {
            /** @description Share of the validity (or of `period`) that has passed, today included */
            elapsedFraction: number;
            /** @description Expected use by today, pro rata of the validity (or of `period`) */
            expectedToDateCents: number;
            /** @description Projected use at the end of the validity (or of `period`) at the current rate */
            projectedAtEndCents: number;
            /** @description Used / granted over the whole validity, 4 decimals */
            usedFraction: number;
            /** @enum {string} */
            driftStatus: "not-started" | "on-track" | "overuse" | "underuse" | "gap" | "exhausted" | "ended";
            /** @description Highest used-threshold reached (e.g. 0.9) */
            thresholdReached: number | null;
            /** @description Only for a grant per month or week: the current calendar month or ISO week (Monday–Sunday), clipped to the validity */
            period?: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
                /** @description What the plan grants for this period (quantity × unit value × the share of the period inside the validity) */
                grantedCents: number;
                /** @description Used in this period: deliveries dated in it, less their credits */
                usedCents: number;
            };
        };
        Decision: {
            decisionId: string;
            /** @example HB-P-2026-000042 */
            number: string;
            clientId: string;
            budgetId: string;
            /** Format: date */
            decidedOn: string;
            legalBasis: ("vammaispalvelulaki" | "kehitysvammalaki" | "sosiaalihuoltolaki")[];
            decisionMaker: {
                name: string;
                title: string;
            };
            lines: {
                lineId: string;
                serviceCode: string;
                grantedCents: number;
                /** @enum {string} */
                paymentMethod: "voucher" | "payment-commitment";
                providerId?: string;
                /** @description A payment commitment's provider, as the decision names it */
                providerName?: string;
                clientFee?: components["schemas"]["ClientFee"];
            }[];
            /** @enum {string} */
            status: "draft" | "issued" | "appealed" | "revoked" | "ended" | "superseded";
            /**
             * Format: date
             * @description First day this decision funds
             */
            effectiveFrom?: string;
            /** @description The decisions this one superseded when issued */
            supersedes?: string[];
            /** @description The decision that took over from `supersededFrom` */
            supersededBy?: string;
            /**
             * Format: date
             * @description The day the successor took over: this decision funds up to the day before
             */
            supersededFrom?: string;
            /**
             * Format: date
             * @description HB ended or was declined: the last day this decision funds
             */
            endedOn?: string;
            appeals: {
                appealId: string;
                /** Format: date */
                receivedOn: string;
                text: string;
                recordedBy: {
                    sub: string;
                    roles: string[];
                };
                /** Format: date-time */
                recordedAt: string;
                /** @description Once decided */
                outcome?: {
                    /** @enum {string} */
                    outcome: "upheld" | "partly-upheld" | "dismissed" | "withdrawn";
                    /** Format: date */
                    decidedOn: string;
                    reasoning: string;
                    /** Format: date */
                    effectiveFrom?: string;
                    recordedBy: {
                        sub: string;
                        roles: string[];
                    };
                    /** Format: date-time */
                    recordedAt: string;
                };
            }[];
            /** @description What happened to the decision, oldest first */
            history: {
                /** @enum {string} */
                event: "issued" | "appealed" | "appeal-decided" | "superseded" | "revoked" | "ended";
                /** Format: date */
                on: string;
                appealId?: string;
                /** @enum {string} */
                outcome?: "upheld" | "partly-upheld" | "dismissed" | "withdrawn";
                /** @description superseded: the decision that took over */
                decisionId?: string;
                /** @description Plain language in the request's language */
                text: string;
            }[];
            instrumentIds: string[];
            /** @description On the issue response: the instruments it created */
            instruments?: components["schemas"]["Instrument"][];
            /** Format: date-time */
            issuedAt?: string;
            /** Format: date-time */
            closedAt?: string;
            closedReason?: string;
            document: components["schemas"]["DecisionDocument"];
            /** Format: date-time */
            createdAt: string;
            createdBy: {
                sub: string;
                roles: string[];
            };
        };
        Instrument: {
            instrumentId: string;
            /**
             * @description Human-readable, e.g. HB-2026-000123
             * @example HB-2026-000123
             */
            number: string;
            /**
             * @description voucher (palveluseteli) or payment commitment (maksusitoumus)
             * @enum {string}
             */
            kind: "voucher" | "payment-commitment";
            /** @description Absent towards a provider's staff (data minimisation) */
            clientId?: string;
            /** @description Absent towards a provider's staff (data minimisation) */
            budgetId?: string;
            lineId: string;
            /** @description Absent towards a provider's staff (data minimisation) */
            decisionId?: string;
            serviceCode: string;
            /** @description In the caller's language */
            serviceName: string;
            /** @enum {string} */
            unit: "hour" | "day" | "visit" | "euro";
            quantityPerPeriod: number;
            /** @enum {string} */
            per: "month" | "week" | "validity";
            /**
             * @description hard: a delivery that would take a month's or week's delivered quantity past `quantity` is refused (PERIOD_CAP_EXCEEDED); soft (default): pacing only. A grant over the whole validity is capped by its amount
             * @enum {string}
             */
            periodCap?: "hard" | "soft";
            quantityTotal: number;
            unitValueCents: number;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string;
            /** @description The most that can be charged to it */
            capCents: number;
            providerId?: string;
            /**
             * Format: date
             * @description The first day that is providerId's: deliveries from it on are recorded by it
             */
            providerFrom?: string;
            /** @description Earlier providers, oldest first: each records, corrects and deletes its own days' deliveries until the recording deadline */
            providers?: components["schemas"]["EarlierProvider"][];
            /** @enum {string} */
            status: "awaiting-provider" | "awaiting-acceptance" | "active" | "closed";
            closedReason?: string;
            /**
             * Format: date
             * @description A superseding decision took over from this day: the validity ends the day before
             */
            supersededFrom?: string;
            /**
             * Format: date
             * @description HB ended or was declined on this day: the validity ends on it (or the instrument closed, when it started later)
             */
            endedOn?: string;
            /** @description Granted by the decision */
            grantedCents: number;
            /** @description Instrument value not yet used (open instruments only) */
            committedCents: number;
            /** @description Service events recorded, not yet approved */
            recordedCents: number;
            /** @description Approved, not yet settled */
            approvedCents: number;
            /** @description Settled to a provider, not yet paid */
            settledCents: number;
            /** @description Paid to providers */
            paidCents: number;
            /** @description granted − recorded − approved − settled − paid, never below zero */
            availableCents: number;
            /** @description The client can still use it: open, and its last day (after a successor or the end of HB) not passed. A provider may still record a late delivery for an earlier day */
            usable: boolean;
            /** @description Hours, days or visits the client can still use (availableCents in units, rounded down); 0 when not `usable`; absent for euro services */
            remainingQuantity?: number;
            pace: components["schemas"]["Pace"];
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A provider that had accepted the voucher before a switch, with its days */
        EarlierProvider: {
            providerId: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        /** @description The written decision in the client's language; frozen when issued */
        DecisionDocument: {
            /** @enum {string} */
            language: "fi" | "sv" | "en";
            title: string;
            sections: {
                heading: string;
                paragraphs: string[];
            }[];
            text: string;
        };
        ServiceEvent: {
            eventId: string;
            instrumentId: string;
            instrumentNumber: string;
            /** @description Absent towards a provider's staff (data minimisation) */
            clientId?: string;
            providerId: string;
            externalId: string;
            serviceCode: string;
            /** @enum {string} */
            unit: "hour" | "day" | "visit" | "euro";
            /**
             * Format: date
             * @description Business date of the delivery (its start)
             */
            date: string;
            start?: string;
            end?: string;
            /** @description Hours (2 decimals) for hourly services; days, visits or euros otherwise */
            quantity: number;
            /**
             * @description Absent: delivered. A late cancellation or a no-show is priced at the area's share
             * @enum {string}
             */
            kind?: "delivered" | "late-cancellation" | "no-show";
            amountCents: number;
            bands: {
                code: string;
                multiplier: number;
                minutes: number;
                amountCents: number;
            }[];
            /** @description A voucher's own share: what the provider may invoice the client, (the provider's price in force on the delivery date − the voucher's unit value) × quantity, never below zero; never charged to the budget */
            clientShareCents?: number;
            /** @enum {string} */
            status: "recorded" | "approved" | "settled" | "paid";
            note?: string;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: {
                sub: string;
                roles: string[];
            };
            /** Format: date-time */
            approvedAt?: string;
            approvedBy?: {
                sub: string;
                roles: string[];
            };
            /** @description The provider's settlement statement the approved event went into */
            statementId?: string;
            /** @description The settlement run that settled it */
            runId?: string;
            /** Format: date-time */
            settledAt?: string;
            /** Format: date-time */
            paidAt?: string;
            /** @description Credited back after settlement; amountCents − creditedCents is what the provider is paid */
            creditedCents?: number;
            /**
             * Format: date
             * @description When the provider is expected to be paid (docs/api.md#payment-timeline); the actual day once paid
             * @example 2027-04-05
             */
            expectedPaymentOn: string;
        };
        Credit: {
            creditId: string;
            eventId: string;
            instrumentId: string;
            instrumentNumber: string;
            clientId: string;
            providerId: string;
            serviceCode: string;
            amountCents: number;
            /** @enum {string} */
            reasonCode: "NOT_DELIVERED" | "WRONG_QUANTITY" | "WRONG_PRICE" | "DUPLICATE" | "OTHER";
            explanation: string;
            /**
             * Format: date
             * @description Business date the credit was given; its statement is the provider's open one from this month on
             */
            date: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: {
                sub: string;
                roles: string[];
            };
            /** @description The statement the credit went into, once the settlement queue has placed it */
            statementId?: string;
            /** @description The event after the credit */
            event?: {
                status: string;
                amountCents: number;
                creditedCents: number;
            };
        };
        /** @description A notification about the client, its text in the client's language */
        ExportedNotification: {
            /** @enum {string} */
            kind: "overuse" | "underuse" | "gap" | "exhausted" | "threshold" | "expiry";
            notificationId: string;
            /** @description In the request's language; plain language in a client's inbox */
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt?: string;
            /** @description For `threshold`: the share of the budget used, e.g. 0.9 */
            threshold?: number;
            /** @description For `gap`: days without a delivery when it was raised */
            idleDays?: number;
            /** @description Absent in a provider's inbox */
            clientId?: string;
            instrumentId: string;
            instrumentNumber: string;
            serviceCode: string;
            /**
             * @description Whose inbox it went to: the client's (shared with representatives), the worker's, or the provider's
             * @enum {string}
             */
            recipient: "client" | "worker" | "provider";
        } | {
            /** @enum {string} */
            kind: "provider-switched" | "provider-chosen" | "instrument-ended" | "instrument-changed" | "provider-suspended" | "provider-terminated";
            notificationId: string;
            /** @description In the request's language; plain language in a client's inbox */
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt?: string;
            /** @description Absent in a provider's inbox */
            clientId?: string;
            instrumentId: string;
            instrumentNumber: string;
            serviceCode: string;
            /**
             * Format: date
             * @description The first day the change takes effect: the chosen provider's first day (the previous one keeps the days before); for `instrument-ended` the first day it no longer funds; for `instrument-changed` the first day of the superseding decision; for `provider-suspended` and `provider-terminated` the first day the provider may not deliver
             */
            effectiveFrom: string;
            /**
             * @description Whose inbox it went to: the client's (shared with representatives), the worker's, or the provider's
             * @enum {string}
             */
            recipient: "client" | "worker" | "provider";
        } | {
            /** @enum {string} */
            kind: "appeal-decided";
            notificationId: string;
            /** @description In the request's language; plain language in a client's inbox */
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt?: string;
            clientId: string;
            decisionId: string;
            decisionNumber: string;
            /** @enum {string} */
            outcome: "upheld" | "partly-upheld" | "dismissed" | "withdrawn";
            /** Format: date */
            decidedOn: string;
            /**
             * Format: date
             * @description Upheld or partly upheld: the day the amended decision takes over
             */
            effectiveFrom?: string;
            /**
             * @description Whose inbox it went to: the client's (shared with representatives), the worker's, or the provider's
             * @enum {string}
             */
            recipient: "client" | "worker" | "provider";
        };
        /** @description A follow-up review (seuranta) against the service plan's follow-up agreement */
        FollowUp: {
            /**
             * Format: uuid
             * @description Follow-up id
             */
            followUpId: string;
            /**
             * Format: uuid
             * @description Client id
             * @example 7d8f0c52-5a1e-4f7e-9d0b-2a4c7c1e9b10
             */
            clientId: string;
            /**
             * Format: uuid
             * @description The service plan version that was current when the follow-up was recorded
             * @example 2b0c8a8e-6f0e-4d53-9d1f-0d6f4b2f7a31
             */
            planId: string;
            planVersion: number;
            /** Format: date */
            date: string;
            method: string;
            findings: string;
            goalAttainment: components["schemas"]["GoalAttainment"][];
            recordedBy: {
                /** @description `sub` of the caller's token */
                sub: string;
                /** @description Roles of the caller's token */
                roles: string[];
            };
            /** Format: date-time */
            createdAt: string;
        };
        AuditEntry: {
            /** Format: date-time */
            at: string;
            /** @description The client; absent for a refusal that was about no client */
            clientId?: string;
            /**
             * @description `read`/`write`: a request that reached the client's data (written in that request, before the data is touched or returned); `change`: what the request changed, from the table's change stream; `refused`: a request answered 403
             * @enum {string}
             */
            kind: "read" | "write" | "change" | "refused";
            /** @description Route id for reads and writes (e.g. `clients.get`); INSERT, MODIFY or REMOVE of an entity for changes */
            action: string;
            entity?: string;
            changedFields?: string[];
            actor: {
                sub: string;
                roles: string[];
            };
            purpose?: string;
            requestId: string;
        };
        /** @description How many entries each section of the export holds */
        ClientExportCounts: {
            representatives: number;
            assessments: number;
            supportPlans: number;
            servicePlans: number;
            budgets: number;
            decisions: number;
            instruments: number;
            serviceEvents: number;
            credits: number;
            notifications: number;
            followUps: number;
            accessLog: number;
        };
        Health: {
            /**
             * @description ok (200), or unavailable (503) when the table does not answer
             * @enum {string}
             */
            status: "ok" | "unavailable";
            area: string;
            version: string;
            /** Format: date-time */
            time: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** @example urn:hb:problem:validation-failed */
            type: string;
            title: string;
            status: number;
            /** @description Plain-language explanation in the caller's language (Accept-Language: fi, sv, en) */
            detail: string;
            /** @enum {string} */
            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "INVALID_CURSOR" | "UNSUPPORTED_MEDIA_TYPE" | "UNAUTHENTICATED" | "FORBIDDEN" | "PROVIDER_NOT_CHOSEN" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "DUPLICATE_CLIENT" | "VERSION_MISMATCH" | "UNKNOWN_BUNDLE" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE" | "PAYLOAD_TOO_LARGE" | "UNKNOWN_SERVICE" | "TOO_MANY_REPRESENTATIVES" | "CONCURRENT_CHANGE" | "UNIT_MISMATCH" | "HB_DECLINED" | "PLAN_SUPERSEDED" | "DECISION_IN_FORCE" | "DECISION_NOT_DRAFT" | "DECISION_NOT_IN_FORCE" | "DUPLICATE_EVENT" | "INSTRUMENT_NOT_ACTIVE" | "NOT_PROVIDER_ON_DATE" | "OUTSIDE_VALIDITY" | "RECORDING_DEADLINE_PASSED" | "INSUFFICIENT_BALANCE" | "OVERLAPPING_EVENT" | "EVENT_NOT_RECORDED" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "APPLICATION_ALREADY_DECIDED" | "APPLICATION_NOT_AWAITING_REPLY" | "SERVICE_NOT_IN_BUNDLES" | "PROVIDER_NOT_AVAILABLE" | "NOT_A_VOUCHER" | "INSTRUMENT_CLOSED" | "INSTRUMENT_NOT_AWAITING_ACCEPTANCE" | "EVENT_NOT_SETTLED" | "CREDIT_EXCEEDS_EVENT" | "MONTH_NOT_ENDED" | "RUN_NOT_CLOSED" | "BANK_MESSAGE_INVALID" | "BANK_MESSAGE_OTHER_FILE" | "NO_CURRENT_PLAN" | "LAST_MEMBER" | "PROVIDER_ALREADY_REGISTERED" | "BANK_ACCOUNT_CHANGE_REQUIRED" | "BANK_ACCOUNT_CHANGE_PENDING" | "BANK_ACCOUNT_CHANGE_ALREADY_DECIDED" | "FOUR_EYES_REQUIRED" | "PROVIDER_NOT_APPROVED" | "COMMITMENT_PROVIDER_NOT_APPROVED" | "PROVIDER_SUSPENDED" | "PROVIDER_TERMINATED" | "DECISION_SUPERSEDED" | "DELIVERY_SPANS_CHANGE" | "GRANT_BELOW_DELIVERED" | "SUPERSEDE_TOO_LARGE" | "APPEAL_DECIDED" | "REVOKE_SUPERSEDING" | "DELIVERIES_AFTER_END" | "EVENT_KIND_NOT_BILLABLE" | "EVENT_KIND_LIMIT_REACHED" | "PERIOD_CAP_EXCEEDED" | "BATCH_TOO_LARGE" | "MALFORMED_CSV" | "WEBHOOK_URL_REFUSED" | "SETTINGS_IN_THE_PAST" | "SETTINGS_VERSION_IN_FORCE";
            requestId: string;
            errors?: {
                /** @description JSON Pointer into the request: /params/…, /query/…, /body/… */
                path: string;
                code: string;
                message: string;
            }[];
        };
        CatalogueServicePage: {
            items: components["schemas"]["CatalogueService"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        CatalogueService: {
            code: string;
            /** @enum {string} */
            unit: "hour" | "day" | "visit" | "euro";
            referenceUnitCostCents: number;
            timeBanded: boolean;
            bundles: string[];
            name: {
                fi: string;
                sv?: string;
                en: string;
            };
            eventKinds?: components["schemas"]["EventKindRules"];
            /** @description Increases with every change */
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        AreaSettings: {
            area: {
                code: string;
                name: {
                    fi: string;
                    sv?: string;
                    en: string;
                };
                /** @constant */
                timeZone: "Europe/Helsinki";
                /** @constant */
                currency: "EUR";
                payerIban: string;
                payerBic: string;
                payerBusinessId: string;
            };
            /** @description The version in force today */
            current: components["schemas"]["AreaSettingsVersion"];
            /** @description Versions from a later day, soonest first */
            coming: components["schemas"]["AreaSettingsVersion"][];
            /** @description Every version, oldest first */
            versions: {
                /**
                 * Format: date
                 * @description Business date (Europe/Helsinki), YYYY-MM-DD
                 * @example 2027-01-01
                 */
                effectiveFrom: string;
                /** @description Absent for the version seeded from the area file */
                madeBy?: {
                    sub: string;
                    roles: string[];
                };
                /**
                 * Format: date-time
                 * @description Absent for settings seeded before versions existed, until the seed copies them as the first version
                 */
                madeAt?: string;
            }[];
        };
        AreaSettingsVersion: {
            /**
             * Format: date
             * @description Business date (Europe/Helsinki), YYYY-MM-DD
             * @example 2027-01-01
             */
            effectiveFrom: string;
            /** @description Absent for the version seeded from the area file */
            madeBy?: {
                sub: string;
                roles: string[];
            };
            /**
             * Format: date-time
             * @description Absent for settings seeded before versions existed, until the seed copies them as the first version
             */
            madeAt?: string;
            settings: {
                reviewWindowDays: number;
                recordingDeadlineDays: number;
                settlementDayOfMonth: number;
                drift: {
                    overuseRatio: number;
                    underuseRatio: number;
                    underuseMinElapsedFraction: number;
                    gapDays: number;
                    usedThresholds: number[];
                    expiryWarningDays: number;
                    expiryUnusedFraction: number;
                };
                retention?: {
                    auditLogYears: number;
                    clientRecordsYears: number;
                    permanentBirthDays: number[];
                };
                timeBands: {
                    bands: {
                        /** @enum {string} */
                        code: "SUNDAY_HOLIDAY" | "HOLIDAY_EVE" | "NIGHT" | "SATURDAY" | "WEEKDAY_EVENING" | "WEEKDAY_DAY";
                        multiplier: number;
                        when: string;
                    }[];
                };
            };
        };
        Client: {
            /**
             * Format: uuid
             * @description Client id
             * @example 7d8f0c52-5a1e-4f7e-9d0b-2a4c7c1e9b10
             */
            clientId: string;
            /** @description Returned to workers only */
            personalId?: string;
            /**
             * Format: date
             * @description Returned to workers only
             */
            birthDate?: string;
            firstName: string;
            lastName: string;
            municipality: string;
            /** @enum {string} */
            language: "fi" | "sv" | "en";
            /** @enum {string} */
            hbStatus: "not-started" | "active" | "declined" | "ended";
            hbStatusReason?: string;
            /** Format: date-time */
            hbStatusChangedAt?: string;
            /** @description The worker whose caseload the client is in (the one who registered it until changed); returned to workers only */
            assignedWorker?: string;
            representatives: components["schemas"]["Representative"][];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ClientPage: {
            items: components["schemas"]["Client"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        CaseloadPage: {
            items: components["schemas"]["CaseloadEntry"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        CaseloadEntry: {
            /**
             * Format: uuid
             * @description Client id
             * @example 7d8f0c52-5a1e-4f7e-9d0b-2a4c7c1e9b10
             */
            clientId: string;
            firstName: string;
            lastName: string;
            /** @enum {string} */
            hbStatus: "not-started" | "active" | "declined" | "ended";
            assignedWorker: string;
            /** @description Budgets with an open instrument, each with the most urgent drift status of its open instruments as the drift check last stored it */
            budgets: {
                budgetId: string;
                /** @enum {string} */
                driftStatus: "not-started" | "on-track" | "overuse" | "underuse" | "gap" | "exhausted" | "ended";
            }[];
            /** @description When the next follow-up of the current plan is due; null without a plan or outside HB */
            nextFollowUpOn: string | null;
            /** @description Unread notifications about the client in the listed worker's inbox */
            unreadNotifications: number;
        };
        ClientExportLink: {
            /**
             * Format: uri
             * @description Short-lived link to the export file (`application/json`, the ClientExport schema). GET it without an Authorization header before `expiresAt`; ask again for a new link
             */
            url: string;
            /** Format: date-time */
            expiresAt: string;
            /** @example hb-export-2027-03-10.json */
            fileName: string;
            sizeBytes: number;
            /** Format: date-time */
            exportedAt: string;
            counts: components["schemas"]["ClientExportCounts"];
        };
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        Statistics: {
            /** @description The area's code */
            area: string;
            from: string;
            to: string;
            /** @enum {string} */
            by?: "municipality" | "ageGroup" | "serviceCode";
            publishable: boolean;
            /** @description Per month: the total row, then one row per breakdown value */
            items: components["schemas"]["StatisticsRow"][];
        };
        StatisticsRow: {
            /** @example 2027-01 */
            month: string;
            /** @enum {string} */
            breakdown: "total" | "municipality" | "ageGroup" | "serviceCode";
            /** @description `total`, or the breakdown's value (`unknown` where it could not be told) */
            value: string;
            /** @description Indicator key → value (docs/statistics.md); null = suppressed in publishable output. Zero counters are left out but `people` */
            indicators: {
                [key: string]: number | null;
            };
        };
        ClientFeesPage: {
            items: components["schemas"]["ClientFeesOfMonth"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        /** @description A client's fees under one decision in force in the month, for the area's invoicing; HB does not collect them */
        ClientFeesOfMonth: {
            clientId: string;
            decisionId: string;
            /** @example HB-P-2027-000042 */
            decisionNumber: string;
            /**
             * Format: date
             * @description First day of the month the decision was in force
             */
            from: string;
            /**
             * Format: date
             * @description Last day of the month the decision was (or will be) in force
             */
            to: string;
            /** @description The client's fees per month under this decision, all lines together */
            monthlyCents: number;
            lines: {
                lineId: string;
                serviceCode: string;
                monthlyCents: number;
                /** @enum {string} */
                legalBasis: "asiakasmaksulaki";
            }[];
        };
        InstrumentList: {
            items: components["schemas"]["Instrument"][];
        };
        WorkListInstrument: {
            instrumentId: string;
            /**
             * @description Human-readable, e.g. HB-2026-000123
             * @example HB-2026-000123
             */
            number: string;
            /**
             * @description voucher (palveluseteli) or payment commitment (maksusitoumus)
             * @enum {string}
             */
            kind: "voucher" | "payment-commitment";
            /** @description Absent towards a provider's staff (data minimisation) */
            clientId?: string;
            /** @description Absent towards a provider's staff (data minimisation) */
            budgetId?: string;
            lineId: string;
            /** @description Absent towards a provider's staff (data minimisation) */
            decisionId?: string;
            serviceCode: string;
            /** @description In the caller's language */
            serviceName: string;
            /** @enum {string} */
            unit: "hour" | "day" | "visit" | "euro";
            quantityPerPeriod: number;
            /** @enum {string} */
            per: "month" | "week" | "validity";
            /**
             * @description hard: a delivery that would take a month's or week's delivered quantity past `quantity` is refused (PERIOD_CAP_EXCEEDED); soft (default): pacing only. A grant over the whole validity is capped by its amount
             * @enum {string}
             */
            periodCap?: "hard" | "soft";
            quantityTotal: number;
            unitValueCents: number;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string;
            /** @description The most that can be charged to it */
            capCents: number;
            providerId?: string;
            /**
             * Format: date
             * @description The first day that is providerId's: deliveries from it on are recorded by it
             */
            providerFrom?: string;
            /** @description Earlier providers, oldest first: each records, corrects and deletes its own days' deliveries until the recording deadline */
            providers?: components["schemas"]["EarlierProvider"][];
            /** @enum {string} */
            status: "awaiting-provider" | "awaiting-acceptance" | "active" | "closed";
            closedReason?: string;
            /**
             * Format: date
             * @description A superseding decision took over from this day: the validity ends the day before
             */
            supersededFrom?: string;
            /**
             * Format: date
             * @description HB ended or was declined on this day: the validity ends on it (or the instrument closed, when it started later)
             */
            endedOn?: string;
            /** @description Granted by the decision */
            grantedCents: number;
            /** @description Instrument value not yet used (open instruments only) */
            committedCents: number;
            /** @description Service events recorded, not yet approved */
            recordedCents: number;
            /** @description Approved, not yet settled */
            approvedCents: number;
            /** @description Settled to a provider, not yet paid */
            settledCents: number;
            /** @description Paid to providers */
            paidCents: number;
            /** @description granted − recorded − approved − settled − paid, never below zero */
            availableCents: number;
            /** @description The client can still use it: open, and its last day (after a successor or the end of HB) not passed. A provider may still record a late delivery for an earlier day */
            usable: boolean;
            /** @description Hours, days or visits the client can still use (availableCents in units, rounded down); 0 when not `usable`; absent for euro services */
            remainingQuantity?: number;
            pace: components["schemas"]["Pace"];
            /** Format: date-time */
            createdAt: string;
            /** @description The client as the provider needs to know them: the name only */
            client: {
                firstName: string;
                lastName: string;
            };
            /**
             * @description awaiting-acceptance (the provider is to accept it), active (in use until validTo), ended (closed, or its last day passed)
             * @enum {string}
             */
            workListStatus: "awaiting-provider" | "awaiting-acceptance" | "active" | "ended";
        };
        WorkList: {
            items: components["schemas"]["WorkListInstrument"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        MyBudgets: {
            items: {
                clientId: string;
                firstName: string;
                budgets: {
                    budgetId: string;
                    clientId: string;
                    planId: string;
                    planVersion: number;
                    /** Format: date */
                    validFrom: string;
                    /** Format: date */
                    validTo: string;
                    /**
                     * @description `decided` while a decision on it is in force
                     * @enum {string}
                     */
                    status: "draft" | "decided";
                    decisionId?: string;
                    /** @description The budget whose decision took over from this one's (its lines' grants are clipped) */
                    supersededBy?: string;
                    /**
                     * Format: date
                     * @description The day the successor took over: this budget funds up to the day before
                     */
                    supersededFrom?: string;
                    /**
                     * Format: date
                     * @description HB ended or was declined on this day: this budget funds up to it (its lines' grants are clipped)
                     */
                    endedOn?: string;
                    /**
                     * Format: date
                     * @description Its decision funds from this day, later than validFrom (it superseded an earlier decision)
                     */
                    effectiveFrom?: string;
                    totalGrantedCents: number;
                    totals: {
                        /** @description Granted by the decision */
                        grantedCents: number;
                        /** @description Instrument value not yet used (open instruments only) */
                        committedCents: number;
                        /** @description Service events recorded, not yet approved */
                        recordedCents: number;
                        /** @description Approved, not yet settled */
                        approvedCents: number;
                        /** @description Settled to a provider, not yet paid */
                        settledCents: number;
                        /** @description Paid to providers */
                        paidCents: number;
                        /** @description granted − recorded − approved − settled − paid, never below zero */
                        availableCents: number;
                    };
                    lines: {
                        lineId: string;
                        serviceCode: string;
                        /** @description In the caller's language */
                        serviceName: string;
                        /** @enum {string} */
                        unit: "hour" | "day" | "visit" | "euro";
                        /** @description Per period (`per`) */
                        quantity: number;
                        /** @enum {string} */
                        per: "month" | "week" | "validity";
                        /**
                         * @description hard: a delivery that would take a month's or week's delivered quantity past `quantity` is refused (PERIOD_CAP_EXCEEDED); soft (default): pacing only. A grant over the whole validity is capped by its amount
                         * @enum {string}
                         */
                        periodCap?: "hard" | "soft";
                        /** @description Periods in the validity, 4 decimals (display only; money uses the exact fraction) */
                        periods: number;
                        quantityTotal: number;
                        unitValueCents: number;
                        /** @description Granted by the decision */
                        grantedCents: number;
                        /** @description Instrument value not yet used (open instruments only) */
                        committedCents: number;
                        /** @description Service events recorded, not yet approved */
                        recordedCents: number;
                        /** @description Approved, not yet settled */
                        approvedCents: number;
                        /** @description Settled to a provider, not yet paid */
                        settledCents: number;
                        /** @description Paid to providers */
                        paidCents: number;
                        /** @description granted − recorded − approved − settled − paid, never below zero */
                        availableCents: number;
                        /** @description The client can still use it: its budget's last funded day (after a successor or the end of HB) not passed. A provider may still record a late delivery for an earlier day */
                        usable: boolean;
                        /** @description Hours, days or visits the client can still use (availableCents in units, rounded down); 0 when not `usable`; absent for euro services */
                        remainingQuantity?: number;
                        pace: components["schemas"]["Pace"];
                        instrumentIds: string[];
                        /** @description The income-based fee the decision sets for the service, per month: billed by the area, never charged to the budget */
                        clientFee?: {
                            monthlyCents: number;
                            /** @enum {string} */
                            legalBasis: "asiakasmaksulaki";
                        };
                        /** @description Plain language (selkokieli) in the caller's language */
                        summary: string;
                    }[];
                    /** Format: date-time */
                    createdAt: string;
                    createdBy: {
                        sub: string;
                        roles: string[];
                    };
                    /** @description Plain language, for a budget the client can no longer use: which budget replaced it and from when, or that HB ended */
                    summary?: string;
                }[];
                instruments: {
                    instrumentId: string;
                    /**
                     * @description Human-readable, e.g. HB-2026-000123
                     * @example HB-2026-000123
                     */
                    number: string;
                    /**
                     * @description voucher (palveluseteli) or payment commitment (maksusitoumus)
                     * @enum {string}
                     */
                    kind: "voucher" | "payment-commitment";
                    /** @description Absent towards a provider's staff (data minimisation) */
                    clientId?: string;
                    /** @description Absent towards a provider's staff (data minimisation) */
                    budgetId?: string;
                    lineId: string;
                    /** @description Absent towards a provider's staff (data minimisation) */
                    decisionId?: string;
                    serviceCode: string;
                    /** @description In the caller's language */
                    serviceName: string;
                    /** @enum {string} */
                    unit: "hour" | "day" | "visit" | "euro";
                    quantityPerPeriod: number;
                    /** @enum {string} */
                    per: "month" | "week" | "validity";
                    /**
                     * @description hard: a delivery that would take a month's or week's delivered quantity past `quantity` is refused (PERIOD_CAP_EXCEEDED); soft (default): pacing only. A grant over the whole validity is capped by its amount
                     * @enum {string}
                     */
                    periodCap?: "hard" | "soft";
                    quantityTotal: number;
                    unitValueCents: number;
                    /** Format: date */
                    validFrom: string;
                    /** Format: date */
                    validTo: string;
                    /** @description The most that can be charged to it */
                    capCents: number;
                    providerId?: string;
                    /**
                     * Format: date
                     * @description The first day that is providerId's: deliveries from it on are recorded by it
                     */
                    providerFrom?: string;
                    /** @description Earlier providers, oldest first: each records, corrects and deletes its own days' deliveries until the recording deadline */
                    providers?: components["schemas"]["EarlierProvider"][];
                    /** @enum {string} */
                    status: "awaiting-provider" | "awaiting-acceptance" | "active" | "closed";
                    closedReason?: string;
                    /**
                     * Format: date
                     * @description A superseding decision took over from this day: the validity ends the day before
                     */
                    supersededFrom?: string;
                    /**
                     * Format: date
                     * @description HB ended or was declined on this day: the validity ends on it (or the instrument closed, when it started later)
                     */
                    endedOn?: string;
                    /** @description Granted by the decision */
                    grantedCents: number;
                    /** @description Instrument value not yet used (open instruments only) */
                    committedCents: number;
                    /** @description Service events recorded, not yet approved */
                    recordedCents: number;
                    /** @description Approved, not yet settled */
                    approvedCents: number;
                    /** @description Settled to a provider, not yet paid */
                    settledCents: number;
                    /** @description Paid to providers */
                    paidCents: number;
                    /** @description granted − recorded − approved − settled − paid, never below zero */
                    availableCents: number;
                    /** @description The client can still use it: open, and its last day (after a successor or the end of HB) not passed. A provider may still record a late delivery for an earlier day */
                    usable: boolean;
                    /** @description Hours, days or visits the client can still use (availableCents in units, rounded down); 0 when not `usable`; absent for euro services */
                    remainingQuantity?: number;
                    pace: components["schemas"]["Pace"];
                    /** Format: date-time */
                    createdAt: string;
                    /** @description Plain language (selkokieli) in the caller's language */
                    summary: string;
                    /** @description A voucher whose provider charges more than its value: what the client pays themself per unit and this month, and an announced price change */
                    ownShareSummary?: string;
                }[];
            }[];
        };
        MyOwnShare: {
            month: string;
            items: {
                clientId: string;
                firstName: string;
                /** @description The month's own shares of all providers */
                totalCents: number;
                providers: {
                    providerId: string;
                    name: string;
                    /** @description What this provider may invoice the client for the month */
                    totalCents: number;
                    /** @description The deliveries with an own share, by date */
                    lines: {
                        eventId: string;
                        instrumentNumber: string;
                        serviceCode: string;
                        /** @enum {string} */
                        unit: "hour" | "day" | "visit" | "euro";
                        /** Format: date */
                        date: string;
                        quantity: number;
                        clientShareCents: number;
                        status: string;
                    }[];
                }[];
            }[];
        };
        RecordedServiceEvent: {
            eventId: string;
            instrumentId: string;
            instrumentNumber: string;
            /** @description Absent towards a provider's staff (data minimisation) */
            clientId?: string;
            providerId: string;
            externalId: string;
            serviceCode: string;
            /** @enum {string} */
            unit: "hour" | "day" | "visit" | "euro";
            /**
             * Format: date
             * @description Business date of the delivery (its start)
             */
            date: string;
            start?: string;
            end?: string;
            /** @description Hours (2 decimals) for hourly services; days, visits or euros otherwise */
            quantity: number;
            /**
             * @description Absent: delivered. A late cancellation or a no-show is priced at the area's share
             * @enum {string}
             */
            kind?: "delivered" | "late-cancellation" | "no-show";
            amountCents: number;
            bands: {
                code: string;
                multiplier: number;
                minutes: number;
                amountCents: number;
            }[];
            /** @description A voucher's own share: what the provider may invoice the client, (the provider's price in force on the delivery date − the voucher's unit value) × quantity, never below zero; never charged to the budget */
            clientShareCents?: number;
            /** @enum {string} */
            status: "recorded" | "approved" | "settled" | "paid";
            note?: string;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: {
                sub: string;
                roles: string[];
            };
            /** Format: date-time */
            approvedAt?: string;
            approvedBy?: {
                sub: string;
                roles: string[];
            };
            /** @description The provider's settlement statement the approved event went into */
            statementId?: string;
            /** @description The settlement run that settled it */
            runId?: string;
            /** Format: date-time */
            settledAt?: string;
            /** Format: date-time */
            paidAt?: string;
            /** @description Credited back after settlement; amountCents − creditedCents is what the provider is paid */
            creditedCents?: number;
            /**
             * Format: date
             * @description When the provider is expected to be paid (docs/api.md#payment-timeline); the actual day once paid
             * @example 2027-04-05
             */
            expectedPaymentOn: string;
            /** @description The instrument's balance after the event (a dry run: as it is, nothing was charged) */
            instrument: components["schemas"]["Instrument"];
            /**
             * @description A dry run: what would be recorded; its eventId names nothing
             * @constant
             */
            dryRun?: true;
        };
        ServiceEventPage: {
            items: components["schemas"]["ServiceEvent"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        ServiceEventBatch: {
            /** @description One per event sent, in their order */
            rows: components["schemas"]["ServiceEventBatchRow"][];
            /** @description Rows answered 201 */
            recorded: number;
            /** @description Rows answered 200 */
            replayed: number;
            /** @description Rows answered 4xx */
            refused: number;
            /** @description Each instrument a row was recorded on or replayed from, its balance after the batch */
            instruments: components["schemas"]["Instrument"][];
            /**
             * @description A dry run: each row's status is what the real run would answer, nothing was written and no eventId names anything
             * @constant
             */
            dryRun?: true;
        };
        ServiceEventBatchRow: {
            /** @description The row's place, from 0: in events, or among the CSV's rows */
            index: number;
            /** @description CSV: the line of the file the row begins on (the header row is line 1) */
            line?: number;
            /** @description 201 recorded; 200 its externalId came before with the same payload (the event then recorded); 4xx refused (problem) */
            status: number;
            event?: components["schemas"]["ServiceEvent"];
            problem?: components["schemas"]["ServiceEventBatchProblem"];
        };
        /** @description What POST /v1/service-events would have answered for the row */
        ServiceEventBatchProblem: {
            type: string;
            title: string;
            status: number;
            /** @description In the caller's language (Accept-Language) */
            detail: string;
            /** @enum {string} */
            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "INVALID_CURSOR" | "UNSUPPORTED_MEDIA_TYPE" | "UNAUTHENTICATED" | "FORBIDDEN" | "PROVIDER_NOT_CHOSEN" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "DUPLICATE_CLIENT" | "VERSION_MISMATCH" | "UNKNOWN_BUNDLE" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE" | "PAYLOAD_TOO_LARGE" | "UNKNOWN_SERVICE" | "TOO_MANY_REPRESENTATIVES" | "CONCURRENT_CHANGE" | "UNIT_MISMATCH" | "HB_DECLINED" | "PLAN_SUPERSEDED" | "DECISION_IN_FORCE" | "DECISION_NOT_DRAFT" | "DECISION_NOT_IN_FORCE" | "DUPLICATE_EVENT" | "INSTRUMENT_NOT_ACTIVE" | "NOT_PROVIDER_ON_DATE" | "OUTSIDE_VALIDITY" | "RECORDING_DEADLINE_PASSED" | "INSUFFICIENT_BALANCE" | "OVERLAPPING_EVENT" | "EVENT_NOT_RECORDED" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "APPLICATION_ALREADY_DECIDED" | "APPLICATION_NOT_AWAITING_REPLY" | "SERVICE_NOT_IN_BUNDLES" | "PROVIDER_NOT_AVAILABLE" | "NOT_A_VOUCHER" | "INSTRUMENT_CLOSED" | "INSTRUMENT_NOT_AWAITING_ACCEPTANCE" | "EVENT_NOT_SETTLED" | "CREDIT_EXCEEDS_EVENT" | "MONTH_NOT_ENDED" | "RUN_NOT_CLOSED" | "BANK_MESSAGE_INVALID" | "BANK_MESSAGE_OTHER_FILE" | "NO_CURRENT_PLAN" | "LAST_MEMBER" | "PROVIDER_ALREADY_REGISTERED" | "BANK_ACCOUNT_CHANGE_REQUIRED" | "BANK_ACCOUNT_CHANGE_PENDING" | "BANK_ACCOUNT_CHANGE_ALREADY_DECIDED" | "FOUR_EYES_REQUIRED" | "PROVIDER_NOT_APPROVED" | "COMMITMENT_PROVIDER_NOT_APPROVED" | "PROVIDER_SUSPENDED" | "PROVIDER_TERMINATED" | "DECISION_SUPERSEDED" | "DELIVERY_SPANS_CHANGE" | "GRANT_BELOW_DELIVERED" | "SUPERSEDE_TOO_LARGE" | "APPEAL_DECIDED" | "REVOKE_SUPERSEDING" | "DELIVERIES_AFTER_END" | "EVENT_KIND_NOT_BILLABLE" | "EVENT_KIND_LIMIT_REACHED" | "PERIOD_CAP_EXCEEDED" | "BATCH_TOO_LARGE" | "MALFORMED_CSV" | "WEBHOOK_URL_REFUSED" | "SETTINGS_IN_THE_PAST" | "SETTINGS_VERSION_IN_FORCE";
            errors?: {
                /** @description JSON Pointer: /body/events/<index>/<field> (a CSV row's column of that name) */
                path: string;
                code: string;
                message: string;
            }[];
        };
        AssessmentPage: {
            items: components["schemas"]["Assessment"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        SupportPlanPage: {
            items: components["schemas"]["SupportPlan"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        ServicePlanPage: {
            items: components["schemas"]["ServicePlan"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        ProviderApplication: {
            /**
             * Format: uuid
             * @description Provider application id
             * @example 9c4b2a1e-7d3f-4e8a-b6c5-1f0e9d8c7b6a
             */
            applicationId: string;
            /** @description The `sub` of the provider staff member who applied */
            applicantSub: string;
            businessId: string;
            name: string;
            bundles: string[];
            registryNumber: string;
            iban: string;
            bic?: string;
            contact: {
                name: string;
                email: string;
                phone: string;
            };
            prices: {
                serviceCode: string;
                unitPriceCents: number;
            }[];
            /**
             * @description pending until decided; approved and rejected are final (applications can be repeated at any time); info-requested is pending again once the applicant replies
             * @enum {string}
             */
            status: "pending" | "approved" | "rejected" | "info-requested";
            /** @description Absent while pending; a rejection keeps its reason here */
            decision?: {
                /**
                 * @description Approve (creates the provider, or adds an existing provider's bundles and prices), reject, or ask for more information (the applicant answers with a reply, and the application is pending again)
                 * @enum {string}
                 */
                outcome: "approved" | "rejected" | "info-requested";
                reason: string;
                decidedBy: {
                    sub: string;
                    roles: ("worker" | "client" | "representative" | "provider" | "finance" | "admin" | "applicant")[];
                };
                /** Format: date-time */
                decidedAt: string;
            };
            /** @description Each information request the applicant answered, with the answer, oldest first (absent while there was none) */
            replies?: {
                infoRequest: {
                    reason: string;
                    decidedBy: {
                        sub: string;
                        roles: ("worker" | "client" | "representative" | "provider" | "finance" | "admin" | "applicant")[];
                    };
                    /** Format: date-time */
                    decidedAt: string;
                };
                message: string;
                repliedBy: {
                    sub: string;
                };
                /** Format: date-time */
                repliedAt: string;
            }[];
            /**
             * Format: uuid
             * @description The provider the approval created; from the start, for an application of an existing provider's member (it can add bundles and prices only)
             * @example 5f1d3c9a-8b2e-4c7d-9a6f-3e2b1c0d4f5a
             */
            providerId?: string;
            /** Format: date-time */
            createdAt: string;
        };
        ProviderApplicationPage: {
            items: components["schemas"]["ProviderApplication"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        DecidedProviderApplication: {
            /**
             * Format: uuid
             * @description Provider application id
             * @example 9c4b2a1e-7d3f-4e8a-b6c5-1f0e9d8c7b6a
             */
            applicationId: string;
            /** @description The `sub` of the provider staff member who applied */
            applicantSub: string;
            businessId: string;
            name: string;
            bundles: string[];
            registryNumber: string;
            iban: string;
            bic?: string;
            contact: {
                name: string;
                email: string;
                phone: string;
            };
            prices: {
                serviceCode: string;
                unitPriceCents: number;
            }[];
            /**
             * @description pending until decided; approved and rejected are final (applications can be repeated at any time); info-requested is pending again once the applicant replies
             * @enum {string}
             */
            status: "pending" | "approved" | "rejected" | "info-requested";
            /** @description Absent while pending; a rejection keeps its reason here */
            decision?: {
                /**
                 * @description Approve (creates the provider, or adds an existing provider's bundles and prices), reject, or ask for more information (the applicant answers with a reply, and the application is pending again)
                 * @enum {string}
                 */
                outcome: "approved" | "rejected" | "info-requested";
                reason: string;
                decidedBy: {
                    sub: string;
                    roles: ("worker" | "client" | "representative" | "provider" | "finance" | "admin" | "applicant")[];
                };
                /** Format: date-time */
                decidedAt: string;
            };
            /** @description Each information request the applicant answered, with the answer, oldest first (absent while there was none) */
            replies?: {
                infoRequest: {
                    reason: string;
                    decidedBy: {
                        sub: string;
                        roles: ("worker" | "client" | "representative" | "provider" | "finance" | "admin" | "applicant")[];
                    };
                    /** Format: date-time */
                    decidedAt: string;
                };
                message: string;
                repliedBy: {
                    sub: string;
                };
                /** Format: date-time */
                repliedAt: string;
            }[];
            /**
             * Format: uuid
             * @description The provider the approval created; from the start, for an application of an existing provider's member (it can add bundles and prices only)
             * @example 5f1d3c9a-8b2e-4c7d-9a6f-3e2b1c0d4f5a
             */
            providerId?: string;
            /** Format: date-time */
            createdAt: string;
            /** @description With an approval: the provider as it now is */
            provider?: components["schemas"]["Provider"];
        };
        Provider: {
            /**
             * Format: uuid
             * @description Provider id
             * @example 5f1d3c9a-8b2e-4c7d-9a6f-3e2b1c0d4f5a
             */
            providerId: string;
            businessId: string;
            name: string;
            registryNumber: string;
            iban: string;
            bic?: string;
            /** @description Every bundle ever approved for the provider */
            bundles: string[];
            contact: {
                name: string;
                email: string;
                phone: string;
            };
            /**
             * @description approved, or suspended or terminated by the area: a suspended or terminated provider takes no new clients from the decision (no choice, no acceptance) and records no delivery dated on or after `blockedFrom`
             * @enum {string}
             */
            status: "approved" | "suspended" | "terminated";
            /**
             * Format: date
             * @description While suspended or terminated: the first day no delivery of the provider can be recorded for
             * @example 2027-01-01
             */
            blockedFrom?: string;
            /** @description Every status change by the area, oldest first (absent while there was none) */
            statusHistory?: {
                /** @enum {string} */
                status: "approved" | "suspended" | "terminated";
                reason: string;
                /** Format: date */
                effectiveFrom: string;
                decidedBy: {
                    sub: string;
                    roles: ("worker" | "client" | "representative" | "provider" | "finance" | "admin" | "applicant")[];
                };
                /** Format: date-time */
                decidedAt: string;
            }[];
            /** @description How many people are the provider's staff in HB (GET …/members lists them) */
            memberCount: number;
            /**
             * Format: date-time
             * @description The latest approval
             */
            approvedAt: string;
            /**
             * Format: uuid
             * @description The application approved latest
             * @example 9c4b2a1e-7d3f-4e8a-b6c5-1f0e9d8c7b6a
             */
            applicationId: string;
            /**
             * Format: uuid
             * @description A bank-account change waiting for finance (one at a time)
             * @example 3a7c9e2b-5d1f-4b8a-9c6e-0f2d4b6a8c1e
             */
            pendingAccountChangeId?: string;
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        ProviderOfferPage: {
            items: components["schemas"]["ProviderOffer"][];
            /** @description Absent on the last page */
            nextCursor?: string;
            /** @description The instrument the own shares are computed against */
            instrument?: {
                instrumentId: string;
                clientId: string;
                serviceCode: string;
                unitValueCents: number;
            };
        };
        ProviderOffer: {
            /**
             * Format: uuid
             * @description Provider id
             * @example 5f1d3c9a-8b2e-4c7d-9a6f-3e2b1c0d4f5a
             */
            providerId: string;
            name: string;
            businessId: string;
            contact: {
                name: string;
                email: string;
                phone: string;
            };
            serviceCode: string;
            /** @enum {string} */
            unit: "hour" | "day" | "visit" | "euro";
            /** @description The price in force today */
            unitPriceCents: number;
            /** @description With instrumentId: what the client pays per unit, the price less the voucher's unit value, never below zero */
            clientShareCents?: number;
            /** @description A price change the provider has announced, shown before it applies */
            coming?: {
                unitPriceCents: number;
                /** Format: date */
                effectiveFrom: string;
                /** @description With instrumentId: the own share per unit from that day */
                clientShareCents?: number;
            };
        };
        ProviderPrices: {
            /**
             * Format: uuid
             * @description Provider id
             * @example 5f1d3c9a-8b2e-4c7d-9a6f-3e2b1c0d4f5a
             */
            providerId: string;
            /** @description By service code */
            prices: {
                serviceCode: string;
                /** @description The price in force today */
                unitPriceCents: number;
                /**
                 * Format: date
                 * @description Its first day (absent on prices set before prices had dates)
                 */
                effectiveFrom?: string;
                coming?: components["schemas"]["ComingPrice"];
                /** Format: date-time */
                updatedAt: string;
            }[];
        };
        /** @description The price's coming change: the new price from its first day */
        ComingPrice: {
            unitPriceCents: number;
            /** Format: date */
            effectiveFrom: string;
        };
        ProviderOwnShare: {
            providerId: string;
            month: string;
            totalCents: number;
            items: {
                /** @description Absent towards a provider's staff (data minimisation) */
                clientId?: string;
                firstName: string;
                lastName: string;
                /** @description The vouchers the deliveries were recorded on */
                instrumentNumbers: string[];
                eventCount: number;
                /** @description What the provider may invoice the client for the month */
                totalCents: number;
            }[];
        };
        ProviderMemberList: {
            items: components["schemas"]["ProviderMember"][];
        };
        ProviderMember: {
            /**
             * Format: uuid
             * @description A member's id in HB
             */
            memberId: string;
            providerId: string;
            name: string;
            addedBy: {
                sub: string;
                roles: string[];
            };
            /** Format: date-time */
            addedAt: string;
        };
        BankAccountChange: {
            /**
             * Format: uuid
             * @description Bank-account change id
             * @example 3a7c9e2b-5d1f-4b8a-9c6e-0f2d4b6a8c1e
             */
            changeId: string;
            /**
             * Format: uuid
             * @description Provider id
             * @example 5f1d3c9a-8b2e-4c7d-9a6f-3e2b1c0d4f5a
             */
            providerId: string;
            /**
             * @description pending until a finance user other than the requester decides; final after
             * @enum {string}
             */
            status: "pending" | "confirmed" | "rejected";
            /** @description The account asked for (electronic format) */
            iban: string;
            /** @description Its bank's BIC, when given */
            bic?: string;
            accountHolder: string;
            reason: string;
            /** @description The account in force when the change was asked for: confirming requires it still is */
            previousIban: string;
            requestedBy: {
                sub: string;
                roles: ("worker" | "client" | "representative" | "provider" | "finance" | "admin" | "applicant")[];
            };
            /** Format: date-time */
            requestedAt: string;
            /** @description Absent while pending */
            decision?: {
                /**
                 * @description confirmed: the new account is in force from now on; rejected: the old one stays
                 * @enum {string}
                 */
                outcome: "confirmed" | "rejected";
                reason: string;
                decidedBy: {
                    sub: string;
                    roles: ("worker" | "client" | "representative" | "provider" | "finance" | "admin" | "applicant")[];
                };
                /** Format: date-time */
                decidedAt: string;
            };
        };
        ProviderBankAccountChanges: {
            items: components["schemas"]["BankAccountChange"][];
            /** @description Absent on the last page */
            nextCursor?: string;
            /**
             * Format: uuid
             * @description Provider id
             * @example 5f1d3c9a-8b2e-4c7d-9a6f-3e2b1c0d4f5a
             */
            providerId: string;
            name: string;
            businessId: string;
            /** @description The registered contact: whom finance verifies a change with, and whom the change notifications are mailed to */
            contact: {
                name: string;
                email: string;
                phone: string;
            };
            /** @description The account in force: what a settlement run made now pays to */
            iban: string;
        };
        BankAccountChangePage: {
            items: components["schemas"]["BankAccountChange"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        SettlementRun: {
            runId: string;
            /**
             * @description Calendar month in Europe/Helsinki, YYYY-MM
             * @example 2026-10
             */
            month: string;
            /**
             * @description closing while statements are closed in steps (see progress); closed once the payment file exists; paid when the bank (or finance by hand) has paid every payment in the file
             * @enum {string}
             */
            state: "closing" | "closed" | "paid";
            /**
             * Format: date
             * @description ReqdExctnDt: the area's settlement day of the month after, moved to the next banking day (Finnish banks and TARGET2); for a run made after that day the next banking day. Fixed when the run starts
             */
            executionDate: string;
            /** @description MsgId of the file: HB-<AREA>-<runId> */
            messageId: string;
            /** @description Statements of the month, and how many are closed so far */
            progress: {
                statementCount: number;
                closedStatementCount: number;
            };
            eventsCents: number;
            creditsCents: number;
            netCents: number;
            /** @description Payments in the file */
            paymentCount: number;
            /** @description The payment file's control sum, in cents */
            paymentsCents: number;
            /** @description Payments left out of the file (still owed) */
            excludedCount: number;
            excludedCents: number;
            payments: components["schemas"]["SettlementPayment"][];
            /** @description Statements whose credits exceeded their events: the negative net moves to the provider's next statement */
            carriedOver: {
                providerId: string;
                statementId: string;
                amountCents: number;
                toStatementId?: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            createdBy: {
                sub: string;
                roles: string[];
            };
            /**
             * Format: date-time
             * @description The latest repeat of the POST while closing
             */
            resumedAt?: string;
            /** Format: date-time */
            lastStepAt?: string;
            /** Format: date-time */
            closedAt?: string;
            /** Format: date-time */
            paidAt?: string;
            paidBy?: {
                sub: string;
                roles: string[];
            };
            /** @enum {string} */
            paidHow?: "bank" | "manual";
        };
        SettlementPayment: {
            statementId: string;
            /**
             * @description The statement's month: an earlier one for a statement owed from an earlier run
             * @example 2026-10
             */
            statementMonth: string;
            providerId: string;
            providerName: string;
            creditorIban: string;
            creditorBic?: string;
            /** @description RF reference built on the Finnish reference number; also the EndToEndId */
            creditorReference: string;
            endToEndId: string;
            amountCents: number;
            /**
             * @description sent: in the file; excluded: left out of the file because it cannot be made (reasonCode), owed; paid: the bank booked it; returned / rejected: the bank sent it back or refused it (reasonCode), owed again. An owed statement joins the next run's file once its provider can be paid.
             * @enum {string}
             */
            state: "sent" | "excluded" | "paid" | "returned" | "rejected";
            /** @description IBAN_NOT_SEPA, INVALID_IBAN, BIC_REQUIRED, BIC_COUNTRY_MISMATCH, INVALID_BIC, NAME_NOT_WRITABLE, PROVIDER_NOT_FOUND, or the bank's ISO 20022 reason code (e.g. AC04 closed account) */
            reasonCode?: string;
            /** @description The bank's additional information, when it gave any */
            reason?: string;
            /**
             * Format: date
             * @description Paid: the bank's booking date
             */
            bookingDate?: string;
            /**
             * @description What told HB the outcome: the bank's message, or finance marking it paid by hand
             * @enum {string}
             */
            source?: "manual" | "camt.053" | "camt.054" | "pain.002";
            /** Format: date-time */
            recordedAt: string;
            /** Format: date-time */
            decidedAt?: string;
        };
        SettlementReconciliation: {
            runId: string;
            /** @enum {string} */
            kind: "camt.053" | "camt.054" | "pain.002";
            /** @description Payments of the run matched by EndToEndId and amount, with what the bank did */
            matched: {
                endToEndId: string;
                statementId: string;
                providerId: string;
                /** @enum {string} */
                outcome: "paid" | "returned" | "rejected";
                /** @description false when the payment had this outcome already (the same message sent again) */
                changed: boolean;
                /** Format: date */
                bookingDate?: string;
                /** @description The bank's ISO 20022 reason code (AC04, AM05, …) */
                reasonCode?: string;
            }[];
            /** @description Booked, returned or rejected transactions that match no payment of the run (another file, or an amount that differs) */
            unmatched: {
                endToEndId?: string;
                amountCents?: number;
                outcome: string;
                /** @enum {string} */
                reason: "UNKNOWN_END_TO_END_ID" | "AMOUNT_MISMATCH";
            }[];
            run: components["schemas"]["SettlementRun"];
        };
        SettlementStatementPage: {
            items: components["schemas"]["SettlementStatement"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        SettlementStatement: {
            statementId: string;
            providerId: string;
            /**
             * @description Calendar month in Europe/Helsinki, YYYY-MM
             * @example 2026-10
             */
            month: string;
            /** @enum {string} */
            state: "open" | "closed" | "paid";
            /** @description Sum of the event lines */
            eventsCents: number;
            /** @description Sum of credits and carried-over debts, as a positive number */
            creditsCents: number;
            /** @description eventsCents − creditsCents: what the area owes the provider */
            netCents: number;
            eventCount: number;
            creditCount: number;
            /** @description Running totals per service code (net of credits) */
            byService: {
                [key: string]: {
                    amountCents: number;
                    count: number;
                };
            };
            /** @description Running totals per instrument number (net of credits) */
            byInstrument: {
                [key: string]: {
                    amountCents: number;
                    count: number;
                };
            };
            runId?: string;
            /** @description ISO 11649 RF reference of the payment, set when the statement closes */
            creditorReference?: string;
            /** Format: date-time */
            closedAt?: string;
            /** Format: date-time */
            paidAt?: string;
            /** @description A negative net: the statement it was carried to as a carry-over line */
            carriedTo?: string;
            /** @description A positive net: where its payment is (the latest run that holds it) */
            payment?: {
                /**
                 * @description sent: in the file; excluded: left out of the file because it cannot be made (reasonCode), owed; paid: the bank booked it; returned / rejected: the bank sent it back or refused it (reasonCode), owed again. An owed statement joins the next run's file once its provider can be paid.
                 * @enum {string}
                 */
                state: "sent" | "excluded" | "paid" | "returned" | "rejected";
                runId: string;
                /** @description IBAN_NOT_SEPA, INVALID_IBAN, BIC_REQUIRED, BIC_COUNTRY_MISMATCH, INVALID_BIC, NAME_NOT_WRITABLE, PROVIDER_NOT_FOUND, or the bank's ISO 20022 reason code (e.g. AC04 closed account) */
                reasonCode?: string;
                /** Format: date */
                bookingDate?: string;
                /** @description Returned or rejected: the account that failed; the statement is paid again once the provider's account is another */
                creditorIban?: string;
                /** Format: date-time */
                at: string;
            };
            lines: components["schemas"]["StatementLine"][];
        };
        StatementLine: {
            /** @enum {string} */
            kind: "event" | "credit" | "carry-over";
            eventId?: string;
            creditId?: string;
            /** Format: date */
            date: string;
            serviceCode?: string;
            unit?: string;
            quantity?: number;
            bands?: {
                code: string;
                multiplier: number;
                minutes: number;
                amountCents: number;
            }[];
            /** @description Negative for credits and carried-over debts */
            amountCents: number;
            /** @description The client appears only as the instrument number */
            instrumentNumber?: string;
            instrumentId?: string;
            /** @enum {string} */
            reasonCode?: "NOT_DELIVERED" | "WRONG_QUANTITY" | "WRONG_PRICE" | "DUPLICATE" | "OTHER";
            explanation?: string;
            /** @description Carry-over: the statement whose negative net is carried here */
            fromStatementId?: string;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            /** @description Absent on the last page */
            nextCursor?: string;
            unreadCount: number;
        };
        Notification: components["schemas"]["InstrumentNotification"] | components["schemas"]["ProviderSwitchNotification"] | components["schemas"]["DecisionNotification"] | components["schemas"]["BankAccountNotification"] | components["schemas"]["PaymentNotification"];
        /** @description Budget drift of an instrument: to its worker, its client's inbox (read by its representatives too) and (near exhaustion) its provider */
        InstrumentNotification: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "overuse" | "underuse" | "gap" | "exhausted" | "threshold" | "expiry";
            notificationId: string;
            /** @description In the request's language; plain language in a client's inbox */
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt?: string;
            /** @description For `threshold`: the share of the budget used, e.g. 0.9 */
            threshold?: number;
            /** @description For `gap`: days without a delivery when it was raised */
            idleDays?: number;
            /** @description Absent in a provider's inbox */
            clientId?: string;
            instrumentId: string;
            instrumentNumber: string;
            serviceCode: string;
        };
        /** @description A voucher's provider changed: `provider-switched` to the previous provider and the client's worker, `provider-chosen` to the provider chosen; an instrument the provider holds `instrument-ended` or was `instrument-changed` by a superseding decision: to the provider; the area suspended or terminated the instrument's provider (`provider-suspended`, `provider-terminated`): to the client's inbox and its worker, so that another provider is chosen */
        ProviderSwitchNotification: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "provider-switched" | "provider-chosen" | "instrument-ended" | "instrument-changed" | "provider-suspended" | "provider-terminated";
            notificationId: string;
            /** @description In the request's language; plain language in a client's inbox */
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt?: string;
            /** @description Absent in a provider's inbox */
            clientId?: string;
            instrumentId: string;
            instrumentNumber: string;
            serviceCode: string;
            /**
             * Format: date
             * @description The first day the change takes effect: the chosen provider's first day (the previous one keeps the days before); for `instrument-ended` the first day it no longer funds; for `instrument-changed` the first day of the superseding decision; for `provider-suspended` and `provider-terminated` the first day the provider may not deliver
             */
            effectiveFrom: string;
        };
        /** @description An appeal's outcome: to the client's inbox, shared with its representatives */
        DecisionNotification: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "appeal-decided";
            notificationId: string;
            /** @description In the request's language; plain language in a client's inbox */
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt?: string;
            clientId: string;
            decisionId: string;
            decisionNumber: string;
            /** @enum {string} */
            outcome: "upheld" | "partly-upheld" | "dismissed" | "withdrawn";
            /** Format: date */
            decidedOn: string;
            /**
             * Format: date
             * @description Upheld or partly upheld: the day the amended decision takes over
             */
            effectiveFrom?: string;
        };
        /** @description A change of the provider's bank account: to the provider's inbox only (and mailed to its registered contact) */
        BankAccountNotification: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "bank-account-change-requested" | "bank-account-change-confirmed" | "bank-account-change-rejected";
            notificationId: string;
            /** @description In the request's language; plain language in a client's inbox */
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt?: string;
            /** @description The change (GET /v1/providers/{providerId}/bank-account-changes) */
            changeId: string;
        };
        /** @description A payment of a settlement run that was not made: to the area's finance inbox, shared by its finance staff. The statement stays owed; the next run pays it once the cause is fixed */
        PaymentNotification: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "payment-excluded" | "payment-returned" | "payment-rejected";
            notificationId: string;
            /** @description In the request's language; plain language in a client's inbox */
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt?: string;
            payment: components["schemas"]["NotificationPayment"];
        };
        NotificationPayment: {
            runId: string;
            statementId: string;
            /** @description The statement's month, YYYY-MM */
            statementMonth: string;
            providerId: string;
            providerName: string;
            amountCents: number;
            /** @description payment-excluded: why HB left it out (IBAN_NOT_SEPA, INVALID_IBAN, BIC_REQUIRED, BIC_COUNTRY_MISMATCH, INVALID_BIC, NAME_NOT_WRITABLE, AMOUNT_OUT_OF_RANGE, INVALID_REFERENCE, PROVIDER_NOT_FOUND); returned or rejected: the bank's ISO 20022 reason code (AC04, MS03, …) */
            reasonCode: string;
            /** @description The bank's additional information, when it gave any */
            reason?: string;
        };
        FollowUpPage: {
            items: components["schemas"]["FollowUp"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        DueFollowUpPage: {
            items: components["schemas"]["DueFollowUp"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        DueFollowUp: {
            /**
             * Format: uuid
             * @description Client id
             * @example 7d8f0c52-5a1e-4f7e-9d0b-2a4c7c1e9b10
             */
            clientId: string;
            firstName: string;
            lastName: string;
            /**
             * Format: uuid
             * @description Service plan id (one per version)
             * @example 2b0c8a8e-6f0e-4d53-9d1f-0d6f4b2f7a31
             */
            planId: string;
            planVersion: number;
            /** @description The plan's follow-up agreement */
            followUp: {
                intervalDays: number;
                method: string;
            };
            /** @description Date of the latest follow-up; null when there has been none */
            lastFollowUpOn: string | null;
            /**
             * Format: date
             * @description (the latest follow-up or, when later or none, the plan's validFrom) + intervalDays
             */
            dueOn: string;
            /** @description Days from dueOn to the day asked for; 0 when due that day */
            daysOverdue: number;
            /** @description The most urgent pace.driftStatus today over the client's open instruments (the current plan's budget lines when none is open); null when there is neither. Urgency: exhausted > overuse > gap > underuse > on-track > not-started > ended */
            driftStatus: ("not-started" | "on-track" | "overuse" | "underuse" | "gap" | "exhausted" | "ended") | null;
        };
        ProviderWebhookWithSecret: {
            url: string;
            events: ("instrument.chosen" | "instrument.accepted" | "instrument.switched" | "instrument.changed" | "instrument.ended" | "service-event.approved" | "statement.closed" | "payment.made" | "credit.created")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the signing secret in use was made
             */
            secretCreatedAt: string;
            /** @description The signing secret (32 random bytes, base64url), shown only in the answer that made it: the first PUT (201) and POST …/webhook/secret. Keep it: HB shows it never again */
            secret?: string;
        };
        /** @description The provider's webhook; its signing secret is never shown again */
        ProviderWebhook: {
            url: string;
            events: ("instrument.chosen" | "instrument.accepted" | "instrument.switched" | "instrument.changed" | "instrument.ended" | "service-event.approved" | "statement.closed" | "payment.made" | "credit.created")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the signing secret in use was made
             */
            secretCreatedAt: string;
        };
        WebhookDeliveryList: {
            /** @description The newest 50 attempts of the last 30 days, newest first */
            items: components["schemas"]["WebhookDelivery"][];
        };
        WebhookDelivery: {
            eventId: string;
            /** @enum {string} */
            kind: "instrument.chosen" | "instrument.accepted" | "instrument.switched" | "instrument.changed" | "instrument.ended" | "service-event.approved" | "statement.closed" | "payment.made" | "credit.created";
            /** @description 1 for the first try, then each retry */
            attempt: number;
            /** Format: date-time */
            at: string;
            /** @description The receiver's HTTP status */
            status?: number;
            /** @description Why no status: `timeout` or `network` */
            error?: string;
            /** @description The receiver answered 2xx */
            delivered: boolean;
        };
    };
    responses: {
        /** @description The export file behind `url`: every section complete, texts in the client's language */
        ClientExport: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClientExport"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "health.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API and its table answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The table does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    "openapi.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1 document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "catalogue.list": {
        parameters: {
            query?: {
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Services of the catalogue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueServicePage"];
                };
            };
            /** @description INVALID_CURSOR, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "catalogue.put": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Service code in the area's catalogue */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCatalogueService"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueService"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueService"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, UNKNOWN_BUNDLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "area.settings.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The area's settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaSettings"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "area.settings.put": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutAreaSettings"];
            };
        };
        responses: {
            /** @description The coming version of that day was replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaSettings"];
                };
            };
            /** @description The version was added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaSettings"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SETTINGS_VERSION_IN_FORCE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, SETTINGS_IN_THE_PAST */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "clients.find": {
        parameters: {
            query?: {
                personalId?: string;
                /** @description `me`, or a worker's `sub` (admins) */
                assignedTo?: "me" | string;
                /** @description Clients per caseload page, 1-50 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zero or one client (personalId), or a page of the caseload (assignedTo) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPage"] | components["schemas"]["CaseloadPage"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "clients.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClient"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DUPLICATE_CLIENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "clients.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client; ETag carries the version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "clients.patch": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchClient"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "clients.hbStatus": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetHbStatus"];
            };
        };
        responses: {
            /** @description The client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DELIVERIES_AFTER_END, CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "clients.export": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A link to the export file, valid for 5 minutes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientExportLink"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit.list": {
        parameters: {
            query: {
                /** @description Client id */
                clientId: string;
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit.refusals": {
        parameters: {
            query: {
                /** @description The day the attempts were made (UTC), YYYY-MM-DD */
                day: string;
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused attempts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "statistics.get": {
        parameters: {
            query: {
                /** @description First month, YYYY-MM */
                from: string;
                /** @description Last month, YYYY-MM (inclusive) */
                to: string;
                /** @description A breakdown besides the area's total (admin and finance only) */
                by?: "municipality" | "ageGroup" | "serviceCode";
                /** @description `true`: every cell counting fewer than 5 people, and cells that would reveal one, is null (empty in CSV) */
                publishable?: "true" | "false";
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statistics"];
                    "text/csv": string;
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "budgets.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan version's budget existed: the same budget */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description The budget, one line per service of the plan */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLAN_SUPERSEDED, HB_DECLINED, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "budgets.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                budgetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The budget */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "decisions.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                budgetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDecision"];
            };
        };
        responses: {
            /** @description The draft with its document */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DECISION_IN_FORCE, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, PROVIDER_NOT_APPROVED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "decisions.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                decisionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "decisions.issue": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                decisionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The issued decision with its instruments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DECISION_NOT_DRAFT, DECISION_IN_FORCE, HB_DECLINED, COMMITMENT_PROVIDER_NOT_APPROVED, DECISION_SUPERSEDED, DELIVERY_SPANS_CHANGE, GRANT_BELOW_DELIVERED, SUPERSEDE_TOO_LARGE, CONCURRENT_CHANGE, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "decisions.appeal": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                decisionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAppeal"];
            };
        };
        responses: {
            /** @description The decision with the appeal */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DECISION_NOT_IN_FORCE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "decisions.decideAppeal": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                decisionId: string;
                appealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealOutcome"];
            };
        };
        responses: {
            /** @description The decision with the outcome and its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description APPEAL_DECIDED, CONCURRENT_CHANGE, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "decisions.revoke": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                decisionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeDecision"];
            };
        };
        responses: {
            /** @description The revoked decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DECISION_NOT_IN_FORCE, REVOKE_SUPERSEDING, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "clientFees.list": {
        parameters: {
            query: {
                /** @description Calendar month in Europe/Helsinki, YYYY-MM */
                month: string;
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the month's fees */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientFeesPage"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "instruments.list": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Instruments with their balance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentList"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "instruments.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                instrumentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instrument */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instrument"];
                };
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "instruments.findByNumber": {
        parameters: {
            query: {
                /** @description The instrument's number as printed on the voucher or commitment */
                number: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instrument */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkListInstrument"];
                };
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "instruments.chooseProvider": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                instrumentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChooseProvider"];
            };
        };
        responses: {
            /** @description The voucher, awaiting acceptance by the chosen provider */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instrument"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROVIDER_SUSPENDED, PROVIDER_TERMINATED, NOT_A_VOUCHER, INSTRUMENT_CLOSED, CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, PROVIDER_NOT_AVAILABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "instruments.accept": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                instrumentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active instrument */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instrument"];
                };
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSTRUMENT_NOT_AWAITING_ACCEPTANCE, PROVIDER_SUSPENDED, PROVIDER_TERMINATED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providers.instruments": {
        parameters: {
            query?: {
                /** @description awaiting-acceptance, active or ended; all when left out */
                status?: "awaiting-acceptance" | "active" | "ended";
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the provider's instruments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkList"];
                };
            };
            /** @description INVALID_CURSOR, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "me.budgets": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Budgets and instruments with balances and summaries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBudgets"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "me.ownShare": {
        parameters: {
            query?: {
                /** @description The month of the deliveries (Europe/Helsinki), default this month */
                month?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per client and provider, the month's total and lines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyOwnShare"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "events.list": {
        parameters: {
            query?: {
                instrumentId?: string;
                providerId?: string;
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEventPage"];
                };
            };
            /** @description INVALID_CURSOR, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "events.record": {
        parameters: {
            query?: {
                /** @description true: every check and the price, the same answer or refusal as the real call, nothing written (no externalId claim, no Idempotency-Key record) */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordServiceEvent"];
            };
        };
        responses: {
            /** @description The same externalId and payload came again: the first result; or a dry run: what would be recorded (`dryRun: true`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedServiceEvent"];
                };
            };
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedServiceEvent"];
                };
            };
            /** @description MALFORMED_REQUEST, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROVIDER_SUSPENDED, PROVIDER_TERMINATED, INSTRUMENT_NOT_ACTIVE, NOT_PROVIDER_ON_DATE, OVERLAPPING_EVENT, INSUFFICIENT_BALANCE, DUPLICATE_EVENT, CONCURRENT_CHANGE, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, OUTSIDE_VALIDITY, RECORDING_DEADLINE_PASSED, EVENT_KIND_NOT_BILLABLE, EVENT_KIND_LIMIT_REACHED, PERIOD_CAP_EXCEEDED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "events.recordBatch": {
        parameters: {
            query?: {
                /** @description true: each row answered as the real call would answer it, nothing written */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordServiceEventBatch"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description Each row's outcome, in the order sent (a row refused does not refuse the others) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEventBatch"];
                };
            };
            /** @description MALFORMED_REQUEST, MALFORMED_CSV, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BATCH_TOO_LARGE, PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "events.approve": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approved event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEvent"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description EVENT_NOT_RECORDED, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "events.delete": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description EVENT_NOT_RECORDED, INSTRUMENT_NOT_ACTIVE, NOT_PROVIDER_ON_DATE, CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, RECORDING_DEADLINE_PASSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "events.edit": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditServiceEvent"];
            };
        };
        responses: {
            /** @description The corrected event with the instrument's balance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedServiceEvent"];
                };
            };
            /** @description MALFORMED_REQUEST, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description EVENT_NOT_RECORDED, INSTRUMENT_NOT_ACTIVE, NOT_PROVIDER_ON_DATE, OVERLAPPING_EVENT, INSUFFICIENT_BALANCE, PROVIDER_SUSPENDED, PROVIDER_TERMINATED, CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, OUTSIDE_VALIDITY, RECORDING_DEADLINE_PASSED, EVENT_KIND_NOT_BILLABLE, EVENT_KIND_LIMIT_REACHED, PERIOD_CAP_EXCEEDED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "representatives.put": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutRepresentative"];
            };
        };
        responses: {
            /** @description An entry with the same subject was replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description Added; the client, ETag carries the version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, TOO_MANY_REPRESENTATIVES */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "representatives.remove": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
                /** @description The representative's id in HB (`representativeId`) */
                subject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.list": {
        parameters: {
            query?: {
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assessments, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentPage"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssessment"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, UNKNOWN_SERVICE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "supportPlans.list": {
        parameters: {
            query?: {
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Support plans, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportPlanPage"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "supportPlans.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSupportPlan"];
            };
        };
        responses: {
            /** @description Written; `writtenBy` is the caller */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportPlan"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, UNKNOWN_SERVICE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "servicePlans.list": {
        parameters: {
            query?: {
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Plan versions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePlanPage"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "servicePlans.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServicePlan"];
            };
        };
        responses: {
            /** @description The new current version; Location names it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePlan"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description HB_DECLINED, CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, UNKNOWN_SERVICE, UNIT_MISMATCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "servicePlans.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Service plan id (one per version) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePlan"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerApplications.list": {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected" | "info-requested";
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderApplicationPage"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerApplications.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderApplicationBody"];
            };
        };
        responses: {
            /** @description The pending application; Location names it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderApplication"];
                };
            };
            /** @description MALFORMED_REQUEST, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROVIDER_ALREADY_REGISTERED, BANK_ACCOUNT_CHANGE_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, UNKNOWN_BUNDLE, UNKNOWN_SERVICE, SERVICE_NOT_IN_BUNDLES */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerApplications.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider application id */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderApplication"];
                };
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerApplications.reply": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider application id */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderApplicationReplyBody"];
            };
        };
        responses: {
            /** @description The application, pending again, with the answered request in `replies` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderApplication"];
                };
            };
            /** @description MALFORMED_REQUEST, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description APPLICATION_NOT_AWAITING_REPLY */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerApplications.decide": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider application id */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderApplicationDecisionBody"];
            };
        };
        responses: {
            /** @description The decided application (with the provider when approved) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecidedProviderApplication"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description APPLICATION_ALREADY_DECIDED, PROVIDER_ALREADY_REGISTERED, CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providers.list": {
        parameters: {
            query: {
                /** @description Service code in the area's catalogue */
                serviceCode: string;
                /** @description A voucher or commitment the caller may see (client, representative, worker): adds clientShareCents */
                instrumentId?: string;
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of offers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderOfferPage"];
                };
            };
            /** @description INVALID_CURSOR, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, UNKNOWN_SERVICE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providers.getPrices": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prices by service code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderPrices"];
                };
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providers.putPrices": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutProviderPrices"];
            };
        };
        responses: {
            /** @description The new price list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderPrices"];
                };
            };
            /** @description MALFORMED_REQUEST, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, UNKNOWN_SERVICE, SERVICE_NOT_IN_BUNDLES */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providers.changeStatus": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderStatusChange"];
            };
        };
        responses: {
            /** @description The provider with its status history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROVIDER_TERMINATED, CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providers.ownShare": {
        parameters: {
            query?: {
                /** @description The month of the deliveries (Europe/Helsinki), default this month */
                month?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per client, the month's total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderOwnShare"];
                };
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerMembers.list": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderMemberList"];
                };
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerMembers.invite": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteProviderMember"];
            };
        };
        responses: {
            /** @description The person already is a member: the existing member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderMember"];
                };
            };
            /** @description The new member */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderMember"];
                };
            };
            /** @description MALFORMED_REQUEST, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerMembers.remove": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
                /** @description A member's id in HB */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description LAST_MEMBER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "bankAccountChanges.list": {
        parameters: {
            query?: {
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account in force and a page of its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderBankAccountChanges"];
                };
            };
            /** @description INVALID_CURSOR, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "bankAccountChanges.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankAccountChangeRequest"];
            };
        };
        responses: {
            /** @description The pending change; the provider's inbox is told */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountChange"];
                };
            };
            /** @description MALFORMED_REQUEST, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BANK_ACCOUNT_CHANGE_PENDING, CONCURRENT_CHANGE, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "bankAccountChanges.pending": {
        parameters: {
            query?: {
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pending changes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountChangePage"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "bankAccountChanges.decide": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Bank-account change id */
                changeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankAccountChangeDecision"];
            };
        };
        responses: {
            /** @description The decided change; the provider's inbox is told */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountChange"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FOUR_EYES_REQUIRED, FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BANK_ACCOUNT_CHANGE_ALREADY_DECIDED, CONCURRENT_CHANGE, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "credits.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCredit"];
            };
        };
        responses: {
            /** @description The credit, with what is left of the event */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credit"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description EVENT_NOT_SETTLED, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, CREDIT_EXCEEDS_EVENT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "settlementRuns.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSettlementRun"];
            };
        };
        responses: {
            /** @description The month's run existed: as it is now (a closing one is resumed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementRun"];
                };
            };
            /** @description The run, closing, with its progress; Location names it */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementRun"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description MONTH_NOT_ENDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "settlementRuns.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description SR-<month>: one run per month */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementRun"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "settlementRuns.paymentFile": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description SR-<month>: one run per month */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pain.001.001.03 document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RUN_NOT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "settlementRuns.paid": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description SR-<month>: one run per month */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The paid run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementRun"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RUN_NOT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "settlementRuns.bankStatements": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description SR-<month>: one run per month */
                runId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankStatementBody"];
            };
        };
        responses: {
            /** @description What was matched and what was not, and the run as it now is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementReconciliation"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RUN_NOT_CLOSED, CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, BANK_MESSAGE_INVALID, BANK_MESSAGE_OTHER_FILE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "settlements.list": {
        parameters: {
            query?: {
                providerId?: string;
                month?: string;
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementStatementPage"];
                };
            };
            /** @description INVALID_CURSOR, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.list": {
        parameters: {
            query?: {
                /** @description Client or representative of several clients: whose inbox */
                clientId?: string;
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description INVALID_CURSOR, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.read": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "followUps.list": {
        parameters: {
            query?: {
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Follow-ups, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpPage"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "followUps.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Client id */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFollowUp"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description HB_DECLINED, NO_CURRENT_PLAN, CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "followUps.due": {
        parameters: {
            query?: {
                /** @description The day to judge by (default today, Europe/Helsinki); a later day looks ahead */
                on?: string;
                /** @description Items per page, 1-100 */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Clients due, most overdue first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DueFollowUpPage"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerWebhooks.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderWebhook"];
                };
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerWebhooks.put": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutProviderWebhook"];
            };
        };
        responses: {
            /** @description Changed: the webhook, without the secret (it stays as it was) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderWebhookWithSecret"];
                };
            };
            /** @description Registered: the webhook with its signing secret (never shown again) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderWebhookWithSecret"];
                };
            };
            /** @description MALFORMED_REQUEST, PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED, WEBHOOK_URL_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerWebhooks.delete": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerWebhooks.rotateSecret": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook with its new signing secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderWebhookWithSecret"];
                };
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "providerWebhooks.deliveries": {
        parameters: {
            query?: never;
            header?: {
                /** @description fi, sv or en; Finnish when none matches */
                "accept-language"?: string;
            };
            path: {
                /** @description Provider id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attempts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description PROVIDER_NOT_CHOSEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description VALIDATION_FAILED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
