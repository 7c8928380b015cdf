### Teksten van het sjabloon van de Europese Commissie voor veiligheidskennisgevingen (FSN) (december 2018,
### MEDDEV 2.12/1 rev 8), gedeeld door alle kennisgevingen met `template: eu-commission` (Nederlands).
### review-status: unreviewed

## Koptekst
eu-title = Dringende veiligheidskennisgeving (FSN)
eu-commercial-name = Handelsnaam
eu-fsca-reference = FSCA-referentie
eu-action-type = Type maatregel
eu-date = Datum
eu-attention = Ter attentie van

## 1. Informatie over de betrokken hulpmiddelen
eu-section-devices = Informatie over de betrokken hulpmiddelen
eu-device-type = Type(n) hulpmiddel
eu-devices-table = Handelsnaam/-namen, model- / catalogus- / onderdeelnummer(s), UDI-DI, softwareversie, serie- of partijnummers
eu-clinical-purpose = Primair klinisch doel van het hulpmiddel/de hulpmiddelen
eu-associated = Bijbehorende hulpmiddelen

## 2. Reden voor de FSCA
eu-section-reason = Reden voor de corrigerende veiligheidsmaatregel in het veld (FSCA)
eu-problem = Beschrijving van het productprobleem
eu-hazard = Gevaar dat tot de FSCA heeft geleid
eu-probability = Waarschijnlijkheid dat het probleem optreedt
eu-risk = Voorspeld risico voor patiënten/gebruikers
eu-further-information = Aanvullende informatie om het probleem te karakteriseren
eu-background = Achtergrond van het probleem
eu-other-information = Overige informatie die relevant is voor de FSCA

## 3. Type maatregel om het risico te beperken
eu-section-action = Type maatregel om het risico te beperken
eu-user-actions = Door de gebruiker te nemen maatregelen
eu-user-action-identify = Hulpmiddel identificeren
eu-user-action-quarantine = Hulpmiddel in quarantaine plaatsen
eu-user-action-return = Hulpmiddel retourneren
eu-user-action-destroy = Hulpmiddel vernietigen
eu-user-action-modify = Aanpassing/inspectie van het hulpmiddel ter plaatse
eu-user-action-patient-follow-up = Aanbevelingen voor de behandeling van patiënten opvolgen
eu-user-action-review-results = Eerdere resultaten opnieuw beoordelen (hulpmiddelen voor in-vitrodiagnostiek)
eu-user-action-amended-instructions = Kennisnemen van de wijziging/aanscherping van de gebruiksaanwijzing (IFU)
eu-user-action-other = Anders
eu-user-action-none = Geen
eu-user-deadline = Wanneer moet de maatregel uiterlijk zijn voltooid?
eu-reply-required = Is een antwoord van de klant vereist?
eu-reply-form-attached = Ja: het antwoordformulier is bijgevoegd. Stuur het uiterlijk terug op:
eu-manufacturer-actions = Door de fabrikant genomen maatregelen
eu-manufacturer-action-removal = Verwijdering van het product
eu-manufacturer-action-modify = Aanpassing/inspectie van het hulpmiddel ter plaatse
eu-manufacturer-action-software-upgrade = Software-upgrade
eu-manufacturer-action-ifu-change = Wijziging van de gebruiksaanwijzing of de etikettering
eu-manufacturer-action-other = Anders
eu-manufacturer-action-none = Geen
eu-manufacturer-deadline = Wanneer moet de maatregel uiterlijk zijn voltooid?
eu-inform-patients = Moet de FSN aan de patiënt/leek worden meegedeeld?
eu-patient-information = Zo ja, heeft de fabrikant aanvullende informatie die geschikt is voor de patiënt/leek verstrekt in een informatiebrief/-blad voor patiënten, leken of niet-professionele gebruikers?

## 4. Algemene informatie
eu-section-general = Algemene informatie
eu-fsn-type = Type FSN
eu-fsn-type-new = Nieuw
eu-fsn-type-update = Bijgewerkte FSN
eu-previous = Bij een bijgewerkte FSN: referentienummer en datum van de vorige FSN
eu-key-new-information = Bij een bijgewerkte FSN: belangrijkste nieuwe informatie
eu-follow-up-expected = Worden verdere adviezen of informatie al verwacht in een vervolg-FSN?
eu-follow-up-when = Indien een vervolg-FSN wordt verwacht, wanneer worden de verdere adviezen verwacht?
eu-manufacturer = Informatie over de fabrikant
eu-company-name = Bedrijfsnaam
eu-address = Adres
eu-website = Websiteadres
eu-srn = Uniek registratienummer (SRN)
eu-authority-informed = De bevoegde (regelgevende) autoriteit van uw land is op de hoogte gebracht van deze mededeling aan klanten.
eu-attachments = Lijst van bijlagen/aanhangsels
eu-signature = Naam/handtekening

