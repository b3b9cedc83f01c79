import type { ProblemCode } from "../errors";
import type { ProblemText } from "../messages";

/** Problems with recording a delivery on an instrument. */
export const deliveryProblems = {
  PROVIDER_NOT_CHOSEN: {
    title: { fi: "Valitse palveluntuottaja", sv: "Välj serviceproducent", en: "Choose the provider" },
    detail: {
      fi: "Olet usean palveluntuottajan henkilöstöä. Kerro X-HB-Provider-otsakkeessa, minkä palveluntuottajan puolesta toimit.",
      sv: "Du hör till personalen hos flera serviceproducenter. Ange i rubriken X-HB-Provider för vilken serviceproducent du handlar.",
      en: "You are staff of several providers. Name the provider you act for in the X-HB-Provider header.",
    },
  },
  DUPLICATE_EVENT: {
    title: { fi: "Tapahtuma on jo kirjattu", sv: "Händelsen är redan registrerad", en: "Event already recorded" },
    detail: {
      fi: "Tunnisteella {externalId} on jo kirjattu eri tiedoilla oleva palvelutapahtuma.",
      sv: "En servicehändelse med andra uppgifter är redan registrerad med id {externalId}.",
      en: "A service event with other details is already recorded with the id {externalId}.",
    },
  },
  INSTRUMENT_NOT_ACTIVE: {
    title: { fi: "Maksusitoumus tai palveluseteli ei ole käytössä", sv: "Betalningsförbindelsen eller servicesedeln är inte i bruk", en: "The instrument is not active" },
    detail: {
      fi: "Tähän palveluseteliin tai maksusitoumukseen ei voi kirjata palvelua: se ei ole voimassa tai sitä ei ole hyväksytty teille.",
      sv: "Tjänster kan inte registreras på denna servicesedel eller betalningsförbindelse: den är inte i kraft eller inte godkänd för er.",
      en: "Services cannot be recorded on this voucher or payment commitment: it is not active or not accepted by you.",
    },
  },
  NOT_PROVIDER_ON_DATE: {
    title: { fi: "Ette olleet palveluntuottaja sinä päivänä", sv: "Ni var inte serviceproducent den dagen", en: "Not the provider on that day" },
    detail: {
      fi: "Asiakas on vaihtanut palveluntuottajaa: päivän {date} palvelun kirjaa se palveluntuottaja, joka oli asiakkaan palveluntuottaja sinä päivänä.",
      sv: "Klienten har bytt serviceproducent: tjänsten den {date} registreras av den serviceproducent som var klientens producent den dagen.",
      en: "The client changed provider: a delivery on {date} is recorded by the provider the client had on that day.",
    },
  },
  OUTSIDE_VALIDITY: {
    title: { fi: "Päivä on voimassaoloajan ulkopuolella", sv: "Dagen ligger utanför giltighetstiden", en: "Outside the validity" },
    detail: {
      fi: "Palvelun voi kirjata vain ajalle {validFrom}–{validTo}.",
      sv: "Tjänsten kan bara registreras för tiden {validFrom}–{validTo}.",
      en: "The service can only be recorded for {validFrom}–{validTo}.",
    },
  },
  RECORDING_DEADLINE_PASSED: {
    title: { fi: "Kirjausaika on päättynyt", sv: "Tiden för registrering har gått ut", en: "Recording deadline passed" },
    detail: {
      fi: "Palvelu on kirjattava {days} päivän kuluessa. Ota yhteyttä hyvinvointialueeseen.",
      sv: "Tjänsten ska registreras inom {days} dagar. Kontakta välfärdsområdet.",
      en: "Services must be recorded within {days} days. Contact the welfare area.",
    },
  },
  INSUFFICIENT_BALANCE: {
    title: { fi: "Budjetti ei riitä", sv: "Budgeten räcker inte", en: "Insufficient balance" },
    detail: {
      fi: "Jäljellä oleva määrä ei riitä tähän palveluun.",
      sv: "Det återstående beloppet räcker inte för denna tjänst.",
      en: "What is left is not enough for this service.",
    },
  },
  OVERLAPPING_EVENT: {
    title: { fi: "Päällekkäinen palvelu", sv: "Överlappande tjänst", en: "Overlapping event" },
    detail: {
      fi: "Asiakkaalle on jo kirjattu palvelu samalle ajalle ({date}).",
      sv: "En tjänst är redan registrerad för klienten under samma tid ({date}).",
      en: "A service is already recorded for the client at the same time ({date}).",
    },
  },
  EVENT_KIND_NOT_BILLABLE: {
    title: { fi: "Tätä ei voi laskuttaa", sv: "Detta kan inte faktureras", en: "Not billable" },
    detail: {
      fi: "Hyvinvointialue ei maksa tämän palvelun tapahtumasta, jonka laji on {kind}.",
      sv: "Välfärdsområdet betalar inte för en händelse av slaget {kind} för denna tjänst.",
      en: "The welfare area does not pay for an event of kind {kind} for this service.",
    },
  },
  EVENT_KIND_LIMIT_REACHED: {
    title: { fi: "Kuukauden enimmäismäärä täynnä", sv: "Månadens maximiantal har nåtts", en: "Monthly limit reached" },
    detail: {
      fi: "Tapahtumia, joiden laji on {kind}, voi kirjata enintään {maxPerMonth} kuukaudessa ({month}).",
      sv: "Högst {maxPerMonth} händelser av slaget {kind} kan registreras per månad ({month}).",
      en: "At most {maxPerMonth} events of kind {kind} can be recorded per month ({month}).",
    },
  },
  PERIOD_CAP_EXCEEDED: {
    title: { fi: "Jakson enimmäismäärä ylittyisi", sv: "Periodens maximimängd skulle överskridas", en: "Period cap exceeded" },
    detail: {
      fi: "Suunnitelman mukaan jaksossa {periodStart} alkaen voi käyttää enintään {quantityPerPeriod}; käytetty on jo {usedQuantity}.",
      sv: "Enligt planen kan högst {quantityPerPeriod} användas under perioden från {periodStart}; redan använt {usedQuantity}.",
      en: "The plan allows at most {quantityPerPeriod} in the period from {periodStart}; {usedQuantity} is already used.",
    },
  },
  EVENT_NOT_RECORDED: {
    title: { fi: "Tapahtumaa ei voi enää muuttaa", sv: "Händelsen kan inte längre ändras", en: "The event can no longer change" },
    detail: {
      fi: "Tämän voi tehdä vain kirjatulle, hyväksymättömälle tapahtumalle. Tila on nyt {status}.",
      sv: "Detta går bara för en registrerad, ej godkänd händelse. Status är nu {status}.",
      en: "This is only possible for a recorded, not yet approved event. It is now {status}.",
    },
  },
  NOT_A_VOUCHER: {
    title: { fi: "Ei palveluseteli", sv: "Inte en servicesedel", en: "Not a voucher" },
    detail: {
      fi: "Palveluntuottajan voi valita vain palvelusetelille. Maksusitoumuksessa tuottaja on päätetty jo.",
      sv: "Serviceproducenten kan bara väljas för en servicesedel. I en betalningsförbindelse är producenten redan bestämd.",
      en: "A provider can only be chosen for a voucher. A payment commitment already names its provider.",
    },
  },
  INSTRUMENT_CLOSED: {
    title: { fi: "Palveluseteli on päättynyt", sv: "Servicesedeln har upphört", en: "The instrument is closed" },
    detail: {
      fi: "Palveluseteli tai maksusitoumus on päättynyt, joten sen palveluntuottajaa ei voi enää vaihtaa.",
      sv: "Servicesedeln eller betalningsförbindelsen har upphört, så dess serviceproducent kan inte längre bytas.",
      en: "The voucher or payment commitment is closed, so its provider can no longer change.",
    },
  },
  INSTRUMENT_NOT_AWAITING_ACCEPTANCE: {
    title: { fi: "Ei odota hyväksyntää", sv: "Väntar inte på godkännande", en: "Not awaiting acceptance" },
    detail: {
      fi: "Palveluseteli tai maksusitoumus ei odota palveluntuottajan hyväksyntää. Sen tila on nyt {status}.",
      sv: "Servicesedeln eller betalningsförbindelsen väntar inte på serviceproducentens godkännande. Dess status är nu {status}.",
      en: "The voucher or payment commitment is not awaiting the provider's acceptance. It is now {status}.",
    },
  },
  DELIVERY_SPANS_CHANGE: {
    title: { fi: "Kirjattu palvelu jatkuu voimaantulopäivän yli", sv: "En registrerad tjänst pågår över ikraftträdandedagen", en: "A recorded delivery runs over the effective date" },
    detail: {
      fi: "Palvelu {date} maksusitoumuksella tai palvelusetelillä {instrumentNumber} päättyy vasta {effectiveFrom} tai myöhemmin. Valitse voimaantulopäivä, joka ei jaa kirjattua palvelua kahtia.",
      sv: "Tjänsten {date} på betalningsförbindelsen eller servicesedeln {instrumentNumber} slutar först {effectiveFrom} eller senare. Välj ett ikraftträdandedatum som inte delar en registrerad tjänst.",
      en: "The delivery of {date} on {instrumentNumber} ends on {effectiveFrom} or later. Choose an effective date that does not split a recorded delivery.",
    },
  },
} satisfies Partial<Record<ProblemCode, ProblemText>>;
