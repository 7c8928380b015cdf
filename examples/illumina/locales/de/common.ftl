### review-status: drafted
### Drafted from the English source; not yet reviewed by a native translator.

## Page marking and title lines
marking-recall = Rückruf
title-quality-notice = Qualitätsmitteilung
title-urgent-recall = Dringender Rückruf eines Medizinprodukts
title-urgent-fsn = Dringende Sicherheitsinformation
greeting = Sehr geehrte Kundin, sehr geehrter Kunde,
udi-not-applicable = k. A.

## Section headings
heading-summary = Zusammenfassung des Problems
heading-manufacturer-actions = Maßnahmen von Illumina
heading-customer-actions = Vom Kunden zu ergreifende Maßnahmen
heading-why = Warum Sie diese Mitteilung erhalten

## Letter closing
closing = Mit freundlichen Grüßen

## Footer on every page
contact-tech-support = Technischer Support:
contact-customer-care = Kundendienst:
footer-copyright = © { $year } Illumina, Inc. Alle Rechte vorbehalten. Alle Marken sind Eigentum von Illumina, Inc. bzw. der jeweiligen Inhaber. Spezifische Informationen zu Marken finden Sie unter www.illumina.com/company/legal.html.
footer-reference = { $notice } ({ $document })
footer-page = Seite { $page } von { $pages }
footer-ivd = Für die <i>In-vitro</i>-Diagnostik. Nicht in allen Ländern oder Regionen verfügbar.
draft-mark = ENTWURF

## Verification form
form-title = Bestätigungsformular
form-company-name = Name des Unternehmens
form-person-info = Angaben zur Person, die das Formular ausgefüllt hat
form-name = Name:
form-job-title = Funktion:
form-date-placeholder = TT-MMM-JJJJ
form-date = Datum ({ form-date-placeholder }):
# The format of the reply form's date fields, as the placeholder above shows it: viewers
# check and tidy a typed date with it, and `replies collect` reads dates with it. Not printed.
# d or dd (day), m, mm or mmm (month; mmm: Jan, Feb... in English), yyyy (year), separators.
form-date-format = dd-mmm-yyyy
form-customer-responses = Antworten des Kunden
form-distributor-responses = Antworten des Händlers/Importeurs
form-not-applicable = Nicht zutreffend
form-dist-identified = Ich habe die Kunden ermittelt, die das betroffene Produkt erhalten haben oder möglicherweise erhalten haben.
form-dist-informed = Ich habe die ermittelten Kunden über diesen Rückruf informiert.
form-informed-users = Die Informationen wurden allen relevanten Anwendern zur Kenntnis gebracht.
yes = Ja
no = Nein
