import type { ProblemCode } from "./errors";
import type { Localized } from "./language";

interface ProblemText {
  readonly title: Localized;
  readonly detail: Localized;
}

/** Plain-language texts for every problem code; a test checks every code has all three languages. */
export const problemTexts: Record<ProblemCode, ProblemText> = {
  VALIDATION_FAILED: {
    title: { fi: "Tiedoissa on virheitä", sv: "Uppgifterna innehåller fel", en: "The request has errors" },
    detail: {
      fi: "Korjaa merkityt kentät ja lähetä tiedot uudelleen.",
      sv: "Rätta de markerade fälten och skicka uppgifterna igen.",
      en: "Correct the fields listed in errors and send the request again.",
    },
  },
  MALFORMED_REQUEST: {
    title: { fi: "Pyyntöä ei voitu lukea", sv: "Begäran kunde inte läsas", en: "The request could not be read" },
    detail: {
      fi: "Pyynnön runko ei ole kelvollista JSONia tai osoitteessa on virheellinen merkki.",
      sv: "Begärans innehåll är inte giltig JSON eller adressen innehåller ett ogiltigt tecken.",
      en: "The request body is not valid JSON, or the address has an invalid character.",
    },
  },
  INVALID_CURSOR: {
    title: { fi: "Virheellinen sivutustunniste", sv: "Ogiltig sidmarkör", en: "Invalid cursor" },
    detail: {
      fi: "Sivutustunniste ei kelpaa. Hae lista alusta uudelleen.",
      sv: "Sidmarkören är ogiltig. Hämta listan på nytt från början.",
      en: "The cursor is not valid. Fetch the list again from the start.",
    },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    title: { fi: "Väärä sisältötyyppi", sv: "Fel innehållstyp", en: "Unsupported media type" },
    detail: {
      fi: "Lähetä pyynnön runko muodossa application/json.",
      sv: "Skicka begärans innehåll som application/json.",
      en: "Send the request body as application/json.",
    },
  },
  UNAUTHENTICATED: {
    title: { fi: "Kirjautuminen puuttuu", sv: "Inloggning saknas", en: "Not signed in" },
    detail: {
      fi: "Pyynnöstä puuttuu voimassa oleva tunniste. Kirjaudu sisään uudelleen.",
      sv: "Begäran saknar en giltig token. Logga in på nytt.",
      en: "The request has no valid token. Sign in again.",
    },
  },
  FORBIDDEN: {
    title: { fi: "Ei käyttöoikeutta", sv: "Ingen behörighet", en: "Forbidden" },
    detail: {
      fi: "Sinulla ei ole oikeutta tähän tietoon tai toimintoon.",
      sv: "Du har inte behörighet till denna uppgift eller funktion.",
      en: "You are not allowed to see or do this.",
    },
  },
  NOT_FOUND: {
    title: { fi: "Ei löytynyt", sv: "Hittades inte", en: "Not found" },
    detail: {
      fi: "Haettua tietoa ({resource}) ei löytynyt.",
      sv: "Den sökta uppgiften ({resource}) hittades inte.",
      en: "The {resource} was not found.",
    },
  },
  ROUTE_NOT_FOUND: {
    title: { fi: "Osoitetta ei ole", sv: "Adressen finns inte", en: "No such route" },
    detail: {
      fi: "Rajapinnassa ei ole osoitetta {method} {path}.",
      sv: "Gränssnittet har ingen adress {method} {path}.",
      en: "The API has no route {method} {path}.",
    },
  },
  DUPLICATE_CLIENT: {
    title: { fi: "Asiakas on jo olemassa", sv: "Klienten finns redan", en: "Client already exists" },
    detail: {
      fi: "Samalla henkilötunnuksella on jo asiakas. Hae asiakas henkilötunnuksella.",
      sv: "Det finns redan en klient med samma personbeteckning. Sök klienten med personbeteckningen.",
      en: "A client with this personal identity code already exists. Look the client up by the code.",
    },
  },
  VERSION_MISMATCH: {
    title: { fi: "Tieto on muuttunut", sv: "Uppgiften har ändrats", en: "The data has changed" },
    detail: {
      fi: "Joku muu muutti tietoa sillä välin. Hae tieto uudelleen ja tee muutos uudestaan.",
      sv: "Någon annan ändrade uppgiften under tiden. Hämta den på nytt och gör ändringen igen.",
      en: "Someone else changed this in the meantime. Fetch it again and repeat your change.",
    },
  },
  UNKNOWN_BUNDLE: {
    title: { fi: "Tuntematon palvelukokonaisuus", sv: "Okänd tjänstehelhet", en: "Unknown service bundle" },
    detail: {
      fi: "Palvelukokonaisuutta {bundle} ei ole alueen luettelossa.",
      sv: "Tjänstehelheten {bundle} finns inte i områdets förteckning.",
      en: "The service bundle {bundle} is not in the area's list.",
    },
  },
  INTERNAL_ERROR: {
    title: { fi: "Odottamaton virhe", sv: "Oväntat fel", en: "Unexpected error" },
    detail: {
      fi: "Palvelussa tapahtui virhe. Yritä myöhemmin uudelleen ja kerro tukeen tunniste {requestId}.",
      sv: "Ett fel inträffade i tjänsten. Försök senare och ge supporten koden {requestId}.",
      en: "Something went wrong on our side. Try again later and give support the id {requestId}.",
    },
  },
  UNKNOWN_SERVICE: {
    title: { fi: "Tuntematon palvelu", sv: "Okänd tjänst", en: "Unknown service" },
    detail: {
      fi: "Palvelua {service} ei ole alueen palveluluettelossa. Tarkista palvelun koodi.",
      sv: "Tjänsten {service} finns inte i områdets tjänsteförteckning. Kontrollera tjänstens kod.",
      en: "The service {service} is not in the area's service catalogue. Check the service code.",
    },
  },
  TOO_MANY_REPRESENTATIVES: {
    title: { fi: "Liikaa edustajia", sv: "För många företrädare", en: "Too many representatives" },
    detail: {
      fi: "Asiakkaalla voi olla enintään {max} edustajaa. Poista ensin joku nykyisistä.",
      sv: "En klient kan ha högst {max} företrädare. Ta först bort någon av de nuvarande.",
      en: "A client can have at most {max} representatives. Remove one of the current ones first.",
    },
  },
  CONCURRENT_CHANGE: {
    title: { fi: "Samanaikainen muutos", sv: "Samtidig ändring", en: "Concurrent change" },
    detail: {
      fi: "Tietoa muutettiin samaan aikaan toisaalla. Yritä hetken kuluttua uudelleen.",
      sv: "Uppgiften ändrades samtidigt någon annanstans. Försök igen om en stund.",
      en: "The data was being changed elsewhere at the same time. Try again in a moment.",
    },
  },
  UNIT_MISMATCH: {
    title: { fi: "Väärä yksikkö", sv: "Fel enhet", en: "Wrong unit" },
    detail: {
      fi: "Palvelun {serviceCode} yksikkö palveluluettelossa on {unit}. Käytä samaa yksikköä.",
      sv: "Tjänstens {serviceCode} enhet i tjänsteförteckningen är {unit}. Använd samma enhet.",
      en: "The catalogue's unit for the service {serviceCode} is {unit}. Use the same unit.",
    },
  },
  HB_DECLINED: {
    title: {
      fi: "Asiakas ei ole henkilökohtaisessa budjetoinnissa",
      sv: "Klienten omfattas inte av personlig budgetering",
      en: "The client is not in personal budgeting",
    },
    detail: {
      fi: "Asiakas on kieltäytynyt henkilökohtaisesta budjetoinnista tai se on päättynyt, joten uutta suunnitelmaa, budjettia tai päätöstä ei voi tehdä.",
      sv: "Klienten har avböjt personlig budgetering eller den har upphört, så ingen ny plan, budget eller beslut kan göras.",
      en: "The client has declined personal budgeting or it has ended, so no new plan, budget or decision can be made.",
    },
  },
  PLAN_SUPERSEDED: {
    title: { fi: "Suunnitelmasta on uudempi versio", sv: "Planen har en nyare version", en: "The plan has a newer version" },
    detail: {
      fi: "Budjetin voi laskea vain palvelusuunnitelman voimassa olevasta versiosta.",
      sv: "En budget kan bara räknas ut från den gällande versionen av serviceplanen.",
      en: "A budget can only be made from the current version of the service plan.",
    },
  },
  DECISION_IN_FORCE: {
    title: { fi: "Budjetista on jo voimassa oleva päätös", sv: "Budgeten har redan ett gällande beslut", en: "The budget already has a decision in force" },
    detail: {
      fi: "Päätä uudesta budjetista tai kumoa voimassa oleva päätös ensin.",
      sv: "Besluta om en ny budget eller upphäv det gällande beslutet först.",
      en: "Decide on a new budget, or revoke the decision in force first.",
    },
  },
  DECISION_NOT_DRAFT: {
    title: { fi: "Päätös on jo annettu", sv: "Beslutet har redan fattats", en: "The decision has already been issued" },
    detail: {
      fi: "Vain luonnoksen voi antaa. Päätöksen tila on nyt {status}.",
      sv: "Bara ett utkast kan fattas. Beslutets status är nu {status}.",
      en: "Only a draft can be issued. The decision is now {status}.",
    },
  },
  DECISION_NOT_IN_FORCE: {
    title: { fi: "Päätös ei ole voimassa", sv: "Beslutet är inte i kraft", en: "The decision is not in force" },
    detail: {
      fi: "Tämän voi tehdä vain voimassa olevalle päätökselle. Päätöksen tila on nyt {status}.",
      sv: "Detta går bara för ett beslut i kraft. Beslutets status är nu {status}.",
      en: "This is only possible for a decision in force. The decision is now {status}.",
    },
  },
};

