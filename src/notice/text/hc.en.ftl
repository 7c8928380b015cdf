### Headings for a medical device recall letter in Canada, for notices with `regime: hc`
### (source locale: English). Drafted, not taken from a published Health Canada text.
### review-status: unreviewed

## Title
hc-heading-recall = Urgent Medical Device Recall
hc-heading-correction = Urgent Medical Device Correction

## Sections
hc-devices = Affected devices
hc-licence = Medical device licence number
hc-reason = Reason for the recall
hc-risk = Risk to health
hc-actions = Actions to be taken
hc-contact = Contact

## Reply form
hc-form-title = Recall response form
