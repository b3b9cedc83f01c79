import type { ProblemCode } from "../errors";
import type { ProblemText } from "../messages";

/** Problems with providers: applications, members, bank accounts, status, webhooks. */
export const providerProblems = {
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
  WEBHOOK_URL_REFUSED: {
    title: { fi: "Webhookin osoitetta ei hyväksytä", sv: "Webhookens adress godtas inte", en: "The webhook URL is not accepted" },
    detail: {
      fi: "Webhookin osoitteen on oltava https-osoite julkisessa verkossa ilman käyttäjätunnusta tai salasanaa. Katso errors-kohdan syy.",
      sv: "Webhookens adress ska vara en https-adress i ett offentligt nät utan användarnamn eller lösenord. Se orsaken i errors.",
      en: "The webhook URL must be an https URL on a public network, without a user name or password. See the reason in errors.",
    },
  },
} satisfies Partial<Record<ProblemCode, ProblemText>>;
