### FD-FSCA-2026-07: rapid CRP test cassettes that may read falsely low at high CRP levels.

title-product = Fenmoor CRP Rapid Test Cassette, lots CRP26114, CRP26115 and CRP26121
attention = For the attention of: laboratory managers, point-of-care testing leads and clinic managers

detail-reference = FSCA reference
detail-action = Type of action
detail-action-value = Stop use, quarantine and return of the affected lots

risk = Patients with a C-reactive protein (CRP) level above 150 mg/L may be given a result below 100 mg/L. A falsely low result could delay the diagnosis or treatment of a serious bacterial infection. We have had two reports of falsely low results and no reports of harm to patients.
problem = Cassettes from the three lots listed below can show a weaker test line than they should when the sample has a very high CRP level.
cause = We found that the antibody coating of these lots was applied more thinly than specified. Other lots of the cassette are not affected.

col-product = Product
col-catalogue = Catalogue number
col-udi = UDI-DI
product-crp = Fenmoor CRP Rapid Test Cassette, 25 tests
lots-caption = Affected lots and expiry dates
col-lot = Lot
col-expiry = Expiry date

step-stop = Stop using cassettes from the affected lots straight away.
step-quarantine = Put all affected cassettes aside and label them "do not use". We will collect them and replace them free of charge.
step-review = Ask the clinician responsible to review any result of 50 to 100 mg/L obtained with these lots since 1 September 2026, where a higher result would have changed the patient's care.
step-form = Complete the reply form, even if you have none of the affected cassettes, and return it within 10 days to fsca@fenmoor-diagnostics.example.
step-forward = If you have passed any affected cassettes on to another organisation, send it a copy of this notice at once.

contact = If you have any questions about this notice, please contact our field safety team at fsca@fenmoor-diagnostics.example or on 01223 555 0142.
mhra-informed = The Medicines and Healthcare products Regulatory Agency (MHRA) has been informed of this field safety corrective action.

form-intro = Please complete this form and return it within 10 days to fsca@fenmoor-diagnostics.example, even if you have none of the affected cassettes.
form-customer = Your organisation
form-organisation = Laboratory, clinic or practice:
form-name = Name:
form-read = I have read and understood the field safety notice { $notice } and acted on it.
form-reviewed = Results obtained with the affected lots have been passed to the clinician responsible for review.
form-stock = Affected cassettes quarantined:
form-col-quantity = Quantity
form-signature = Signature:
form-date = Date (dd/mm/yyyy):
