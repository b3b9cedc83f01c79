import type { Localized } from "../language";

/** Field texts for the domain's rules: dates, plans, prices, providers, deliveries. */
export const domainFields = {
  EFFECTIVE_FROM_OUTSIDE_DECISION: {
    fi: "Voimaantulopäivän on oltava päätöksen voimassaoloaikana {from}–{to}.",
    sv: "Ikraftträdandedagen ska ligga inom beslutets giltighetstid {from}–{to}.",
    en: "The effective date must lie within the decision's days, {from} to {to}.",
  },
  EFFECTIVE_FROM_OUTSIDE_BUDGET: {
    fi: "Voimaantulopäivän on oltava budjetin voimassaoloaikana.",
    sv: "Ikraftträdandedagen ska ligga inom budgetens giltighetstid.",
    en: "The effective date must lie within the budget's validity.",
  },
  ENDS_ON_NOT_ENDING: {
    fi: "Päättymispäivä annetaan vain, kun henkilökohtainen budjetointi päättyy tai siitä kieltäydytään.",
    sv: "Slutdag anges bara när den personliga budgeten upphör eller avböjs.",
    en: "An end date is given only when HB is ended or declined.",
  },
  ENDS_ON_IN_FUTURE: {
    fi: "Päättymispäivä ei voi olla tulevaisuudessa. Kirjaa päättyminen sinä päivänä, kun se tapahtuu.",
    sv: "Slutdagen kan inte ligga i framtiden. Registrera slutet den dag det sker.",
    en: "The end date cannot be in the future. Record the end on the day it happens.",
  },
  EFFECTIVE_FROM_OUTSIDE_VALIDITY: {
    fi: "Vaihtopäivän on oltava palvelusetelin voimassaoloaikana.",
    sv: "Bytesdagen ska ligga inom servicesedelns giltighetstid.",
    en: "The day of the switch must lie within the voucher's validity.",
  },
  EFFECTIVE_FROM_TOO_EARLY: {
    fi: "Palveluntuottaja voi vaihtua aikaisintaan {date}: sitä ennen on jo kirjattuja palveluja, edellisen palveluntuottajan päiviä tai päiviä, joiden kirjausaika on päättynyt.",
    sv: "Serviceproducenten kan bytas tidigast {date}: före det finns redan registrerade tjänster, den tidigare producentens dagar eller dagar vars registreringstid har gått ut.",
    en: "The provider can change from {date} at the earliest: the days before hold deliveries already recorded, an earlier provider's days, or days past the recording deadline.",
  },
  SETTINGS_IN_THE_PAST: {
    fi: "Sääntöjen voimaantulopäivä voi olla aikaisintaan tänään {date}.",
    sv: "Reglerna kan träda i kraft tidigast i dag {date}.",
    en: "The rules can take effect today, {date}, at the earliest.",
  },
  EVENT_IN_FUTURE: {
    fi: "Palvelun voi kirjata vasta, kun se on annettu.",
    sv: "En tjänst kan registreras först när den har getts.",
    en: "A service can be recorded once it has been delivered.",
  },
  TIMING_CONFLICT: {
    fi: "Anna joko alku- ja loppuaika tai päivä ja määrä.",
    sv: "Ange antingen start- och sluttid eller dag och mängd.",
    en: "Give either start and end, or date and quantity.",
  },
  END_BEFORE_START: { fi: "Loppuajan on oltava alkuajan jälkeen.", sv: "Sluttiden ska vara efter starttiden.", en: "The end must be after the start." },
  UNKNOWN_SERVICE: {
    fi: "Palvelua ei ole alueen palveluluettelossa.",
    sv: "Tjänsten finns inte i områdets tjänsteförteckning.",
    en: "This service is not in the area's service catalogue.",
  },
  DATE_IN_FUTURE: {
    fi: "Päivämäärä ei voi olla tulevaisuudessa.",
    sv: "Datumet kan inte ligga i framtiden.",
    en: "The date cannot be in the future.",
  },
  UNIT_MISMATCH: {
    fi: "Yksikkö ei ole sama kuin palvelun yksikkö palveluluettelossa.",
    sv: "Enheten är inte densamma som tjänstens enhet i tjänsteförteckningen.",
    en: "The unit differs from the service's unit in the catalogue.",
  },
  DUPLICATE_SERVICE: {
    fi: "Sama palvelu voi olla suunnitelmassa vain kerran.",
    sv: "Samma tjänst kan finnas i planen bara en gång.",
    en: "A service can be in the plan only once.",
  },
  TOO_MANY_DECIMALS: {
    fi: "Määrässä voi olla enintään kaksi desimaalia.",
    sv: "Mängden kan ha högst två decimaler.",
    en: "The quantity can have at most two decimals.",
  },
  EURO_UNIT_COST: {
    fi: "Kun yksikkö on euro, yksikköhinta on 100 senttiä.",
    sv: "När enheten är euro är enhetspriset 100 cent.",
    en: "When the unit is euro, the unit cost is 100 cents.",
  },
  EFFECTIVE_FROM_IN_PAST: {
    fi: "Hinta voi muuttua aikaisintaan tänään.",
    sv: "Priset kan ändras tidigast i dag.",
    en: "A price can change from today at the earliest.",
  },
  SERVICE_NOT_PRICED: {
    fi: "Uuden palvelun hinta voi alkaa vain tästä päivästä. Tulevan muutoksen voi ilmoittaa palvelulle, jolla on jo hinta.",
    sv: "Priset för en ny tjänst kan börja gälla bara från i dag. En kommande ändring kan anmälas för en tjänst som redan har ett pris.",
    en: "A new service can be priced from today only. A coming change can be announced for a service that already has a price.",
  },
  TOO_MANY_PRICE_CHANGES: {
    fi: "Liian monta hintamuutosta kerralla. Lähetä muutokset kahdessa osassa.",
    sv: "För många prisändringar på en gång. Skicka ändringarna i två delar.",
    en: "Too many price changes at once. Send them in two parts.",
  },
  VALID_TO_BEFORE_VALID_FROM: {
    fi: "Päättymispäivä ei voi olla ennen alkamispäivää.",
    sv: "Slutdatumet kan inte vara före startdatumet.",
    en: "The end date cannot be before the start date.",
  },
  VALIDITY_TOO_LONG: {
    fi: "Suunnitelma voi olla voimassa enintään viisi vuotta.",
    sv: "Planen kan gälla högst fem år.",
    en: "A plan can be valid for at most five years.",
  },
  UNKNOWN_BUNDLE: {
    fi: "Palvelukokonaisuutta ei ole alueen luettelossa.",
    sv: "Tjänstehelheten finns inte i områdets förteckning.",
    en: "This service bundle is not in the area's list.",
  },
  SERVICE_NOT_IN_BUNDLES: {
    fi: "Palvelu ei kuulu yhteenkään palveluntuottajan palvelukokonaisuuteen.",
    sv: "Tjänsten hör inte till någon av serviceproducentens tjänstehelheter.",
    en: "This service belongs to none of the provider's service bundles.",
  },
  DUPLICATE_BUNDLE: {
    fi: "Sama palvelukokonaisuus voi olla listalla vain kerran.",
    sv: "Samma tjänstehelhet kan finnas i listan bara en gång.",
    en: "A service bundle can be listed only once.",
  },
  DUPLICATE_PRICE: {
    fi: "Palvelulle voi antaa vain yhden hinnan.",
    sv: "En tjänst kan ha bara ett pris.",
    en: "A service can have only one price.",
  },
  PROVIDER_NOT_AVAILABLE: {
    fi: "Palveluntuottaja ei ole hyväksytty tai se ei tarjoa tätä palvelua.",
    sv: "Serviceproducenten är inte godkänd eller erbjuder inte denna tjänst.",
    en: "This provider is not approved or does not offer this service.",
  },
  BANK_ACCOUNT_CHANGE_REQUIRED: {
    fi: "Hakemuksessa on oltava voimassa oleva tilinumero; tilinumero vaihdetaan muutospyynnöllä.",
    sv: "Ansökan ska ha det gällande kontonumret; kontonumret ändras med en ändringsbegäran.",
    en: "Give the account in force; the bank account changes through a bank-account change request.",
  },
  SAME_BANK_ACCOUNT: {
    fi: "Tämä on jo voimassa oleva tilinumero.",
    sv: "Detta är redan det gällande kontonumret.",
    en: "This is already the account in force.",
  },
  STATUS_FROM_IN_PAST: {
    fi: "Tila voi muuttua aikaisintaan tänään.",
    sv: "Statusen kan ändras tidigast i dag.",
    en: "A status can change from today on.",
  },
  PROVIDER_NOT_APPROVED: {
    fi: "Palveluntuottajaa ei ole, tai sitä ei ole hyväksytty tämän palvelun palvelukokonaisuuteen.",
    sv: "Serviceproducenten finns inte eller är inte godkänd för denna tjänsts tjänstehelhet.",
    en: "No such provider, or it is not approved for a bundle of this service.",
  },
  INSTRUMENT_SERVICE_MISMATCH: {
    fi: "Palveluseteli on toiselle palvelulle kuin haettu palvelu.",
    sv: "Servicesedeln gäller en annan tjänst än den sökta.",
    en: "The instrument is for another service than the one asked for.",
  },
  UNKNOWN_LINE: {
    fi: "Budjetissa ei ole riviä {lineId}.",
    sv: "Budgeten har ingen rad {lineId}.",
    en: "The budget has no line {lineId}.",
  },
  DUPLICATE_LINE: {
    fi: "Rivi {lineId} on mukana kahdesti.",
    sv: "Raden {lineId} finns med två gånger.",
    en: "Line {lineId} is listed twice.",
  },
  LINES_MISSING: {
    fi: "Päätä budjetin jokaisesta rivistä. Puuttuu: {lines}.",
    sv: "Besluta om varje rad i budgeten. Saknas: {lines}.",
    en: "Decide every line of the budget. Missing: {lines}.",
  },
  EVENT_DATE_AND_QUANTITY: {
    fi: "Tämä palvelu kirjataan päivämäärällä ja määrällä (date ja quantity).",
    sv: "Den här tjänsten registreras med datum och mängd (date och quantity).",
    en: "This service is recorded with a date and a quantity (date and quantity).",
  },
  EVENT_START_AND_END: {
    fi: "Tuntiperusteinen palvelu kirjataan alkamis- ja päättymisajalla (start ja end).",
    sv: "En tjänst per timme registreras med start- och sluttid (start och end).",
    en: "An hourly service is recorded with its start and end (start and end).",
  },
} satisfies Record<string, Localized>;
