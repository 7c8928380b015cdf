### Text every Kestrel Medical letter shares.

## Footer
footer-company = © { $year } Kestrel Medical Pty Ltd · ABN 00 000 000 000 · { $document } · Version { $version }
footer-page = Page { $page } of { $pages }
draft-mark = DRAFT

## Contacts
contact-recalls = Recall enquiries:
contact-hours = Monday to Friday, 8.30 am to 5 pm AEDT
contact-phone = Phone
contact-fax = Fax
contact-web = Web

## Letter
closing = Yours sincerely,
udi-not-applicable = n/a

## Forms
yes = Yes
no = No
form-not-applicable = Not applicable
form-date-format = dd/mm/yyyy
