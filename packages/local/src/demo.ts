import { addDays, daysInMonth } from "@hb/core/budget/periods";
import { businessDate } from "@hb/core/dates";
import type { DemoPerson } from "./front";
import type { LocalRuntime } from "./runtime";

/**
 * The demo people of `npm start` and the history that gives each of them
 * something to see: Aino's budget with three services, a voucher in use, a
 * voucher still waiting for her choice of provider, deliveries of this month,
 * her inbox. Everything is made through the API as the real callers make it
 * (tokens from `/dev/token`, the same routes as the README's walk-throughs),
 * so the demo shows what HB does, not what a script wrote into the table.
 */

/** Personal identity codes of the demo, none of them used by the README's walk-throughs or the tests. */
const codes = {
  aino: "120348-2365",
  liisa: "050275-148Y",
  anna: "210782-264V",
  kalle: "091190-372W",
} as const;

export const demoPeople: readonly DemoPerson[] = [
  {
    key: "client",
    name: "Aino Asiakas",
    role: "client",
    description: {
      fi: "Asiakas: oma budjetti, palvelusetelit, palveluntuottajan valinta, viestit",
      sv: "Klient: egen budget, servicesedlar, val av serviceproducent, meddelanden",
      en: "Client: own budget, vouchers, choosing a provider, messages",
    },
    tokenQuery: `personalId=${codes.aino}&sub=aino`,
  },
  {
    key: "representative",
    name: "Liisa Asiakas",
    role: "representative",
    description: {
      fi: "Ainon tytär, jonka Aino on valtuuttanut asioimaan puolestaan",
      sv: "Ainos dotter, som Aino har befullmäktigat att sköta hennes ärenden",
      en: "Aino's daughter, whom Aino has authorised to act for her",
    },
    tokenQuery: `personalId=${codes.liisa}&sub=liisa`,
  },
  {
    key: "provider",
    name: "Anna Aamunen",
    role: "provider",
    description: {
      fi: "Palveluntuottaja Aamurusko Hoiva Oy:n työntekijä: palvelutapahtumat, hinnat, tilitykset",
      sv: "Anställd hos serviceproducenten Aamurusko Hoiva Oy: servicehändelser, priser, redovisningar",
      en: "Staff of the provider Aamurusko Hoiva Oy: service events, prices, statements",
    },
    tokenQuery: `personalId=${codes.anna}&sub=anna`,
  },
  {
    key: "worker",
    name: "Sari Sosiaalityöntekijä",
    role: "worker",
    description: {
      fi: "Ainon omatyöntekijä: arviot, suunnitelmat, budjetit, päätökset, hyväksynnät",
      sv: "Ainos egen kontaktperson: bedömningar, planer, budgetar, beslut, godkännanden",
      en: "Aino's social worker: assessments, plans, budgets, decisions, approvals",
    },
    tokenQuery: "role=worker&sub=sari",
  },
  {
    key: "finance",
    name: "Pekka Maksatus",
    role: "finance",
    description: {
      fi: "Talouspalvelut: tilitysajot, maksuaineistot, tilinumeromuutokset",
      sv: "Ekonomitjänster: redovisningskörningar, betalningsfiler, kontobyten",
      en: "Payments staff: settlement runs, payment files, bank account changes",
    },
    tokenQuery: "role=finance&sub=pekka",
  },
  {
    key: "admin",
    name: "Ulla Ylläpitäjä",
    role: "admin",
    description: {
      fi: "Järjestelmän omistaja: palveluluettelo, palveluntuottajien hyväksyntä, lokit",
      sv: "Systemägare: tjänstekatalog, godkännande av serviceproducenter, loggar",
      en: "System owner: service catalogue, provider approvals, audit log",
    },
    tokenQuery: "role=admin&sub=ulla",
  },
];

const person = (key: DemoPerson["key"]) => demoPeople.find((entry) => entry.key === key)!.tokenQuery;

type Demo = Pick<LocalRuntime, "url" | "clock" | "settle" | "showDemoPeople">;

