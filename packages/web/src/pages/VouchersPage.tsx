import { Button } from "suomifi-ui-components";
import { useState } from "react";
import type { MyClient } from "../App";
import { data } from "../api/client";
import { date, money } from "../format";
import type { Unit } from "../texts/types";
import { ErrorMessage, Loading, PageHeading, useApp, useLoad } from "../ui";

type Instrument = MyClient["instruments"][number];

/** The approved providers of the voucher's service with the client's own share per unit, now and after an announced change. */
function ChooseProvider({ voucher, onChosen }: { voucher: Instrument; onChosen: () => void }) {
  const { api, t, language, announce } = useApp();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const unit = voucher.unit as Unit;
  const offers = useLoad(
    () => data(api.GET("/v1/providers", { params: { query: { serviceCode: voucher.serviceCode, instrumentId: voucher.instrumentId } } })),
    [voucher.instrumentId, language],
  );

  const choose = async (providerId: string, name: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await data(api.POST("/v1/instruments/{instrumentId}/provider", { params: { path: { instrumentId: voucher.instrumentId } }, body: { providerId } }));
      announce(t.vouchers.chosen(name));
      onChosen();
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`choose-${voucher.instrumentId}`}>
      <h3 id={`choose-${voucher.instrumentId}`}>{t.vouchers.chooseTitle}</h3>
      <p>{t.vouchers.chooseIntro}</p>
      {voucher.providerId && <p>{t.vouchers.changeIntro}</p>}
      {error !== undefined && <ErrorMessage error={error} />}
      <Loading loaded={offers}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t.vouchers.noProviders}</p>
          ) : (
            <ul className="offers">
              {[...page.items]
                .sort((a, b) => (a.clientShareCents ?? 0) - (b.clientShareCents ?? 0))
                .map((offer) => (
                  <li key={offer.providerId} className="offer">
                    <h4>{offer.name}</h4>
                    <p>{t.vouchers.price(money(offer.unitPriceCents, language), unit)}</p>
                    <p className="own-share">
                      {offer.clientShareCents ? t.vouchers.ownShare(money(offer.clientShareCents, language), unit) : t.vouchers.noOwnShare}
                    </p>
                    {offer.coming && (
                      <p>
                        {t.vouchers.coming(date(offer.coming.effectiveFrom, language), money(offer.coming.unitPriceCents, language), unit)}{" "}
                        {offer.coming.clientShareCents !== undefined &&
                          (offer.coming.clientShareCents > 0 ? t.vouchers.comingOwnShare(money(offer.coming.clientShareCents, language), unit) : t.vouchers.noOwnShare)}
                      </p>
                    )}
                    <p className="contact">{t.vouchers.contact(offer.contact.name, offer.contact.phone, offer.contact.email)}</p>
                    {offer.providerId === voucher.providerId ? (
                      <p>
                        <strong>{t.vouchers.chosenNow}</strong>
                      </p>
                    ) : (
                      <Button disabled={busy} onClick={() => choose(offer.providerId, offer.name)}>
                        {t.vouchers.choose(offer.name)}
                      </Button>
                    )}
                  </li>
                ))}
            </ul>
          )
        }
      </Loading>
    </section>
  );
}

export function VouchersPage({ client, onChosen }: { client: MyClient; onChosen: () => void }) {
  const { api, t, language } = useApp();
  const vouchers = client.instruments.filter((instrument) => instrument.kind === "voucher");
  const ownShare = useLoad(() => data(api.GET("/v1/me/own-share")), [language]);
  const monthTotal = ownShare.value?.items.find((item) => item.clientId === client.clientId)?.totalCents ?? 0;
  return (
    <>
      <PageHeading>{t.vouchers.title}</PageHeading>
      <p>{t.vouchers.intro}</p>
      {monthTotal > 0 && <p>{t.vouchers.ownShareMonth(money(monthTotal, language))}</p>}
      {vouchers.length === 0 && <p>{t.vouchers.none}</p>}
      {vouchers.map((voucher) => (
        <section key={voucher.instrumentId} aria-labelledby={`voucher-${voucher.instrumentId}`} className="card">
          <h2 id={`voucher-${voucher.instrumentId}`}>{t.vouchers.heading(voucher.serviceName, voucher.number)}</h2>
          <p>{t.vouchers.value(money(voucher.unitValueCents, language), voucher.unit as Unit)}</p>
          <p>
            <strong>{t.vouchers.status[voucher.status]}</strong>
          </p>
          <p className="summary">{voucher.summary}</p>
          {voucher.ownShareSummary && <p>{voucher.ownShareSummary}</p>}
          {/* A choice the provider has not accepted yet can still be changed (docs/api.md, switching the provider). */}
          {(voucher.status === "awaiting-provider" || voucher.status === "awaiting-acceptance") && <ChooseProvider voucher={voucher} onChosen={onChosen} />}
        </section>
      ))}
    </>
  );
}
