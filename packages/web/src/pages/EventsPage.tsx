import type { MyClient } from "../App";
import { data } from "../api/client";
import { date, money } from "../format";
import type { Unit } from "../texts/types";
import { Loading, PageHeading, useApp, useLoad } from "../ui";

type Instrument = MyClient["instruments"][number];

/** What the provider recorded on one instrument, newest first, with the stage and when the provider is expected to be paid. */
function InstrumentEvents({ instrument }: { instrument: Instrument }) {
  const { api, t, language } = useApp();
  const events = useLoad(
    () => data(api.GET("/v1/service-events", { params: { query: { instrumentId: instrument.instrumentId } } })),
    [instrument.instrumentId, language],
  );
  return (
    <section aria-labelledby={`events-${instrument.instrumentId}`}>
      <h2 id={`events-${instrument.instrumentId}`}>{t.events.instrumentHeading(instrument.serviceName, instrument.number)}</h2>
      <Loading loaded={events}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t.events.none}</p>
          ) : (
            <ul className="cards">
              {[...page.items]
                .sort((a, b) => b.date.localeCompare(a.date))
                .map((event) => (
                  <li key={event.eventId} className="card event">
                    <h3>{date(event.date, language)}</h3>
                    <dl>
                      <dt>{t.events.quantity}</dt>
                      <dd>
                        {t.units.quantity(event.quantity, event.unit as Unit)}, {t.events.kind[event.kind ?? "delivered"]}
                      </dd>
                      <dt>{t.events.amount}</dt>
                      <dd>
                        {money(event.amountCents, language)}
                        {event.clientShareCents ? `, ${t.events.ownShare(money(event.clientShareCents, language))}` : ""}
                      </dd>
                      <dt>{t.events.state}</dt>
                      <dd>{t.events.status[event.status]}</dd>
                      <dt>{t.events.payment}</dt>
                      <dd>{event.status === "paid" ? date(event.expectedPaymentOn, language) : t.events.paymentOn(date(event.expectedPaymentOn, language))}</dd>
                    </dl>
                  </li>
                ))}
            </ul>
          )
        }
      </Loading>
    </section>
  );
}

export function EventsPage({ client }: { client: MyClient }) {
  const { t } = useApp();
  const withProvider = client.instruments.filter((instrument) => instrument.status !== "awaiting-provider");
  return (
    <>
      <PageHeading>{t.events.title}</PageHeading>
      <p>{t.events.intro}</p>
      {withProvider.length === 0 && <p>{t.events.none}</p>}
      {withProvider.map((instrument) => (
        <InstrumentEvents key={instrument.instrumentId} instrument={instrument} />
      ))}
    </>
  );
}
