### Text every Fenmoor Diagnostics notice shares.

## Footer
footer-company = © { $year } Fenmoor Diagnostics Ltd · Registered in England and Wales · { $document } · Version { $version }
footer-page = Page { $page } of { $pages }
draft-mark = DRAFT

## Contacts
contact-fsca = Field safety enquiries:
contact-hours = Monday to Friday, 8.30 am to 5.30 pm
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
