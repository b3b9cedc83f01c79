import type { Language } from "../../language";

export interface AppealInstructions {
  heading: string;
  paragraphs: string[];
}

// Hallintolaki (434/2003) 7 a luku; receipt rules from hallintolaki 59 § and laki sähköisestä asioinnista
// viranomaistoiminnassa 19 §; deadline shifting from laki säädettyjen määräaikain laskemisesta (150/1930).
// The designated review body is not in the decision data, so it is described, not named (see report).
const instructions: Record<Language, AppealInstructions> = {
  fi: {
    heading: "Oikaisuvaatimusohje",
    paragraphs: [
      "Tähän päätökseen saa hakea oikaisua kirjallisella oikaisuvaatimuksella. Päätöksestä ei saa valittaa suoraan tuomioistuimeen.",
      "Oikaisuvaatimuksen saa tehdä se, jota päätös koskee, tai hänen laillinen edustajansa tai asiamiehensä. Oikaisuvaatimus tehdään sille hyvinvointialueen toimielimelle, jonka hyvinvointialue on määrännyt käsittelemään oikaisuvaatimukset. Oikaisuvaatimuksen voi toimittaa hyvinvointialueen kirjaamoon.",
      "Oikaisuvaatimus on tehtävä 30 päivän kuluessa siitä, kun päätös on saatu tiedoksi. Tiedoksisaantipäivää ei lasketa määräaikaan. Jos määräajan viimeinen päivä on lauantai, sunnuntai tai muu pyhäpäivä, itsenäisyyspäivä, vapunpäivä, jouluaatto tai juhannusaatto, määräaika jatkuu seuraavaan arkipäivään. Oikaisuvaatimuksen on oltava perillä viimeistään määräajan viimeisenä päivänä ennen virka-ajan päättymistä.",
      "Jos päätös on lähetetty postitse, sen katsotaan tulleen tiedoksi seitsemäntenä päivänä lähettämisestä, ellei muuta näytetä. Jos päätös on lähetetty sähköisesti, sen katsotaan tulleen tiedoksi kolmantena päivänä lähettämisestä, ellei muuta näytetä.",
      "Oikaisuvaatimuksessa on ilmoitettava päätös, johon oikaisua haetaan (esimerkiksi päätösnumero), millaista muutosta päätökseen vaaditaan ja millä perusteilla sekä oikaisuvaatimuksen tekijän nimi ja yhteystiedot. Jos oikaisuvaatimuksen tekee asiamies, myös hänen nimensä ja yhteystietonsa on ilmoitettava.",
      "Oikaisuvaatimuksen tekeminen on maksutonta.",
      "Päätös voidaan panna täytäntöön oikaisuvaatimuksesta huolimatta. Myönnetyt palvelut ovat siis käytettävissä myös sinä aikana, kun oikaisuvaatimusta käsitellään.",
      "Oikaisuvaatimukseen annettuun päätökseen saa hakea muutosta valittamalla hallinto-oikeuteen. Valitusosoitus annetaan sen päätöksen mukana.",
      "Neuvoa oikaisuvaatimuksen tekemiseen saa päätöksen tehneeltä työntekijältä ja hyvinvointialueen sosiaaliasiavastaavalta.",
    ],
  },
  sv: {
    heading: "Anvisning om begäran om omprövning",
    paragraphs: [
      "Omprövning av detta beslut får begäras skriftligen. Ändring i beslutet får inte sökas genom besvär direkt hos domstol.",
      "Omprövning får begäras av den som beslutet gäller eller av hans eller hennes lagliga företrädare eller ombud. Begäran om omprövning riktas till det organ inom välfärdsområdet som välfärdsområdet har utsett att behandla begäranden om omprövning. Begäran kan lämnas in till välfärdsområdets registratorskontor.",
      "Begäran om omprövning ska göras inom 30 dagar från delfåendet av beslutet. Dagen för delfåendet räknas inte in i tidsfristen. Om den sista dagen av tidsfristen är en lördag, söndag eller annan helgdag, självständighetsdagen, första maj, julafton eller midsommarafton, fortsätter tidsfristen till följande vardag. Begäran ska ha kommit in senast den sista dagen av tidsfristen före tjänstetidens utgång.",
      "Om beslutet har sänts per post anses mottagaren ha fått del av det den sjunde dagen efter att det sändes, om inte något annat visas. Om beslutet har sänts elektroniskt anses mottagaren ha fått del av det den tredje dagen efter att det sändes, om inte något annat visas.",
      "I begäran om omprövning ska anges det beslut som begäran gäller (till exempel beslutsnumret), vilken ändring som yrkas och på vilka grunder, samt namn och kontaktuppgifter för den som begär omprövning. Om begäran görs av ett ombud ska också ombudets namn och kontaktuppgifter anges.",
      "Det är avgiftsfritt att begära omprövning.",
      "Beslutet kan verkställas trots att omprövning har begärts. De beviljade tjänsterna kan alltså användas även medan begäran om omprövning behandlas.",
      "Ändring i det beslut som meddelas med anledning av begäran om omprövning får sökas genom besvär hos förvaltningsdomstolen. Besvärsanvisning ges tillsammans med det beslutet.",
      "Råd om hur man begär omprövning fås av den som har fattat beslutet och av välfärdsområdets socialombudsman.",
    ],
  },
  en: {
    heading: "Instructions for requesting a review",
    paragraphs: [
      "A review of this decision may be requested in writing (a request for review). This decision cannot be appealed directly to a court.",
      "A request for review may be made by the person the decision concerns or by their legal representative or authorised agent. The request is addressed to the body of the welfare area that the area has designated to handle requests for review. It can be delivered to the welfare area's registry office.",
      "The request for review must be made within 30 days of receiving the decision. The day of receipt is not counted. If the last day of the period is a Saturday, a Sunday, a public holiday, Christmas Eve or Midsummer Eve, the period continues to the next working day. The request must arrive no later than the last day of the period, before the end of office hours.",
      "A decision sent by post is considered received on the seventh day after it was sent, unless shown otherwise. A decision sent electronically is considered received on the third day after it was sent, unless shown otherwise.",
      "The request for review must state the decision concerned (for example its decision number), what change is requested and why, and the name and contact details of the person making the request. If an agent makes the request, the agent's name and contact details must also be given.",
      "Requesting a review is free of charge.",
      "The decision can be implemented even though a review has been requested. The services granted can therefore be used while the request for review is being handled.",
      "The decision given on the request for review may be appealed to the administrative court. Instructions for appeal are given with that decision.",
      "Advice on requesting a review is available from the worker who made the decision and from the welfare area's social ombudsman.",
    ],
  },
};

/** The appeal-instruction section (oikaisuvaatimusohje) in the language; a fresh copy, so callers may not alter the original. */
export function appealInstructions(language: Language): AppealInstructions {
  const { heading, paragraphs } = instructions[language];
  return { heading, paragraphs: [...paragraphs] };
}
