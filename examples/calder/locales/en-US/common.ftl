### Text every Calder Diagnostics letter shares.

## Footer
footer-company = © { $year } Calder Diagnostics, Inc. · { $document } · Version { $version }
footer-page = Page { $page } of { $pages }
draft-mark = DRAFT

## Contacts
contact-service = Customer Service:
contact-hours = Monday to Friday, 8 a.m. to 6 p.m. ET
contact-phone = Phone
contact-fax = Fax
contact-web = Web

## Signatories
title-regulatory = Director, Regulatory Affairs

## Letter
closing = Sincerely,
udi-not-applicable = n/a

## Forms
yes = Yes
no = No
form-not-applicable = Not applicable
form-date-format = mm/dd/yyyy
