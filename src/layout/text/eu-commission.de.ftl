### Textbausteine der Vorlage der Europäischen Kommission für Sicherheitsmitteilungen (FSN) (Dezember 2018,
### MEDDEV 2.12/1 rev 8), gemeinsam für alle Mitteilungen mit `template: eu-commission` (Deutsch).
### review-status: unreviewed

## Kopfbereich
eu-title = Dringende Sicherheitsmitteilung (FSN)
eu-commercial-name = Handelsname
eu-fsca-reference = FSCA-Referenz
eu-action-type = Art der Maßnahme
eu-date = Datum
eu-attention = Zu Händen von

## 1. Informationen zu den betroffenen Produkten
eu-section-devices = Informationen zu den betroffenen Produkten
eu-device-type = Produktart(en)
eu-devices-table = Handelsname(n), Modell- / Katalog- / Artikelnummer(n), UDI-DI, Softwareversion, Serien- oder Chargennummern
eu-clinical-purpose = Primärer klinischer Zweck des Produkts/der Produkte
eu-associated = Zugehörige Produkte

## 2. Grund für die FSCA
eu-section-reason = Grund für die Sicherheitskorrekturmaßnahme im Feld (FSCA)
eu-problem = Beschreibung des Produktproblems
eu-hazard = Gefährdung, die zur FSCA geführt hat
eu-probability = Wahrscheinlichkeit des Auftretens des Problems
eu-risk = Vorhergesagtes Risiko für Patienten/Anwender
eu-further-information = Weitere Informationen zur Charakterisierung des Problems
eu-background = Hintergrund des Problems
eu-other-information = Sonstige für die FSCA relevante Informationen

## 3. Art der Maßnahme zur Risikominderung
eu-section-action = Art der Maßnahme zur Risikominderung
eu-user-actions = Vom Anwender zu ergreifende Maßnahmen
eu-user-action-identify = Produkt identifizieren
eu-user-action-quarantine = Produkt unter Quarantäne stellen
eu-user-action-return = Produkt zurücksenden
eu-user-action-destroy = Produkt vernichten
eu-user-action-modify = Änderung/Inspektion des Produkts vor Ort
eu-user-action-patient-follow-up = Empfehlungen zum Patientenmanagement befolgen
eu-user-action-review-results = Frühere Ergebnisse überprüfen (In-vitro-Diagnostika)
eu-user-action-amended-instructions = Änderung/Bekräftigung der Gebrauchsanweisung (IFU) zur Kenntnis nehmen
eu-user-action-other = Sonstiges
eu-user-action-none = Keine
eu-user-deadline = Bis wann sollte die Maßnahme abgeschlossen sein?
eu-reply-required = Ist eine Antwort des Kunden erforderlich?
eu-reply-form-attached = Ja: Das Antwortformular liegt bei. Senden Sie es zurück bis:
eu-manufacturer-actions = Vom Hersteller ergriffene Maßnahmen
eu-manufacturer-action-removal = Rücknahme des Produkts
eu-manufacturer-action-modify = Änderung/Inspektion des Produkts vor Ort
eu-manufacturer-action-software-upgrade = Software-Upgrade
eu-manufacturer-action-ifu-change = Änderung der Gebrauchsanweisung oder der Kennzeichnung
eu-manufacturer-action-other = Sonstiges
eu-manufacturer-action-none = Keine
eu-manufacturer-deadline = Bis wann sollte die Maßnahme abgeschlossen sein?
eu-inform-patients = Muss die FSN dem Patienten/Laienanwender mitgeteilt werden?
eu-patient-information = Falls ja: Hat der Hersteller zusätzliche, für den Patienten/Laienanwender geeignete Informationen in einem Informationsschreiben/-blatt für Patienten, Laien oder nicht professionelle Anwender bereitgestellt?

## 4. Allgemeine Informationen
eu-section-general = Allgemeine Informationen
eu-fsn-type = Art der FSN
eu-fsn-type-new = Neu
eu-fsn-type-update = Aktualisierung einer FSN
eu-previous = Bei aktualisierter FSN: Referenznummer und Datum der vorherigen FSN
eu-key-new-information = Bei aktualisierter FSN: wesentliche neue Informationen wie folgt
eu-follow-up-expected = Sind weitere Hinweise oder Informationen in einer Folge-FSN bereits zu erwarten?
eu-follow-up-when = Falls eine Folge-FSN erwartet wird: Wann sind die weiteren Hinweise zu erwarten?
eu-manufacturer = Angaben zum Hersteller
eu-company-name = Name des Unternehmens
eu-address = Anschrift
eu-website = Website-Adresse
eu-srn = Einmalige Registrierungsnummer (SRN)
eu-authority-informed = Die zuständige (Regulierungs-)Behörde Ihres Landes wurde über diese Mitteilung an die Kunden informiert.
eu-attachments = Liste der Anlagen/Anhänge
eu-signature = Name/Unterschrift