## Doorsturen van deze veiligheidskennisgeving
eu-transmission-heading = Doorsturen van deze veiligheidskennisgeving
eu-transmission-1 = Deze kennisgeving moet worden doorgegeven aan iedereen binnen uw organisatie die ervan op de hoogte moet zijn, of aan elke organisatie waaraan de mogelijk betrokken hulpmiddelen zijn overgedragen.
eu-transmission-2 = Wij verzoeken u deze kennisgeving door te sturen naar andere organisaties waarop deze maatregel van invloed is.
eu-transmission-3 = Wij verzoeken u gedurende een passende periode aandacht te blijven besteden aan deze kennisgeving en de daaruit voortvloeiende maatregel, om de doeltreffendheid van de corrigerende maatregel te waarborgen.
eu-transmission-4 = Wij verzoeken u alle incidenten met het hulpmiddel te melden aan de fabrikant, de distributeur of de lokale vertegenwoordiger en, indien van toepassing, aan de nationale bevoegde autoriteit, aangezien dit belangrijke feedback oplevert.

## Lege items
eu-not-applicable = Niet van toepassing
eu-none-given = —

## Antwoordformulieren (klant en distributeur/importeur), gedeelde labels
eu-form-customer-title = Veiligheidskennisgeving — Antwoordformulier voor klanten
eu-form-customer-intro = Vul dit formulier in om te bevestigen dat u de in rubriek 1 vermelde veiligheidskennisgeving hebt ontvangen en de daarin gevraagde maatregelen hebt uitgevoerd, en stuur het vervolgens terug naar { $manufacturer } zoals beschreven in rubriek 4.
eu-form-distributor-title = Veiligheidskennisgeving — Antwoordformulier voor distributeurs/importeurs
eu-form-distributor-intro = Vul dit formulier in om te bevestigen dat u de in rubriek 1 vermelde veiligheidskennisgeving hebt ontvangen en aan uw klanten hebt doorgegeven, en stuur het vervolgens, samen met de lijst van de geïnformeerde klanten, terug naar { $manufacturer } zoals beschreven in rubriek 4.

eu-form-section-fsn = 1. Informatie over de veiligheidskennisgeving (FSN)
eu-form-fsn-reference = Referentienummer van de FSN
eu-form-fsn-date = Datum van de FSN
eu-form-device-name = Naam van het product/hulpmiddel
eu-form-product-codes = Productcode(s)
eu-form-batch-serial = Partij-/serienummer(s)

eu-form-section-customer = 2. Gegevens van de klant
eu-form-section-distributor = 2. Gegevens van de distributeur/importeur
eu-form-account-number = Klantnummer
eu-form-organisation-name = Naam van de zorginstelling
eu-form-organisation-address = Adres van de instelling
eu-form-department = Afdeling/eenheid
eu-form-shipping-address = Verzendadres, indien afwijkend
eu-form-contact-name = Naam contactpersoon
eu-form-contact-title = Titel of functie
eu-form-phone = Telefoonnummer
eu-form-email = E-mail

eu-form-section-customer-action = 3. Door de klant namens de zorginstelling genomen maatregelen
eu-form-section-distributor-action = 3. Door de distributeur/importeur genomen maatregelen
eu-form-received = Ik bevestig dat ik de veiligheidskennisgeving heb ontvangen, gelezen en begrepen.
eu-form-actions-performed = Ik heb de in de veiligheidskennisgeving gevraagde maatregelen uitgevoerd.
eu-form-users-informed = De informatie en de vereiste maatregelen zijn onder de aandacht gebracht van alle betrokken gebruikers.
eu-form-devices-on-site = Betrokken hulpmiddelen ter plaatse
eu-form-devices-hint = Vink elk betrokken hulpmiddel op uw locatie aan en vermeld de hoeveelheid en de serienummers.
eu-form-quantity = Hoeveelheid
eu-form-serials = Serienummers
eu-form-question = Ik heb een vraag, neem contact met mij op.
eu-form-question-details = Uw vraag
eu-form-dist-identified = Ik heb de klanten geïdentificeerd die de betrokken hulpmiddelen hebben ontvangen of mogelijk hebben ontvangen (klantenlijst bijgevoegd).
eu-form-dist-informed = Ik heb de geïdentificeerde klanten op de hoogte gebracht van deze veiligheidskennisgeving.
eu-form-dist-confirmations = Ik heb de antwoordformulieren van alle geïnformeerde klanten ontvangen.
eu-form-dist-stock = Betrokken hulpmiddelen in voorraad
eu-form-dist-stock-hint = Vink elk betrokken hulpmiddel aan dat u in voorraad hebt en vermeld de hoeveelheid en de serienummers.
eu-form-print-name = Naam in blokletters
eu-form-signature = Handtekening
eu-form-date = Datum

eu-form-section-return = 4. Ontvangstbevestiging terugsturen naar de afzender
