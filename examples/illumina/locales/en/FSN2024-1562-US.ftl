### FSN2024-1562-US — the cybersecurity recall as a US recall letter (English source text).

## Products
product-miseq-dx = MiSeq™ Dx Instrument
product-nextseq-550dx = NextSeq™ 550Dx Instrument
product-novaseq-6000dx = NovaSeq™ 6000Dx Instrument
products-caption = Table 1: Affected products
col-product = Product
col-catalogue = Catalog number
col-udi = UDI-DI

## Letter
attention = Attention: Laboratory Director and Laboratory Information Technology Manager
purpose-1 = Illumina is recalling the products listed in Table 1 because of a cybersecurity vulnerability in the communication protocol between customer-provided network storage, servers and computers and these instruments.
purpose-2 = You may continue to use the instruments once you have taken the actions below. Do not connect an affected instrument to a network that does not use a secure protocol.
reason-1 = While conducting routine cybersecurity analysis, the Illumina Product Security Team found that if secure protocols are not used, an unauthorized actor who has already gained privileged access to the customer's network could intercept and exploit the communication between the instrument and the network.
reason-2 = At this time, Illumina has received no reports and has no evidence that this vulnerability has been exploited.
hazard-1 = An unauthorized actor exploiting this vulnerability could intercept and modify files, which could lead to incorrect, delayed or missing results, or to corrupted files.
hazard-2 = It could also expose patient data in the files transmitted.
step-1 = Download and read <a href="cyberguidance">the Cybersecurity Guidance document</a>.
step-1-link = <a href="cyberguidance">https://support.illumina.com/support-content/cyberguidance.html</a>
step-2 = For each affected instrument connected to your network, work with your IT department to choose a secure protocol and make the configuration change.
step-3 = Complete the enclosed response form and return it, even if you have none of the affected products on hand.
sub-recall-1 = If you have passed any of the affected products on to another facility, forward this letter to that facility at once, tell us how many customers you notified on the response form, and ask them to return their own response form to Illumina.
adverse-event = Report adverse events or quality problems experienced with these products to the FDA MedWatch Adverse Event Reporting program, online at <a href="medwatch">www.fda.gov/medwatch/report.htm</a>, by regular mail or by fax.
support = For questions, contact Illumina Technical Support at <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.

## Response form
response-form-title = Medical Device Recall Response Form
form-intro-1 = { $notice }: MiSeq™ Dx, NextSeq™ 550Dx and NovaSeq™ 6000Dx instruments.
form-consignee = Consignee
form-account = Account number:
form-consignee-name = Consignee name:
form-address = Address:
form-on-hand-group = Affected products on hand
form-on-hand = Products you hold:
form-col-quantity = Quantity on hand
form-col-serials = Serial numbers
form-none-on-hand = I have none of the affected products on hand.
form-disposition = Quantity returned, destroyed or corrected:
form-returned = Returned:
form-destroyed = Destroyed:
form-corrected = Corrected:
form-sub-recall-group = Further distribution
form-distributed = I have distributed affected products to other facilities and have forwarded this letter to them.
form-how-many = Customers notified:
form-completed-by = Completed by
form-signature = Signature:
form-return = Return this form within 10 days, even if you have none of the affected products on hand: by fax to +1 858 202 4766, by e-mail to techsupport@illumina.com, or by mail to Illumina, Inc., Attn: Field Actions, 5200 Illumina Way, San Diego, CA 92122.
