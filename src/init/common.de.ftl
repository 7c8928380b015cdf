### Texte, die alle Mitteilungen dieses Projekts teilen. Ersetzen Sie sie durch Ihre eigenen.

## Kopf- und Fußzeile (sie dürfen $notice, $document, $version, $year, $page, $pages nutzen)
header-reference = { $notice } · { $document } · Version { $version }
header-page = Seite { $page } von { $pages }
footer-company = © { $year } Example Company Ltd.
footer-page = Seite { $page } von { $pages }
draft-mark = ENTWURF

## Kontakte
contact-support = Support:
contact-phone = Tel.
contact-fax = Fax
contact-web = Web

## Unterzeichner
title-quality-manager = Qualitätsmanager

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
