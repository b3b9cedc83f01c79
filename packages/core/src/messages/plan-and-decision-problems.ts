import type { ProblemCode } from "../errors";
import type { ProblemText } from "../messages";

/** Problems with a client's plan, budget and decisions, and the area's catalogue and settings. */
export const planAndDecisionProblems = {
  DUPLICATE_CLIENT: {
    title: { fi: "Asiakas on jo olemassa", sv: "Klienten finns redan", en: "Client already exists" },
    detail: {
      fi: "Samalla henkilötunnuksella on jo asiakas. Hae asiakas henkilötunnuksella.",
      sv: "Det finns redan en klient med samma personbeteckning. Sök klienten med personbeteckningen.",
      en: "A client with this personal identity code already exists. Look the client up by the code.",
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
  NO_CURRENT_PLAN: {
    title: { fi: "Asiakkaalla ei ole voimassa olevaa palvelusuunnitelmaa", sv: "Klienten har ingen gällande serviceplan", en: "The client has no current service plan" },
    detail: {
      fi: "Seuranta kirjataan palvelusuunnitelman seurantasopimusta vasten. Tee asiakkaalle ensin palvelusuunnitelma.",
      sv: "Uppföljningen registreras mot serviceplanens uppföljningsavtal. Gör först en serviceplan för klienten.",
      en: "A follow-up is recorded against the follow-up agreement of the service plan. Make a service plan for the client first.",
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
  },
} satisfies Partial<Record<ProblemCode, ProblemText>>;