## Weitergabe dieser Sicherheitsmitteilung
eu-transmission-heading = Weitergabe dieser Sicherheitsmitteilung
eu-transmission-1 = Diese Mitteilung muss an alle Personen in Ihrer Organisation weitergegeben werden, die davon Kenntnis haben müssen, sowie an jede Organisation, an die die möglicherweise betroffenen Produkte weitergegeben wurden.
eu-transmission-2 = Bitte leiten Sie diese Mitteilung an andere Organisationen weiter, die von dieser Maßnahme betroffen sind.
eu-transmission-3 = Bitte sorgen Sie dafür, dass diese Mitteilung und die daraus resultierende Maßnahme über einen angemessenen Zeitraum bekannt bleiben, um die Wirksamkeit der Korrekturmaßnahme sicherzustellen.
eu-transmission-4 = Bitte melden Sie alle produktbezogenen Vorkommnisse dem Hersteller, dem Händler oder dem örtlichen Vertreter sowie gegebenenfalls der zuständigen nationalen Behörde, da dies wichtige Rückmeldungen liefert.

## Leere Einträge
eu-not-applicable = Nicht zutreffend
eu-none-given = —

## Antwortformulare (Kunde und Händler/Importeur), gemeinsame Bezeichnungen
eu-form-customer-title = Sicherheitsmitteilung — Antwortformular für Kunden
eu-form-customer-intro = Füllen Sie dieses Formular aus, um zu bestätigen, dass Sie die in Abschnitt 1 bezeichnete Sicherheitsmitteilung erhalten und die darin geforderten Maßnahmen durchgeführt haben, und senden Sie es anschließend wie in Abschnitt 4 beschrieben an { $manufacturer } zurück.
eu-form-distributor-title = Sicherheitsmitteilung — Antwortformular für Händler/Importeure
eu-form-distributor-intro = Füllen Sie dieses Formular aus, um zu bestätigen, dass Sie die in Abschnitt 1 bezeichnete Sicherheitsmitteilung erhalten und an Ihre Kunden weitergegeben haben, und senden Sie es anschließend zusammen mit der Liste der informierten Kunden wie in Abschnitt 4 beschrieben an { $manufacturer } zurück.

eu-form-section-fsn = 1. Angaben zur Sicherheitsmitteilung (FSN)
eu-form-fsn-reference = Referenznummer der FSN
eu-form-fsn-date = Datum der FSN
eu-form-device-name = Name des Produkts
eu-form-product-codes = Produktcode(s)
eu-form-batch-serial = Chargen-/Seriennummer(n)

eu-form-section-customer = 2. Angaben zum Kunden
eu-form-section-distributor = 2. Angaben zum Händler/Importeur
eu-form-account-number = Kundennummer
eu-form-organisation-name = Name der Gesundheitseinrichtung
eu-form-organisation-address = Anschrift der Einrichtung
eu-form-department = Abteilung/Station
eu-form-shipping-address = Lieferanschrift, falls abweichend
eu-form-contact-name = Name des Ansprechpartners
eu-form-contact-title = Titel oder Funktion
eu-form-phone = Telefonnummer
eu-form-email = E-Mail

eu-form-section-customer-action = 3. Vom Kunden im Namen der Gesundheitseinrichtung ergriffene Maßnahmen
eu-form-section-distributor-action = 3. Vom Händler/Importeur ergriffene Maßnahmen
eu-form-received = Ich bestätige, dass ich die Sicherheitsmitteilung erhalten, gelesen und verstanden habe.
eu-form-actions-performed = Ich habe die in der Sicherheitsmitteilung geforderten Maßnahmen durchgeführt.
eu-form-users-informed = Die Informationen und die erforderlichen Maßnahmen wurden allen betroffenen Anwendern zur Kenntnis gebracht.
eu-form-devices-on-site = Betroffene Produkte vor Ort
eu-form-devices-hint = Kreuzen Sie jedes betroffene Produkt an Ihrem Standort an und geben Sie die Menge und die Seriennummern an.
eu-form-quantity = Menge
eu-form-serials = Seriennummern
eu-form-question = Ich habe eine Frage, bitte kontaktieren Sie mich.
eu-form-question-details = Ihre Frage
eu-form-dist-identified = Ich habe die Kunden ermittelt, die die betroffenen Produkte erhalten haben oder erhalten haben könnten (Kundenliste liegt bei).
eu-form-dist-informed = Ich habe die ermittelten Kunden über diese Sicherheitsmitteilung informiert.
eu-form-dist-confirmations = Ich habe die Antwortformulare aller informierten Kunden erhalten.
eu-form-dist-stock = Betroffene Produkte im Lagerbestand
eu-form-dist-stock-hint = Kreuzen Sie jedes betroffene Produkt in Ihrem Lagerbestand an und geben Sie die Menge und die Seriennummern an.
eu-form-print-name = Name in Druckbuchstaben
eu-form-signature = Unterschrift
eu-form-date = Datum

eu-form-section-return = 4. Rücksendung der Bestätigung an den Absender
