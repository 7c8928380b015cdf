### Boilerplate shared by every notice (source locale: English).

## Page marking and title lines
marking-recall = Recall
title-quality-notice = Quality Notice
title-urgent-recall = Urgent Medical Device Recall
title-urgent-fsn = Urgent Field Safety Notice
greeting = Dear Customer,
udi-not-applicable = N/A

## Section headings
heading-summary = Summary of the issue
heading-manufacturer-actions = Illumina actions
heading-customer-actions = Customer actions
heading-why = Why you are receiving this notice

## Letter closing
closing = Sincerely,

## Footer on every page
contact-tech-support = Technical Support:
contact-customer-care = Customer Care:
footer-copyright = © { $year } Illumina, Inc. All rights reserved. All trademarks are the property of Illumina, Inc. or their respective owners. For specific trademark information, see www.illumina.com/company/legal.html.
footer-reference = { $notice } ({ $document })
footer-page = Page { $page } of { $pages }
footer-ivd = For <i>In Vitro</i> Diagnostic Use. Not available in all countries or regions.
draft-mark = DRAFT

## Verification form
form-title = Verification Form
form-company-name = Company Name
form-person-info = Information about the person who completed the form
form-name = Name:
form-job-title = Title:
form-date-placeholder = DD-MMM-YYYY
form-date = Date ({ form-date-placeholder }):
# The format of the reply form's date fields, as the placeholder above shows it: viewers
# check and tidy a typed date with it, and `replies collect` reads dates with it. Not printed.
# d or dd (day), m, mm or mmm (month; mmm: Jan, Feb... in English), yyyy (year), separators.
form-date-format = dd-mmm-yyyy
form-customer-responses = Customer Responses
form-distributor-responses = Distributor/Importer Responses
form-not-applicable = Not applicable
form-dist-identified = I have identified the customers who received or may have received the affected product.
form-dist-informed = I have informed the identified customers of this recall.
form-informed-users = The information has been brought to the attention of all relevant users.
yes = Yes
no = No
