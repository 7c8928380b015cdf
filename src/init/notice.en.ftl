### FSN-0001 — the text of your first notice. Replace it with your own.

title-notice = Urgent Field Safety Notice
title-subject = Subject of the notice
product-device-a = Example Device A
products-caption = Table 1: Affected products
col-product = Product
col-ref = REF
col-lots = Lots

intro = We are writing to inform you of a field safety corrective action for the product listed below.
heading-problem = Description of the problem
problem = Describe the problem, the hazard and the risk to patients and users here.
heading-actions = Actions to be taken by the user
step-1 = Check your stock for the affected lots.
step-2 = Complete the reply form and return it within 10 days.

form-title = Reply form
form-intro = Please return this form within 10 days to support@example.com.
form-customer = Customer
form-organisation = Organisation:
form-name = Name:
form-read = I have read and understood the field safety notice { $notice }.
form-stock = Affected products in stock:
form-col-quantity = Quantity
form-signature = Signature:
form-date = Date (DD-MMM-YYYY):

# The e-mail of a per-recipient letter (build --recipients FILE.csv --email): what to do, in brief.
email-summary = Please check your stock for the affected lots listed in the notice, follow its steps, and return the reply form.