/** Calls the runtime's own HTTP front as `tokenQuery`'s person; anything but the expected status stops the seed. */
function caller(runtime: Demo) {
  const tokens = new Map<string, Promise<string>>();
  const token = (query: string) => {
    let found = tokens.get(query);
    if (!found) {
      found = fetch(`${runtime.url}/dev/token?${query}`)
        .then((response) => response.json())
        .then((body) => (body as { token: string }).token);
      tokens.set(query, found);
    }
    return found;
  };
  return async (method: string, path: string, as: string, body?: unknown, expected = method === "POST" ? [200, 201] : [200]): Promise<any> => {
    const response = await fetch(`${runtime.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${await token(as)}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.json().catch(() => undefined);
    if (!expected.includes(response.status)) throw new Error(`demo seed: ${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
}

/** `date` at `time` in Helsinki as an ISO instant with the offset of that day (winter +02:00, summer +03:00). */
function helsinki(date: string, time: string): string {
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Helsinki", hour: "2-digit", hourCycle: "h23" });
  const winter = `${date}T${time}:00+02:00`;
  return hour.format(new Date(winter)) === time.slice(0, 2) ? winter : `${date}T${time}:00+03:00`;
}

const firstOfMonth = (date: string) => `${date.slice(0, 8)}01`;
const previousMonthStart = (date: string) => firstOfMonth(addDays(firstOfMonth(date), -1));
const isWeekday = (date: string) => ![0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());

/**
 * When the deliveries were: up to five weekdays spread over this month before
 * today (the month Aino's inbox and pace show). On the 1st there is no day of
 * this month behind us, so the last days of the previous month.
 */
export function deliveryDays(today: string): string[] {
  const month = today.endsWith("-01") ? addDays(today, -1).slice(0, 7) : today.slice(0, 7);
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const last = today.startsWith(month) ? Number(today.slice(8)) - 1 : daysInMonth(year, monthNumber);
  const days = Array.from({ length: last }, (_, index) => `${month}-${String(index + 1).padStart(2, "0")}`);
  const weekdays = days.filter(isWeekday);
  const pool = weekdays.length >= 2 ? weekdays : days;
  const count = Math.min(5, pool.length);
  return Array.from({ length: count }, (_, index) => pool[Math.round(((index + 1) * pool.length) / count) - 1]!);
}

/**
 * Seeds the demo once: on a runtime that already has it (a restart on the
 * same `.hb-local/`) it only tells the front who the demo people are.
 * Answers the people for `GET /dev/people`.
 */
export async function seedDemo(runtime: Demo): Promise<readonly DemoPerson[]> {
  const call = caller(runtime);
  const worker = person("worker");
  const found = await call("GET", `/v1/clients?personalId=${codes.aino}`, worker);
  if (found.items.length === 0) await writeHistory(runtime, call);
  runtime.showDemoPeople(demoPeople);
  return demoPeople;
}

async function writeHistory(runtime: Demo, call: ReturnType<typeof caller>): Promise<void> {
  const worker = person("worker");
  const admin = person("admin");
  const aino = person("client");
  const anna = person("provider");
  const kalle = `personalId=${codes.kalle}&sub=kalle`;
  const today = businessDate(runtime.clock.now());
  const days = deliveryDays(today);
  // The history starts at the plan's first day, a month before this one: decided, chosen and accepted then.
  const validFrom = previousMonthStart(days[0]!);
  const offsetMs = runtime.clock.now().getTime() - Date.now();
  const at = (date: string, time: string) => runtime.clock.set(new Date(helsinki(date, time)));
  at(validFrom, "09:00");
  try {
    const apply = async (staff: string, businessId: string, iban: string, name: string, contact: string, prices: Record<string, number>) => {
      const application = await call("POST", "/v1/provider-applications", staff, {
        businessId,
        name,
        bundles: ["HEBU_PAIVATOIMINTA_HAPU_KOTIHOITO"],
        registryNumber: `SOTERI-${businessId.slice(0, 7)}`,
        iban,
        contact: { name: contact, email: `${contact.toLowerCase()}@${businessId.slice(0, 7)}.example`, phone: "+358401234567" },
        prices: Object.entries(prices).map(([serviceCode, unitPriceCents]) => ({ serviceCode, unitPriceCents })),
      });
      const decided = await call("POST", `/v1/provider-applications/${application.applicationId}/decision`, admin, {
        outcome: "approved",
        reason: "Täyttää sääntökirjan ehdot",
      });
      return decided.providerId as string;
    };
    // Home care's voucher is worth 36,00 € an hour: Aamurusko charges more (Aino pays the difference), Koivu less.
    const aamurusko = await apply(anna, "2743150-5", "FI1550000127453107", "Aamurusko Hoiva Oy", "Anna", { HENKILOKOHTAINEN_APU: 3800, KOTIHOITO: 3900, PAIVATOIMINTA: 7000 });
    await apply(kalle, "2743172-4", "FI5850000127453206", "Kotiapu Koivu Oy", "Kalle", { HENKILOKOHTAINEN_APU: 3600, KOTIHOITO: 3400 });

    const client = await call("POST", "/v1/clients", worker, {
      personalId: codes.aino,
      firstName: "Aino",
      lastName: "Asiakas",
      municipality: "Rovaniemi",
      language: "fi",
    });
    const clientId = client.clientId as string;
    await call("POST", `/v1/clients/${clientId}/representatives`, worker, {
      personalId: codes.liisa,
      name: "Liisa Asiakas",
      relationship: "tytär",
      permission: "act",
      basis: "client-authorisation",
    });
    await call("POST", `/v1/clients/${clientId}/assessments`, worker, {
      assessedOn: validFrom,
      needs: [
        { area: "asiointi", description: "Tarvitsee apua kaupassa ja virastoissa asioimiseen", serviceCodes: ["HENKILOKOHTAINEN_APU"] },
        { area: "osallisuus", description: "Haluaa tavata muita ja tehdä käsillään", serviceCodes: ["PAIVATOIMINTA"] },
        { area: "kotona asuminen", description: "Tarvitsee apua siivoukseen ja pyykinpesuun", serviceCodes: ["KOTIHOITO"] },
      ],
    });
    await call("POST", `/v1/clients/${clientId}/support-plans`, aino, {
      wishes: "Haluan käydä itse kaupassa ja uimahallissa ja asua omassa kodissani.",
      goals: ["Asioin itse kaupassa", "Käyn uimassa kerran viikossa"],
      preferredServices: ["HENKILOKOHTAINEN_APU", "PAIVATOIMINTA"],
      writtenWith: "tytär Liisa",
    });
    const plan = await call("POST", `/v1/clients/${clientId}/service-plans`, worker, {
      validFrom,
      validTo: addDays(validFrom.replace(/^\d{4}/, (year) => String(Number(year) + 1)), -1),
      services: [
        { serviceCode: "HENKILOKOHTAINEN_APU", content: "Apu asiointiin ja harrastuksiin", quantity: 10, unit: "hour", per: "month", unitCostCents: 3600, costBasis: "reference-price" },
        { serviceCode: "PAIVATOIMINTA", content: "Päivätoiminta kahdesti viikossa", quantity: 8, unit: "day", per: "month", unitCostCents: 7000, costBasis: "existing-service" },
        { serviceCode: "KOTIHOITO", content: "Siivous ja pyykki", quantity: 6, unit: "hour", per: "month", unitCostCents: 3600, costBasis: "reference-price" },
      ],
      followUp: { intervalDays: 90, method: "kotikäynti" },
    });
    const budget = await call("POST", `/v1/service-plans/${plan.planId}/budget`, worker);
    const decision = await call("POST", `/v1/budgets/${budget.budgetId}/decisions`, worker, {
      decidedOn: validFrom,
      legalBasis: "vammaispalvelulaki",
      decisionMaker: { name: "Sari Sosiaalityöntekijä", title: "sosiaalityöntekijä" },
      lines: [
        { lineId: "L1", paymentMethod: "voucher" },
        { lineId: "L2", paymentMethod: "payment-commitment", providerId: aamurusko },
        { lineId: "L3", paymentMethod: "voucher" },
      ],
    });
    const issued = await call("POST", `/v1/decisions/${decision.decisionId}/issue`, worker);
    const instrument = (serviceCode: string) =>
      (issued.instruments as { instrumentId: string; serviceCode: string }[]).find((entry) => entry.serviceCode === serviceCode)!.instrumentId;
    const assistance = instrument("HENKILOKOHTAINEN_APU");
    // Assistance by voucher from Aamurusko and day activities by its commitment are in use; home care's voucher waits for Aino's choice.
    await call("POST", `/v1/instruments/${assistance}/provider`, aino, { providerId: aamurusko });
    await call("POST", `/v1/instruments/${assistance}/accept`, anna);
    const dayActivities = instrument("PAIVATOIMINTA");
    await call("POST", `/v1/instruments/${dayActivities}/accept`, anna);

    // Eight of the month's ten hours of assistance, and day activities every other delivery day, each recorded on its evening.
    const hours = days.map((_, index) => Math.floor(8 / days.length) + (index < 8 % days.length ? 1 : 0));
    const events: string[] = [];
    for (const [index, day] of days.entries()) {
      at(day, "18:00");
      const assisted = await call("POST", "/v1/service-events", anna, {
        instrumentId: assistance,
        externalId: `demo-assistance-${day}`,
        start: helsinki(day, "09:00"),
        end: helsinki(day, `${String(9 + hours[index]!).padStart(2, "0")}:00`),
      });
      events.push(assisted.eventId as string);
      if (index % 2 === 1) continue;
      const attended = await call("POST", "/v1/service-events", anna, { instrumentId: dayActivities, externalId: `demo-day-${day}`, date: day, quantity: 1 });
      events.push(attended.eventId as string);
    }
    // Sari has approved the older half; the rest wait for her (or for the review window).
    for (const eventId of events.slice(0, Math.ceil(events.length / 2))) await call("POST", `/v1/service-events/${eventId}/approve`, worker);
    await runtime.settle();
  } finally {
    if (offsetMs === 0) runtime.clock.reset();
    else runtime.clock.set(new Date(Date.now() + offsetMs));
  }
  // Today's drift as the daily job sees it: home care's voucher has waited unused since the plan began, so Aino's inbox says so.
  await call("POST", "/dev/schedules/drift-daily", worker);
  await runtime.settle();
}
