### Medixa: Texte, die alle Mitteilungen teilen (Quellsprache: Deutsch).

## Kopf- und Fußzeile
header-reference = { $notice } · { $document } · Version { $version }
header-page = Seite { $page } von { $pages }
footer-company = © { $year } Medixa Diagnostik GmbH · Am Technologiepark 12 · 69120 Heidelberg · www.medixa-diagnostik.example
footer-page = Seite { $page } von { $pages }
footer-ivd = <i>In-vitro</i>-Diagnostikum
draft-mark = ENTWURF

## Kontakte
contact-service = Kundenservice:
contact-service-hours = Mo–Fr 8–17 Uhr
contact-vigilance = Vigilanz:
contact-phone = Tel.
contact-fax = Fax
contact-web = Web

## Unterzeichner
title-head-of-quality = Leiterin Qualitätsmanagement
title-safety-officer = Sicherheitsbeauftragter für Medizinprodukte

## Brief
greeting = Sehr geehrte Damen und Herren,
closing = Mit freundlichen Grüßen
udi-not-applicable = entfällt

## Formulare
yes = Ja
no = Nein
form-not-applicable = Nicht zutreffend
# Format der Datumsfelder (d, dd, m, mm, mmm, yyyy); nicht gedruckt.
form-date-format = dd.mm.yyyy
