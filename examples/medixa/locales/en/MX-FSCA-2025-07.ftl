### MX-FSCA-2025-07 — Urgent Field Safety Notice (English, translated from German).

title-fsn = Urgent Field Safety Notice
title-subject = Deviating calibrator values in MX TSH and MX fT4

attention = For the attention of: laboratory managers and quality officers

## Products
product-tsh = MX TSH Immunoassay (96 tests)
product-ft4 = MX fT4 Immunoassay (96 tests)
products-caption = Table 1: Affected products
col-product = Product
col-ref = REF
col-udi = UDI-DI
col-lots = Lots
lots-see-table = see Table 2
lots-caption = Table 2: Affected lots
col-lot = Lot
col-expiry = Use by
col-quantity = Tests shipped

## Letter
intro = Medixa Diagnostik is informing you of a field safety corrective action for the lots of the MX TSH and MX fT4 immunoassays listed below.
heading-problem = Description of the problem
problem-1 = Internal stability testing found that calibrator 3 of the affected lots carries a target value up to 12% too high.
problem-2 = Patient results in the upper measuring range may therefore be too low. Other lots are not affected.
heading-risk = Risk to patients
risk-1 = A falsely low result may mask hyperthyroidism. The probability of harm is considered low, because results near the decision limit are usually repeated.
heading-actions = Actions to be taken by the user
step-1 = Check your stock against Table 2 and label the affected kits.
step-2 = Download the corrected calibrator values and recalibrate before you use the lot again.
step-3 = Assess whether results above 4.0 mIU/L measured since 1 April 2025 should be repeated.
pass-on = Please pass this notice on to everyone in your organisation who uses the affected products, and to any organisation to which you have passed products on.
authority = The competent authority (BfArM) has been informed of this action.

## Reply form
form-title = Reply form
form-intro = Please return this form within 14 days to service@medixa-diagnostik.example, even if you hold none of the affected products.
form-customer = Customer
form-organisation = Organisation:
form-name = Name:
form-read = I have read and understood the field safety notice { $notice }.
form-stock = Affected products in stock:
form-col-quantity = Number of kits
form-signature = Signature:
form-date = Date (DD/MM/YYYY):
