### Headings for a field safety notice to the UK, after the MHRA's "Effective field safety notices
### (FSNs)" guidance (the risk up front, what the recipient must do), for notices with `regime: mhra`.
### review-status: unreviewed

## Title
mhra-title = Urgent Field Safety Notice

## Sections, in the order the guidance puts first
mhra-risk = The risk to patients and users
mhra-problem = The problem
mhra-actions = What you must do
mhra-devices = Affected devices
mhra-contact = Who to contact

## Reply form
mhra-form-title = Field Safety Notice: reply form
