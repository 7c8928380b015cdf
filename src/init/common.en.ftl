### Text every notice of this project shares. Replace it with your company's own words.

## Header and footer (they may use $notice, $document, $version, $year, $page, $pages)
header-reference = { $notice } · { $document } · Version { $version }
header-page = Page { $page } of { $pages }
footer-company = © { $year } Example Company Ltd.
footer-page = Page { $page } of { $pages }
draft-mark = DRAFT

## Contacts
contact-support = Support:
contact-phone = Phone
contact-fax = Fax
contact-web = Web

## Signatories
title-quality-manager = Quality Manager

## Letter
greeting = Dear Customer,
closing = Yours sincerely,
udi-not-applicable = n/a

## Forms
yes = Yes
no = No
form-not-applicable = Not applicable
# The date fields' format (d, dd, m, mm, mmm, yyyy); not printed.
form-date-format = dd-mmm-yyyy
