### Boilerplate of the US recall letter (21 CFR 7.49; the FDA's model recall letter), shared by
### every notice laid out with `template: fda-recall` (source locale: English).

## The marking at the top of the letter (the notice's `fda: action` chooses)
fda-marking-recall = URGENT: MEDICAL DEVICE RECALL
fda-marking-correction = URGENT: MEDICAL DEVICE CORRECTION
fda-marking-removal = URGENT: MEDICAL DEVICE REMOVAL

## Section headings
fda-reason = Reason for the recall
fda-hazard = Risk to health
fda-instructions = Actions to be taken by the customer
fda-sub-recall = If you have distributed this product further
fda-respond = Reporting back

## Reporting back
# $days: the reply deadline in days (the notice's `fsca: reply_deadline_days`).
fda-respond-deadline = Complete the enclosed response form and return it within <b>{ $days } days</b> of receiving this letter, even if you have none of the affected product on hand.
fda-respond-fax = Fax
fda-respond-email = E-mail
fda-respond-mail = Mail
