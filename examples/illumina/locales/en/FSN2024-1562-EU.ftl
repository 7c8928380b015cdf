### FSN2024-1562-EU — the facts of FSN2024-1562 (cybersecurity vulnerability in the communication
### protocol of Illumina Dx products) laid out on the EU Commission FSN template (English source text).
### Sentences of the FSN2024-1562 letter are reused wherever they fit; see the comments.

## Products (section 1 table)
eu1562-product-miseq-dx = MiSeq™ Dx Instrument
eu1562-product-nextseq-550dx = NextSeq™ 550Dx Instrument
eu1562-product-novaseq-6000dx = NovaSeq™ 6000Dx Instrument
eu1562-product-dragen-server-nextseq-550dx = Illumina DRAGEN™ Server for NextSeq™ 550Dx
eu1562-product-dragen-server-v4 = Illumina DRAGEN™ Server v4
eu1562-product-veriseq-onsite-server-v2 = VeriSeq™ Onsite Server v2

eu1562-products-caption = Table 1: Affected product(s)
eu1562-col-product = Affected product
eu1562-col-catalogue = Catalog number
eu1562-col-udi = Unique Device Identifier - Device Identifier (UDI-DI)

## Header
eu1562-attention = The contact person for product changes, product obsolescence, and quality issues at each organization using the affected products, and their IT department; distributors and importers of the affected products.
eu1562-action-type = Medical device recall: customer action to implement secure network protocols

## 1. Information on affected devices
eu1562-device-type = Next-generation sequencing instruments for in vitro diagnostic use (MiSeqDx, NextSeq 550Dx, NovaSeq 6000Dx) and on-site servers for the analysis of their sequencing data (Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4, VeriSeq Onsite Server v2).
eu1562-clinical-purpose = Sequencing of human DNA libraries with in vitro diagnostic (IVD) assays run on the instruments, and secondary analysis of the resulting sequencing data on the servers. The full intended use of each product is given in its instructions for use.
eu1562-associated-devices = Customer-provided network storage, servers, and/or computers that exchange files with the affected products over the customer network.

## 2. Reason for the FSCA
# = letter `summary-1`
eu1562-problem-1 = While conducting routine cybersecurity analysis, the Illumina Product Security Team identified an uncontrolled product security risk associated with the communication protocol between the Illumina products identified in Table 1 and customer-provided network storage, servers, and/or computers. Illumina has determined that if secure protocols are not used, an unauthorized actor who has already gained privileged access to the customer's network could intercept and exploit these communications.
# = letter `summary-2`
eu1562-hazard = If an unauthorized actor were to exploit this vulnerability, they could potentially intercept and modify files, leading to the delivery of incorrect results, delayed results, no results, or corrupted files to the customer-provided network entity and/or to the exposure of patient data in the transmitted files.
# New first sentence; the second = letter `summary-3`.
eu1562-probability = The problem can arise only if secure protocols are not used and an unauthorized actor has already gained privileged access to the customer's network; its probability therefore depends on the security of each customer's network. At this time, Illumina has received no reports and has no evidence indicating that this vulnerability has been exploited.
# New first sentence; the second = letter `manufacturer-2` ("these instructions" made explicit).
eu1562-risk = If this vulnerability were exploited, incorrect, delayed, or missing results could delay a patient's diagnosis or lead to decisions based on an incorrect result, and patient data in the transmitted files could be exposed. Failure to follow the instructions in section 3 or to implement network security best practices to protect your systems could leave your organization exposed to the risks described above.
eu1562-further-information = Only products connected to the customer network are affected: the vulnerability concerns the files they exchange with customer-provided network storage, servers, and/or computers when secure protocols are not used.
eu1562-background = The vulnerability was identified by the Illumina Product Security Team during routine cybersecurity analysis, not as a result of a security incident.
# = letter `note-compromised` without its "NOTE:" lead-in.
eu1562-other-information = If you suspect that your instrument may have been compromised by an unauthorized user, immediately disconnect the network cable and contact <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.

## 3. Type of action to mitigate the risk
eu1562-step-identify = Identify the affected products listed in Table 1 at your site, and which of them are connected to the customer network.
# = letter `step-1`, `step-1-link`, `step-2`, `note-dual-mode`
eu1562-step-guidance = Download and read <a href="cyberguidance">this</a> Cybersecurity Guidance document. The full hyperlink is given below.
eu1562-step-guidance-link = <a href="cyberguidance">https://support.illumina.com/support-content/cyberguidance.html</a>
eu1562-step-protocol = For each product connected to the customer network: work with your internal IT department to determine which secure protocol works best in your environment and implement the appropriate configuration change.
eu1562-note-dual-mode = <b>Note:</b> A change to the network protocol affects both Dx and RUO modes at the same time, so it is not necessary to boot into each mode separately to take the required actions.
# = letter `return-form`, naming the EU template's reply form.
eu1562-step-return = Complete and return the Customer Reply Form after performing all the steps given in the instructions for the specific product(s) identified as affected in Table 1.
eu1562-step-return-distributor = Distributors and importers: pass this notice on to the customers who received the affected products, then complete and return the Distributor/Importer Reply Form.
eu1562-user-deadline = As soon as possible after receiving this notice: the risk remains until a secure protocol is implemented for every affected product connected to the customer network.
eu1562-reply-deadline = 30 days after receiving this notice, once the actions in section 3.1 have been performed.
# = letter `manufacturer-1` and `support`
eu1562-manufacturer-guidance = Illumina provides Cybersecurity Guidance that includes recommendations on how customers can secure the communication of their internal network with the Illumina product.
eu1562-manufacturer-support = Illumina takes security very seriously. We are committed to supporting you in managing this vulnerability. For any other questions or if you need assistance, contact <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>. You may also be contacted by a third-party vendor on behalf of Illumina to make sure that you receive the support you need.
eu1562-manufacturer-deadline = Completed: the Cybersecurity Guidance is available now. Illumina Technical Support will assist customers until they have completed the actions in section 3.1.

## 4. General information
eu1562-attachment-cyberguidance = Illumina Cybersecurity Guidance (download: <a href="cyberguidance">https://support.illumina.com/support-content/cyberguidance.html</a>)

## Reply forms: values of section 1
eu1562-form-fsn-reference = FSN2024-1562
eu1562-form-fsn-date = { $date }
eu1562-form-devices = MiSeqDx, NextSeq 550Dx and NovaSeq 6000Dx instruments; Illumina DRAGEN Server for NextSeq 550Dx; Illumina DRAGEN Server v4; VeriSeq Onsite Server v2
eu1562-form-product-codes = DX-410-1001, 15036706, 20005715, 20068232, 20086130, 20051343, 20047000
eu1562-form-serials = All serial numbers (record yours in section 3)

## Reply forms: this notice's confirmations and return
# = letter `form-cyberguidance-read`
eu1562-form-cyberguidance-read = I confirm that the Cybersecurity Guidance document has been downloaded and read.
# After letter `form-intro-2` and `form-intro-3`.
eu1562-form-return-email = Once it is complete, email the form to <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>. Alternatively, you can send an email to Illumina Technical Support giving the information requested in this form. For questions about this form, contact Illumina Customer Care at <a href="mailto:customercare@illumina.com">customercare@illumina.com</a>.
eu1562-form-return-deadline = <b>Deadline for returning this form:</b> 30 days after receiving the notice.

## E-mail (build --recipients ... --email): what the account must do, in a few lines
email-summary = A cybersecurity vulnerability affects the communication between the products listed in the notice and your network storage, servers or computers. Please read the attached notice, configure a secure protocol as the Cybersecurity Guidance describes, and return the reply form.
