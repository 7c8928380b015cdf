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

## Shared by the letters: table labels, the greeting, adverse event reporting
col-product = Product
col-ref = Catalog number
detail-product = Product name
detail-catalogue = Catalog number
detail-recall-id = Recall number
greeting = Dear Customer,
fda-reporting = Adverse reactions or quality problems experienced with the use of this product may be reported to the FDA's MedWatch Adverse Event Reporting program online, by regular mail or by fax.
