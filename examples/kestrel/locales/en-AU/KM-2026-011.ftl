### KM-2026-011: infusion sets whose roller clamp may not close fully.

title-heading = Urgent Medical Device Recall
title-product = Kestrel FlowSet Infusion Administration Set, lots listed below
attention = Attention: Director of Nursing, Director of Biomedical Engineering, Stores Manager

detail-reference = TGA recall reference number
detail-artg = ARTG number
detail-product = Product name
detail-catalogue = Catalogue number
detail-class = Recall class and level
detail-class-value = Class II, hospital level
product-flowset = Kestrel FlowSet Infusion Administration Set, 20 drops/mL
col-product = Product
col-catalogue = Catalogue number

lots-caption = Affected lots and expiry dates
col-lot = Lot
col-expiry = Expiry date

consultation = Kestrel Medical Pty Ltd, following consultation with the Therapeutic Goods Administration (TGA), is recalling the lots of the Kestrel FlowSet Infusion Administration Set listed above. We are contacting you because these lots have been supplied to your hospital.

heading-issue = Issue
issue = The roller clamp of sets from these lots may not close fully. A set left clamped between infusions can then let fluid flow freely.
risk = Unintended free flow can deliver more fluid or medicine than prescribed, which may harm the patient. There have been no reports of patient harm.
other-lots = This recall does not affect any other lots of the FlowSet or any other Kestrel Medical products.

heading-action = Action
step-inspect = Inspect your stock immediately for the lots listed above.
step-quarantine = Quarantine all affected sets so that they cannot be used; we will collect them and replace them free of charge.
step-form = Complete the attached acknowledgement form, even if you have no affected stock, and return it within 5 days to recalls@kestrel-medical.example.
step-forward = If any affected sets have been passed on to another hospital or facility, inform it of this recall at once.

apology = We apologise for any inconvenience this recall may cause and thank you for your help.

form-title = Acknowledgement form
form-intro = Please complete this form and return it within 5 days to recalls@kestrel-medical.example, even if you have no affected stock.
form-customer = Hospital
form-organisation = Hospital or facility:
form-name = Name:
form-read = I have read and understood the recall notice { $notice } and acted on it.
form-stock = Affected sets in stock (quarantined):
form-col-quantity = Quantity
form-signature = Signature:
