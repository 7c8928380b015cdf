### Medixa: text every notice shares (translated from German).

## Header and footer
header-reference = { $notice } · { $document } · Version { $version }
header-page = Page { $page } of { $pages }
footer-company = © { $year } Medixa Diagnostik GmbH · Am Technologiepark 12 · 69120 Heidelberg, Germany · www.medixa-diagnostik.example
footer-page = Page { $page } of { $pages }
footer-ivd = For <i>in vitro</i> diagnostic use
draft-mark = DRAFT

## Contacts
contact-service = Customer service:
contact-service-hours = Mon–Fri 8 am–5 pm CET
contact-vigilance = Vigilance:
contact-phone = Phone
contact-fax = Fax
contact-web = Web

## Signatories
title-head-of-quality = Head of Quality Management
title-safety-officer = Medical Device Safety Officer

## Letter
greeting = Dear Customer,
closing = Yours sincerely,
udi-not-applicable = n/a

## Forms
yes = Yes
no = No
form-not-applicable = Not applicable
# The date fields' format (d, dd, m, mm, mmm, yyyy); not printed.
form-date-format = dd/mm/yyyy
