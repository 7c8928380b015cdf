### FSN2024-1562 — Urgent Field Safety Notice (English source text).

## Products
product-miseq-dx = MiSeq™ Dx Instrument
product-nextseq-550dx = NextSeq™ 550Dx Instrument
product-novaseq-6000dx = NovaSeq™ 6000Dx Instrument
product-dragen-server-nextseq-550dx = Illumina DRAGEN™ Server for NextSeq™ 550Dx
product-dragen-server-v4 = Illumina DRAGEN™ Server v4
product-veriseq-onsite-server-v2 = VeriSeq™ Onsite Server v2

## Letter
intro = Illumina is contacting you regarding a cybersecurity vulnerability identified in the communication protocol between customer-provided network storage, servers, and/or computers and the products listed in Table 1 below. This notice summarizes the issue, Illumina actions, and required customer actions.

products-caption = Table 1: Affected product(s)
col-product = Affected product
col-catalogue = Catalog number
col-udi = Unique Device Identifier - Device Identifier

summary-1 = While conducting routine cybersecurity analysis, the Illumina Product Security Team identified an uncontrolled product security risk associated with the communication protocol between the Illumina products identified in Table 1 and customer-provided network storage, servers, and/or computers. Illumina has determined that if secure protocols are not used, an unauthorized actor who has already gained privileged access to the customer's network could intercept and exploit these communications.
summary-2 = If an unauthorized actor were to exploit this vulnerability, they could potentially intercept and modify files, leading to the delivery of incorrect results, delayed results, no results, or corrupted files to the customer-provided network entity and/or to the exposure of patient data in the transmitted files.
summary-3 = At this time, Illumina has received no reports and has no evidence indicating that this vulnerability has been exploited.

manufacturer-1 = Illumina provides Cybersecurity Guidance that includes recommendations on how customers can secure the communication of their internal network with the Illumina product.
manufacturer-2 = Failure to follow these instructions or to implement network security best practices to protect your systems could leave your organization exposed to the risks described above.
manufacturer-3 = This issue has been brought to the attention of the relevant local and international regulatory bodies and competent authorities.

customer-intro = For all affected products, take the following steps to implement the mitigations:
step-1 = Download and read <a href="cyberguidance">this</a> Cybersecurity Guidance document. The full hyperlink is given below.
step-1-link = <a href="cyberguidance">https://support.illumina.com/support-content/cyberguidance.html</a>
step-2 = For each product connected to the customer network: work with your internal IT department to determine which secure protocol works best in your environment and implement the appropriate configuration change.
note-dual-mode = <b>Note:</b> A change to the network protocol affects both Dx and RUO modes at the same time, so it is not necessary to boot into each mode separately to take the required actions.
return-form = Complete and return the Verification Form after performing all the steps given in the instructions for the specific product(s) identified as affected in Table 1.
note-compromised = <b>NOTE:</b> If you suspect that your instrument may have been compromised by an unauthorized user, immediately disconnect the network cable and contact <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
adverse-event = If you experience an adverse event related to the use of any affected product and due to this vulnerability, report the event to the FDA MedWatch Adverse Event Reporting program online, by regular mail, or by fax. You can complete and submit the report online at <a href="medwatch">www.fda.gov/medwatch/report.htm</a>. In regions outside the United States, contact your local regulatory body.
support = Illumina takes security very seriously. We are committed to supporting you in managing this vulnerability. For any other questions or if you need assistance, contact <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>. You may also be contacted by a third-party vendor on behalf of Illumina to make sure that you receive the support you need.

why-1 = You are receiving this notice because our records indicate that you are the contact person for your organization for product changes, product obsolescence, and quality issues.
why-2 = These notices contain essential information about our products and are not marketing communications. Therefore, you may receive these notices even if you have opted out of marketing communications from Illumina. If you are not the appropriate person in your organization to receive these notices, you can unsubscribe from these notices by completing and <a href="unsubscribe">submitting this form</a>. For more information, see our <a href="privacy">Privacy Policy</a>.

## Verification form
form-intro-1 = Illumina sent you an Urgent Medical Device Recall notice { $notice } regarding an issue affecting the NextSeq 550Dx, MiSeqDx, and NovaSeq 6000Dx instruments, the Illumina DRAGEN Server for NextSeq 550Dx, the Illumina DRAGEN Server v4, and the VeriSeq Onsite Server v2.
form-intro-2 = Complete the form below to confirm receipt of the notice and completion of the Customer actions given in this notice. Once it is complete, email the form to <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
form-intro-3 = Alternatively, you can send an email to Illumina Technical Support giving the information requested below.
form-received = I confirm that I have received { $notice } and have read and understood its content.
form-cyberguidance-read = I confirm that the Cybersecurity Guidance document has been downloaded and read.

## E-mail (build --recipients ... --email): what the account must do, in a few lines
email-summary = A cybersecurity vulnerability affects the communication between the products listed in the notice and your network storage, servers or computers. Please read the attached notice, configure a secure protocol as the Cybersecurity Guidance describes, and return the reply form.
