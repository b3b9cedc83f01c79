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
      fi: "Lähetä pyynnön runko muodossa {accepted}.",
      sv: "Skicka begärans innehåll som {accepted}.",
      en: "Send the request body as {accepted}.",
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
  PROVIDER_NOT_CHOSEN: {
    title: { fi: "Valitse palveluntuottaja", sv: "Välj serviceproducent", en: "Choose the provider" },
    detail: {
      fi: "Olet usean palveluntuottajan henkilöstöä. Kerro X-HB-Provider-otsakkeessa, minkä palveluntuottajan puolesta toimit.",
      sv: "Du hör till personalen hos flera serviceproducenter. Ange i rubriken X-HB-Provider för vilken serviceproducent du handlar.",
      en: "You are staff of several providers. Name the provider you act for in the X-HB-Provider header.",
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
  SERVICE_UNAVAILABLE: {
    title: { fi: "Palvelu ei ole juuri nyt käytettävissä", sv: "Tjänsten är inte tillgänglig just nu", en: "Service unavailable" },
    detail: {
      fi: "Palvelu on tilapäisesti poissa käytöstä. Yritä hetken kuluttua uudelleen. Tunniste {requestId}.",
      sv: "Tjänsten är tillfälligt otillgänglig. Försök igen om en stund. Kod {requestId}.",
      en: "The service is temporarily unavailable. Try again in a moment. Request id {requestId}.",
    },
  },
  PAYLOAD_TOO_LARGE: {
    title: { fi: "Pyyntö on liian suuri", sv: "Begäran är för stor", en: "Payload too large" },
    detail: {
      fi: "Pyynnön runko voi olla enintään {limit}.",
      sv: "Begärans innehåll får vara högst {limit}.",
      en: "The request body can be at most {limit}.",
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
  SETTINGS_IN_THE_PAST: {
    title: { fi: "Sääntöjä ei voi muuttaa takautuvasti", sv: "Reglerna kan inte ändras retroaktivt", en: "The rules cannot change retroactively" },
    detail: {
      fi: "Uudet säännöt voivat tulla voimaan aikaisintaan tänään ({today}).",
      sv: "De nya reglerna kan träda i kraft tidigast i dag ({today}).",
      en: "New rules can take effect today ({today}) at the earliest.",
    },
  },
  SETTINGS_VERSION_IN_FORCE: {
    title: { fi: "Säännöt ovat jo voimassa", sv: "Reglerna gäller redan", en: "The rules are already in force" },
    detail: {
      fi: "Päivästä {effectiveFrom} alkaen voimassa olevia sääntöjä on voitu jo käyttää. Anna uudet säännöt alkamaan myöhemmästä päivästä.",
      sv: "Reglerna som gäller från {effectiveFrom} kan redan ha använts. Låt de nya reglerna gälla från en senare dag.",
      en: "The rules in force from {effectiveFrom} may already have been applied. Let the new rules take effect from a later day.",
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
  APPLICATION_ALREADY_DECIDED: {
    title: { fi: "Hakemus on jo ratkaistu", sv: "Ansökan är redan avgjord", en: "The application has already been decided" },
    detail: {
      fi: "Hakemukseen on jo tehty ratkaisu ({status}). Palveluntuottaja voi jättää uuden hakemuksen milloin tahansa.",
      sv: "Ansökan har redan avgjorts ({status}). Serviceproducenten kan lämna en ny ansökan när som helst.",
      en: "The application has already been decided ({status}). The provider can send a new application at any time.",
    },
  },
  APPLICATION_NOT_AWAITING_REPLY: {
    title: { fi: "Hakemus ei odota vastausta", sv: "Ansökan väntar inte på svar", en: "The application is not awaiting a reply" },
    detail: {
      fi: "Hakemukseen voi vastata vain, kun siitä on pyydetty lisätietoja. Tila on nyt {status}.",
      sv: "Ansökan kan besvaras bara när tilläggsuppgifter har begärts. Status är nu {status}.",
      en: "An application can be answered only when more information has been asked for. It is now {status}.",
    },
  },
  SERVICE_NOT_IN_BUNDLES: {
    title: { fi: "Palvelu ei kuulu haettuihin palvelukokonaisuuksiin", sv: "Tjänsten hör inte till de sökta tjänstehelheterna", en: "The service is outside the bundles" },
    detail: {
      fi: "Palvelu {service} ei kuulu mihinkään palveluntuottajan palvelukokonaisuuteen, joten sille ei voi antaa hintaa.",
      sv: "Tjänsten {service} hör inte till någon av serviceproducentens tjänstehelheter, så den kan inte prissättas.",
      en: "The service {service} belongs to none of the provider's service bundles, so it cannot be priced.",
    },
  },
  PROVIDER_NOT_AVAILABLE: {
    title: { fi: "Palveluntuottajaa ei voi valita", sv: "Serviceproducenten kan inte väljas", en: "The provider cannot be chosen" },
    detail: {
      fi: "Palveluntuottaja ei ole hyväksytty tai se ei tarjoa tätä palvelua. Valitse tuottaja palvelun tuottajalistalta.",
      sv: "Serviceproducenten är inte godkänd eller erbjuder inte denna tjänst. Välj en producent ur tjänstens producentlista.",
      en: "The provider is not approved or does not offer this service. Choose one from the service's list of providers.",
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
  EVENT_NOT_SETTLED: {
    title: { fi: "Tapahtumaa ei ole vielä tilitetty", sv: "Händelsen är inte redovisad ännu", en: "The event is not settled yet" },
    detail: {
      fi: "Hyvityksen voi antaa vain tilitetystä tai maksetusta tapahtumasta. Sitä ennen palveluntuottaja korjaa tai poistaa tapahtuman itse. Tila on nyt {status}.",
      sv: "En kreditering kan bara ges för en redovisad eller betald händelse. Innan dess rättar eller raderar serviceproducenten händelsen själv. Status är nu {status}.",
      en: "A credit can only be given for a settled or paid event; before that the provider corrects or deletes the event itself. It is now {status}.",
    },
  },
  CREDIT_EXCEEDS_EVENT: {
    title: { fi: "Hyvitys on liian suuri", sv: "Krediteringen är för stor", en: "The credit is too large" },
    detail: {
      fi: "Tapahtumasta voi hyvittää enää {remainingCents} senttiä.",
      sv: "Av händelsen kan ännu högst {remainingCents} cent krediteras.",
      en: "At most {remainingCents} cents of this event can still be credited.",
    },
  },
  MONTH_NOT_ENDED: {
    title: { fi: "Kuukausi ei ole päättynyt", sv: "Månaden har inte tagit slut", en: "The month has not ended" },
    detail: {
      fi: "Kuukauden {month} tilityksen voi tehdä vasta kuukauden päätyttyä.",
      sv: "Redovisningen för månaden {month} kan göras först när månaden har tagit slut.",
      en: "The settlement of {month} can be run once the month has ended.",
    },
  },
  RUN_NOT_CLOSED: {
    title: { fi: "Tilitysajo on kesken", sv: "Redovisningen pågår", en: "The settlement run is not closed" },
    detail: {
      fi: "Tilitysajon voi merkitä maksetuksi tai täsmäyttää vasta, kun se on suljettu ja maksuaineisto on muodostettu. Tila on nyt {state}: seuraa etenemistä ajon tiedoista.",
      sv: "Redovisningen kan markeras som betald eller stämmas av först när den är stängd och betalningsfilen finns. Status är nu {state}: följ förloppet i körningens uppgifter.",
      en: "The run can be marked paid or reconciled once it is closed and its payment file exists. It is now {state}: follow its progress on the run.",
    },
  },
  BANK_MESSAGE_INVALID: {
    title: { fi: "Pankin sanomaa ei voitu lukea", sv: "Bankens meddelande kunde inte läsas", en: "The bank's message could not be read" },
    detail: {
      fi: "Lähetä pankin camt.054-, camt.053- tai pain.002-sanoma XML-muodossa sellaisenaan. ({reason})",
      sv: "Skicka bankens camt.054-, camt.053- eller pain.002-meddelande som XML, oförändrat. ({reason})",
      en: "Send the bank's camt.054, camt.053 or pain.002 message as XML, unchanged. ({reason})",
    },
  },
  BANK_MESSAGE_OTHER_FILE: {
    title: { fi: "Sanoma koskee toista maksuaineistoa", sv: "Meddelandet gäller en annan betalningsfil", en: "The message is about another payment file" },
    detail: {
      fi: "Pankin tilaraportti koskee maksuaineistoa {messageId}, ei tämän tilitysajon aineistoa.",
      sv: "Bankens statusrapport gäller betalningsfilen {messageId}, inte den här körningens fil.",
      en: "The bank's status report is about payment file {messageId}, not this run's file.",
    },
  },
  IDEMPOTENCY_KEY_REUSED: {
    title: { fi: "Tunniste on jo käytetty", sv: "Nyckeln är redan använd", en: "Idempotency key already used" },
    detail: {
      fi: "Idempotency-Key-tunnisteella lähetettiin aiemmin eri pyyntö. Käytä uutta tunnistetta.",
      sv: "En annan begäran skickades tidigare med samma Idempotency-Key. Använd en ny nyckel.",
      en: "A different request was sent earlier with this Idempotency-Key. Use a new key.",
    },
  },
  IDEMPOTENCY_IN_PROGRESS: {
    title: { fi: "Pyyntö on vielä käsittelyssä", sv: "Begäran behandlas ännu", en: "Request still in progress" },
    detail: {
      fi: "Sama pyyntö on vielä kesken. Yritä hetken kuluttua uudelleen samalla tunnisteella.",
      sv: "Samma begäran pågår ännu. Försök igen om en stund med samma nyckel.",
      en: "The same request is still being processed. Try again shortly with the same key.",
    },
  },
  NO_CURRENT_PLAN: {
    title: { fi: "Asiakkaalla ei ole voimassa olevaa palvelusuunnitelmaa", sv: "Klienten har ingen gällande serviceplan", en: "The client has no current service plan" },
    detail: {
      fi: "Seuranta kirjataan palvelusuunnitelman seurantasopimusta vasten. Tee asiakkaalle ensin palvelusuunnitelma.",
      sv: "Uppföljningen registreras mot serviceplanens uppföljningsavtal. Gör först en serviceplan för klienten.",
      en: "A follow-up is recorded against the follow-up agreement of the service plan. Make a service plan for the client first.",
    },
  },
  LAST_MEMBER: {
    title: { fi: "Viimeinen henkilö", sv: "Den sista personen", en: "The last member" },
    detail: {
      fi: "Palveluntuottajalla on oltava vähintään yksi henkilö. Kutsu ensin toinen henkilö tai pyydä alueen pääkäyttäjää poistamaan.",
      sv: "Serviceproducenten måste ha minst en person. Bjud först in en annan person eller be områdets huvudanvändare att ta bort.",
      en: "A provider must keep at least one member. Invite someone else first, or ask the area's admin to remove them.",
    },
  },
  PROVIDER_ALREADY_REGISTERED: {
    title: { fi: "Palveluntuottaja on jo hyväksytty", sv: "Serviceproducenten är redan godkänd", en: "The provider is already approved" },
    detail: {
      fi: "Y-tunnuksella {businessId} on jo hyväksytty palveluntuottaja. Hakemus ei voi muuttaa sen tietoja: vain sen omat työntekijät voivat hakea lisää palvelukokonaisuuksia, ja uudet työntekijät liittyvät sen jäsenen tai alueen pääkäyttäjän kutsusta.",
      sv: "Det finns redan en godkänd serviceproducent med FO-numret {businessId}. En ansökan kan inte ändra dess uppgifter: bara dess egna anställda kan ansöka om fler tjänstehelheter, och nya anställda ansluter på inbjudan av en medlem eller områdets huvudanvändare.",
      en: "A provider with the business ID {businessId} is already approved. An application cannot change it: only its own staff can apply for more bundles, and new staff join by invitation of a member or the area's admin.",
    },
  },
  BANK_ACCOUNT_CHANGE_REQUIRED: {
    title: { fi: "Tilinumero vaihdetaan muutospyynnöllä", sv: "Kontonumret ändras med en ändringsbegäran", en: "The bank account changes by a change request" },
    detail: {
      fi: "Hakemus ei vaihda palveluntuottajan tilinumeroa. Hae voimassa olevalla tilinumerolla ja pyydä tilinumeron muutosta erikseen (bank-account-changes); talouspalvelut vahvistavat sen.",
      sv: "En ansökan ändrar inte serviceproducentens kontonummer. Ansök med det gällande kontonumret och begär ändringen separat (bank-account-changes); ekonomiförvaltningen bekräftar den.",
      en: "An application does not change the provider's bank account. Apply with the account in force and request the change separately (bank-account-changes); finance confirms it.",
    },
  },
  BANK_ACCOUNT_CHANGE_PENDING: {
    title: { fi: "Tilinumeron muutos odottaa jo vahvistusta", sv: "En ändring av kontonumret väntar redan", en: "A bank account change is already pending" },
    detail: {
      fi: "Palveluntuottajalla on jo vahvistusta odottava tilinumeron muutos. Uuden voi pyytää, kun talouspalvelut ovat ratkaisseet sen.",
      sv: "Serviceproducenten har redan en ändring av kontonumret som väntar på bekräftelse. En ny kan begäras när ekonomiförvaltningen har avgjort den.",
      en: "The provider already has a bank account change waiting for confirmation. A new one can be requested once finance has decided it.",
    },
  },
  BANK_ACCOUNT_CHANGE_ALREADY_DECIDED: {
    title: { fi: "Muutos on jo ratkaistu", sv: "Ändringen är redan avgjord", en: "The change has already been decided" },
    detail: {
      fi: "Tilinumeron muutos on jo ratkaistu ({status}).",
      sv: "Ändringen av kontonumret har redan avgjorts ({status}).",
      en: "The bank account change has already been decided ({status}).",
    },
  },
  FOUR_EYES_REQUIRED: {
    title: { fi: "Toisen henkilön on vahvistettava", sv: "En annan person måste bekräfta", en: "Someone else must decide" },
    detail: {
      fi: "Tilinumeron muutoksen ratkaisee talouspalvelujen työntekijä, joka ei ole pyytänyt sitä eikä työskentele palveluntuottajalle.",
      sv: "Ändringen av kontonumret avgörs av en anställd inom ekonomiförvaltningen som inte har begärt den och inte arbetar för serviceproducenten.",
      en: "A bank account change is decided by a finance user who neither requested it nor works for the provider.",
    },
  },
  PROVIDER_NOT_APPROVED: {
    title: { fi: "Palveluntuottaja ei ole hyväksytty palvelulle", sv: "Serviceproducenten är inte godkänd för tjänsten", en: "The provider is not approved for the service" },
    detail: {
      fi: "Maksusitoumuksen palveluntuottajan on oltava hyväksytty palveluntuottaja palvelun palvelukokonaisuudessa. Tarkista merkityt rivit.",
      sv: "Serviceproducenten i en betalningsförbindelse ska vara godkänd för tjänstens tjänstehelhet. Kontrollera de markerade raderna.",
      en: "The provider of a payment commitment must be approved for a bundle of the line's service. Check the lines listed in errors.",
    },
  },
  PROVIDER_SUSPENDED: {
    title: { fi: "Palveluntuottajan toiminta on keskeytetty", sv: "Serviceproducentens verksamhet har avbrutits", en: "The provider is suspended" },
    detail: {
      fi: "Hyvinvointialue on keskeyttänyt palveluntuottajan: sitä ei voi valita, se ei voi hyväksyä uusia asiakkaita eikä kirjata keskeytyspäivänä tai sen jälkeen annettua palvelua.",
      sv: "Välfärdsområdet har avbrutit serviceproducenten: den kan inte väljas, inte ta emot nya klienter och inte registrera tjänster från och med avbrottsdagen.",
      en: "The area has suspended the provider: it cannot be chosen, take on new clients or record deliveries dated on or after the suspension's first day.",
    },
  },
  PROVIDER_TERMINATED: {
    title: { fi: "Palveluntuottajan sopimus on päättynyt", sv: "Serviceproducentens avtal har upphört", en: "The provider is terminated" },
    detail: {
      fi: "Hyvinvointialue on lopettanut palveluntuottajan hyväksynnän pysyvästi: sitä ei voi valita, sen tilaa ei voi enää muuttaa eikä se voi kirjata päättymispäivänä tai sen jälkeen annettua palvelua.",
      sv: "Välfärdsområdet har avslutat serviceproducentens godkännande för gott: den kan inte väljas, dess status kan inte längre ändras och den kan inte registrera tjänster från och med slutdagen.",
      en: "The area has ended the provider's approval for good: it cannot be chosen, its status cannot change any more and it cannot record deliveries dated on or after the end.",
    },
  },
  COMMITMENT_PROVIDER_NOT_APPROVED: {
    title: { fi: "Maksusitoumuksen palveluntuottaja ei ole enää hyväksytty", sv: "Betalningsförbindelsens serviceproducent är inte längre godkänd", en: "A commitment's provider is no longer approved" },
    detail: {
      fi: "Rivin {lineId} maksusitoumuksen palveluntuottaja ei ole enää hyväksytty palvelulle. Tee uusi päätösluonnos toisella palveluntuottajalla.",
      sv: "Serviceproducenten för betalningsförbindelsen på rad {lineId} är inte längre godkänd för tjänsten. Gör ett nytt beslutsutkast med en annan producent.",
      en: "The provider of the payment commitment on line {lineId} is no longer approved for the service. Draft the decision again with another provider.",
    },
  },
  DECISION_SUPERSEDED: {
    title: { fi: "Toinen päätös tuli jo voimaan", sv: "Ett annat beslut har redan trätt i kraft", en: "Another decision took over first" },
    detail: {
      fi: "Asiakkaan voimassa oleva päätös muuttui samaan aikaan toisella päätöksellä. Tarkista asiakkaan päätökset ja tee luonnos tarvittaessa uudelleen.",
      sv: "Klientens gällande beslut ersattes samtidigt av ett annat beslut. Kontrollera klientens beslut och gör vid behov ett nytt utkast.",
      en: "The client's decision in force was superseded by another decision at the same time. Check the client's decisions and draft again if needed.",
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
  GRANT_BELOW_DELIVERED: {
    title: { fi: "Uusi päätös ei kata jo kirjattuja palveluja", sv: "Det nya beslutet täcker inte redan registrerade tjänster", en: "The new decision does not cover deliveries already recorded" },
    detail: {
      fi: "Palvelua {serviceCode} on kirjattu {effectiveFrom} alkaen {deliveredCents} senttiä, mutta uusi päätös myöntää siihen {grantedCents} senttiä. Valitse myöhempi voimaantulopäivä tai myönnä vähintään jo käytetty määrä.",
      sv: "För tjänsten {serviceCode} har {deliveredCents} cent registrerats från {effectiveFrom}, men det nya beslutet beviljar {grantedCents} cent. Välj ett senare ikraftträdandedatum eller bevilja minst det som redan använts.",
      en: "Deliveries of {serviceCode} from {effectiveFrom} on come to {deliveredCents} cents, but the new decision grants {grantedCents} cents for them. Choose a later effective date or grant at least what is already used.",
    },
  },
  REVOKE_SUPERSEDING: {
    title: { fi: "Korvaavaa päätöstä ei voi perua", sv: "Ett ersättande beslut kan inte återkallas", en: "A superseding decision cannot be revoked" },
    detail: {
      fi: "Tämä päätös korvasi aiemman päätöksen, joka on päättynyt. Jos päätös on virheellinen, tee korjattu päätös uudesta palvelusuunnitelman versiosta samasta voimaantulopäivästä: se korvaa tämän, eikä yksikään päivä jää ilman rahoitusta.",
      sv: "Detta beslut ersatte ett tidigare beslut som har upphört. Om beslutet är fel, fatta ett rättat beslut på en ny version av serviceplanen från samma ikraftträdandedag: det ersätter detta, och ingen dag blir utan finansiering.",
      en: "This decision superseded an earlier one, which has ended. If it is wrong, issue a corrected decision on a new service-plan version from the same effective date: it supersedes this one and no day is left unfunded.",
    },
  },
  APPEAL_DECIDED: {
    title: { fi: "Muutoksenhaku on jo ratkaistu", sv: "Begäran om omprövning är redan avgjord", en: "The appeal is already decided" },
    detail: {
      fi: "Tälle muutoksenhaulle on jo kirjattu ratkaisu ({outcome}). Uusi muutoksenhaku kirjataan erikseen.",
      sv: "Ett avgörande ({outcome}) är redan registrerat för denna begäran om omprövning. En ny begäran registreras separat.",
      en: "An outcome ({outcome}) is already recorded for this appeal. A new appeal is recorded separately.",
    },
  },
  DELIVERIES_AFTER_END: {
    title: { fi: "Päättymispäivän jälkeen on jo kirjattu palvelua", sv: "Tjänster har redan registrerats efter slutdagen", en: "Deliveries are already recorded after the end date" },
    detail: {
      fi: "Maksusitoumukselle tai palvelusetelille {instrumentNumber} on kirjattu palvelua {lastDate}, eli päättymispäivän {endsOn} jälkeen. Valitse myöhempi päättymispäivä tai pyydä palveluntuottajaa korjaamaan kirjaus.",
      sv: "På betalningsförbindelsen eller servicesedeln {instrumentNumber} finns en tjänst registrerad {lastDate}, efter slutdagen {endsOn}. Välj en senare slutdag eller be serviceproducenten rätta registreringen.",
      en: "A delivery dated {lastDate} is recorded on {instrumentNumber}, after the end date {endsOn}. Choose a later end date, or ask the provider to correct the entry.",
    },
  },
  SUPERSEDE_TOO_LARGE: {
    title: { fi: "Liian monta muutosta yhdellä kertaa", sv: "För många ändringar på en gång", en: "Too many changes at once" },
    detail: {
      fi: "Päätöksen voimaantulo muuttaisi {items} tietoa yhdellä kertaa, enintään 100 on mahdollista. Jaa palvelut useampaan päätökseen.",
      sv: "Beslutet skulle ändra {items} uppgifter på en gång, högst 100 är möjligt. Dela upp tjänsterna på flera beslut.",
      en: "Issuing the decision would change {items} items at once; at most 100 are possible. Split the services over several decisions.",
    },
  },  BATCH_TOO_LARGE: {
    title: { fi: "Liian monta riviä yhdessä pyynnössä", sv: "För många rader i en begäran", en: "Too many rows in one request" },
    detail: {
      fi: "Pyynnössä on {rows} palvelukirjausta, yhdessä pyynnössä voi olla enintään {max}. Jaa tiedosto enintään {max} rivin osiin, kukin otsikkorivin kanssa, ja lähetä osat erikseen.",
      sv: "Begäran har {rows} tjänsteregistreringar, en begäran kan ha högst {max}. Dela filen i delar om högst {max} rader, var och en med rubrikraden, och skicka delarna var för sig.",
      en: "The request has {rows} service events; one request takes at most {max}. Split the file into parts of at most {max} rows, each with the header row, and send each part on its own.",
    },
  },
  MALFORMED_CSV: {
    title: { fi: "CSV-tiedostoa ei voitu lukea", sv: "CSV-filen kunde inte läsas", en: "The CSV file could not be read" },
    detail: {
      fi: "Tiedoston riviä {line} ei voitu lukea, joten yhtään riviä ei käsitelty. Korjaa rivi (errors kertoo vian) ja lähetä tiedosto uudelleen.",
      sv: "Rad {line} i filen kunde inte läsas, så ingen rad behandlades. Rätta raden (errors anger felet) och skicka filen igen.",
      en: "Line {line} of the file could not be read, so no row was processed. Correct the line (errors tells what is wrong) and send the file again.",
    },
  },
  WEBHOOK_URL_REFUSED: {
    title: { fi: "Webhookin osoitetta ei hyväksytä", sv: "Webhookens adress godtas inte", en: "The webhook URL is not accepted" },
    detail: {
      fi: "Webhookin osoitteen on oltava https-osoite julkisessa verkossa ilman käyttäjätunnusta tai salasanaa. Katso errors-kohdan syy.",
      sv: "Webhookens adress ska vara en https-adress i ett offentligt nät utan användarnamn eller lösenord. Se orsaken i errors.",
      en: "The webhook URL must be an https URL on a public network, without a user name or password. See the reason in errors.",
    },
  },
};

/** Field-level messages for our own validation codes (zod's own issues use its fi/sv/en locales). */
export const fieldTexts = {
  MONTH: {
    fi: "Anna kuukausi muodossa VVVV-KK, esimerkiksi 2027-01.",
    sv: "Ange månaden som ÅÅÅÅ-MM, till exempel 2027-01.",
    en: "Give the month as YYYY-MM, for example 2027-01.",
  },
  SETTLEMENT_RUN_ID: {
    fi: "Maksuajon tunnus on muotoa SR-VVVV-KK, esimerkiksi SR-2027-01.",
    sv: "Utbetalningskörningens id har formen SR-ÅÅÅÅ-MM, till exempel SR-2027-01.",
    en: "A settlement run id has the form SR-YYYY-MM, for example SR-2027-01.",
  },
  STATISTICS_RANGE_REVERSED: {
    fi: "Loppukuukausi (to) ei voi olla ennen alkukuukautta (from).",
    sv: "Slutmånaden (to) kan inte ligga före startmånaden (from).",
    en: "The last month (to) cannot be before the first month (from).",
  },
  STATISTICS_RANGE_TOO_LONG: {
    fi: "Yhdellä haulla saa enintään 36 kuukautta. Hae pidempi jakso osissa.",
    sv: "En hämtning får omfatta högst 36 månader. Hämta en längre period i delar.",
    en: "One request covers at most 36 months. Fetch a longer period in parts.",
  },
  WEBHOOK_URL_INVALID: { fi: "Tämä ei ole URL-osoite.", sv: "Detta är inte en URL.", en: "This is not a URL." },
  WEBHOOK_URL_NOT_HTTPS: { fi: "Osoitteen on alettava https://.", sv: "Adressen ska börja med https://.", en: "The URL must start with https://." },
  WEBHOOK_URL_CREDENTIALS: {
    fi: "Osoitteessa ei saa olla käyttäjätunnusta eikä salasanaa; vastaanottaja tunnistaa HB:n allekirjoituksesta.",
    sv: "Adressen får inte innehålla användarnamn eller lösenord; mottagaren känner igen HB på signaturen.",
    en: "The URL may not carry a user name or password; the receiver recognises HB by the signature.",
  },
  WEBHOOK_URL_PRIVATE_HOST: {
    fi: "Osoite ei saa olla localhost eikä yksityisen, paikallisen tai link-local-verkon IP-osoite.",
    sv: "Adressen får inte vara localhost eller en IP-adress i ett privat, lokalt eller link-local-nät.",
    en: "The URL may not be localhost or an IP address of a private, loopback or link-local network.",
  },
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
  REQUIRED: { fi: "Tieto puuttuu.", sv: "Uppgiften saknas.", en: "This is required." },
  ONE_CLIENT_FILTER: { fi: "Anna joko personalId tai assignedTo.", sv: "Ange antingen personalId eller assignedTo.", en: "Give either personalId or assignedTo." },
  ONE_FILTER: { fi: "Anna joko instrumentId tai providerId.", sv: "Ange antingen instrumentId eller providerId.", en: "Give either instrumentId or providerId." },
  TIMING_CONFLICT: {
    fi: "Anna joko alku- ja loppuaika tai päivä ja määrä.",
    sv: "Ange antingen start- och sluttid eller dag och mängd.",
    en: "Give either start and end, or date and quantity.",
  },
  END_BEFORE_START: { fi: "Loppuajan on oltava alkuajan jälkeen.", sv: "Sluttiden ska vara efter starttiden.", en: "The end must be after the start." },
  TOO_LONG: { fi: "Yksi kirjaus voi kestää enintään 24 tuntia.", sv: "En registrering kan vara högst 24 timmar.", en: "One entry can last at most 24 hours." },
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
  IBAN_NOT_SEPA: {
    fi: "Tili ei ole SEPA-maassa. Alue maksaa vain SEPA-maiden tileille.",
    sv: "Kontot finns inte i ett SEPA-land. Området betalar bara till konton i SEPA-länder.",
    en: "The account is not in a SEPA country. The area pays only to accounts in SEPA countries.",
  },
  BIC_REQUIRED: {
    fi: "Anna pankin BIC-tunnus: tili on EU- ja ETA-alueen ulkopuolisessa SEPA-maassa.",
    sv: "Ange bankens BIC-kod: kontot finns i ett SEPA-land utanför EU och EES.",
    en: "Give the bank's BIC: the account is in a SEPA country outside the EU and EEA.",
  },
  BIC_COUNTRY_MISMATCH: {
    fi: "BIC-tunnus on eri maasta kuin IBAN-tilinumero.",
    sv: "BIC-koden är från ett annat land än IBAN-kontonumret.",
    en: "The BIC is of another country than the IBAN.",
  },
  NAME_NOT_LATIN: {
    fi: "Kirjoita nimi latinalaisin kirjaimin, kuten se on kaupparekisterissä.",
    sv: "Skriv namnet med latinska bokstäver, så som det står i handelsregistret.",
    en: "Write the name in Latin letters, as it is in the trade register.",
  },
  NAME_NOT_WRITABLE: {
    fi: "Nimessä ei ole kirjaimia tai numeroita, joita maksu voi välittää.",
    sv: "Namnet har inga bokstäver eller siffror som en betalning kan förmedla.",
    en: "The name has no letters or digits that a payment can carry.",
  },
  CONTROL_CHARACTER: {
    fi: "Tekstissä on ohjausmerkki (esimerkiksi NUL, BEL tai ESC). Poista se; sarkain ja rivinvaihto käyvät.",
    sv: "Texten innehåller ett styrtecken (till exempel NUL, BEL eller ESC). Ta bort det; tabb och radbrytning går bra.",
    en: "The text contains a control character (such as NUL, BEL or ESC). Remove it; tab and line feed are fine.",
  },
  INVALID_UNICODE: {
    fi: "Tekstissä on rikkinäinen merkki (yksinäinen UTF-16-puolisko tai merkki, jota ei käytetä tekstissä). Kirjoita tai liitä teksti uudelleen.",
    sv: "Texten innehåller ett trasigt tecken (ett ensamt UTF-16-surrogat eller ett tecken som inte används i text). Skriv eller klistra in texten på nytt.",
    en: "The text contains a broken character (a lone UTF-16 surrogate or a noncharacter). Type or paste the text again.",
  },
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
  CSV_NO_HEADER: {
    fi: "Tiedosto on tyhjä. Ensimmäisellä rivillä on sarakkeiden nimet, esimerkiksi instrumentId;externalId;date;quantity.",
    sv: "Filen är tom. Första raden anger kolumnernas namn, till exempel instrumentId;externalId;date;quantity.",
    en: "The file is empty. Its first line names the columns, e.g. instrumentId;externalId;date;quantity.",
  },
  CSV_NO_ROWS: {
    fi: "Tiedostossa on otsikkorivi mutta ei yhtään palvelukirjausta.",
    sv: "Filen har en rubrikrad men inga tjänsteregistreringar.",
    en: "The file has a header row but no service events.",
  },
  CSV_MISSING_COLUMN: {
    fi: "Otsikkorivillä ei ole saraketta {column}. Ensimmäisellä rivillä on sarakkeiden nimet: {columns}.",
    sv: "Rubrikraden saknar kolumnen {column}. Första raden anger kolumnernas namn: {columns}.",
    en: "The header row has no column {column}. The first line names the columns: {columns}.",
  },
  CSV_UNKNOWN_COLUMN: {
    fi: "Tuntematon sarake {column}. Sarakkeet voivat olla: {columns}.",
    sv: "Okänd kolumn {column}. Kolumnerna kan vara: {columns}.",
    en: "Unknown column {column}. The columns can be: {columns}.",
  },
  CSV_DUPLICATE_COLUMN: {
    fi: "Sarake {column} on otsikkorivillä kahdesti.",
    sv: "Kolumnen {column} finns två gånger på rubrikraden.",
    en: "The column {column} is twice in the header row.",
  },
  CSV_FIELD_COUNT: {
    fi: "Rivillä on {found} kenttää, otsikkorivillä {expected}.",
    sv: "Raden har {found} fält, rubrikraden {expected}.",
    en: "The line has {found} fields; the header row has {expected}.",
  },
  CSV_QUOTE_NOT_CLOSED: {
    fi: "Lainausmerkillä alkava kenttä ei pääty lainausmerkkiin ennen tiedoston loppua.",
    sv: "Ett fält som börjar med citattecken avslutas inte med citattecken före filens slut.",
    en: "A field that opens with a quote is not closed by a quote before the file ends.",
  },
  CSV_INVALID_QUOTE: {
    fi: "Kentässä on lainausmerkki väärässä kohdassa. Lainausmerkin sisältävä kenttä kirjoitetaan lainausmerkkeihin ja sen lainausmerkit kahdennetaan (\"\").",
    sv: "Ett fält har ett citattecken på fel ställe. Ett fält med citattecken skrivs inom citattecken och dess citattecken dubbleras (\"\").",
    en: "A field has a quote in the wrong place. A field with a quote in it is written in quotes, its quotes doubled (\"\").",
  },
  CSV_NOT_UTF8: {
    fi: "Tiedosto ei ole UTF-8-muodossa. Tallenna se muodossa CSV UTF-8.",
    sv: "Filen är inte i UTF-8-format. Spara den som CSV UTF-8.",
    en: "The file is not UTF-8. Save it as CSV UTF-8.",
  },
  CSV_UNREADABLE: {
    fi: "Riviä ei voitu lukea CSV-muodossa.",
    sv: "Raden kunde inte läsas som CSV.",
    en: "The line could not be read as CSV.",
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
  NOTIFICATIONS_CLIENT_REQUIRED: {
    fi: "Kerro, kenen asiakkaan ilmoitukset haetaan (clientId).",
    sv: "Ange vilken klients meddelanden som ska hämtas (clientId).",
    en: "Name the client whose notifications to read (clientId).",
  },
  IDEMPOTENCY_KEY_FORMAT: {
    fi: "Idempotency-Key on 1–200 merkkiä: kirjaimia, numeroita, '-', '_', '.' tai ':'.",
    sv: "Idempotency-Key är 1–200 tecken: bokstäver, siffror, '-', '_', '.' eller ':'.",
    en: "Idempotency-Key is 1–200 letters, digits, '-', '_', '.' or ':'.",
  },
  IF_MATCH_FORMAT: {
    fi: "Anna If-Match-otsakkeessa asiakastiedon ETag, esimerkiksi \"3\".",
    sv: "Ange klientuppgifternas ETag i If-Match, till exempel \"3\".",
    en: "Give the client's ETag in If-Match, for example \"3\".",
  },
} satisfies Record<string, Localized>;

/** A code of a field error the domain raises (FieldProblem). */
export type FieldCode = keyof typeof fieldTexts;