/** Field-level messages for our own validation codes (zod's own issues use its fi/sv/en locales). */
export const fieldTexts: Record<string, Localized> = {
  NO_CHANGES: {
    fi: "Anna vähintään yksi muutettava tieto.",
    sv: "Ange minst en uppgift som ska ändras.",
    en: "Give at least one field to change.",
  },
  INVALID_PERSONAL_ID: {
    fi: "Henkilötunnus ei ole oikein. Tarkista numerot ja tarkistusmerkki.",
    sv: "Personbeteckningen är felaktig. Kontrollera siffrorna och kontrolltecknet.",
    en: "This is not a valid Finnish personal identity code. Check the digits and the check character.",
  },
  INVALID_BUSINESS_ID: {
    fi: "Y-tunnus ei ole oikein.",
    sv: "FO-numret är felaktigt.",
    en: "This is not a valid Finnish business ID (Y-tunnus).",
  },
  INVALID_IBAN: { fi: "IBAN-tilinumero ei ole oikein.", sv: "IBAN-kontonumret är felaktigt.", en: "This is not a valid IBAN." },
  INVALID_BIC: { fi: "BIC-tunnus ei ole oikein.", sv: "BIC-koden är felaktig.", en: "This is not a valid BIC." },
  INVALID_CREDITOR_REFERENCE: {
    fi: "RF-viite ei ole oikein.",
    sv: "RF-referensen är felaktig.",
    en: "This is not a valid ISO 11649 creditor reference.",
  },
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
};
