### FSN2022-1230: cybersecurity vulnerability in Local Run Manager (LRM)
### on the NextSeq 550Dx and MiSeqDx instruments. Notice-specific text (source locale).

## Letter
intro = Illumina is contacting you to report a cybersecurity vulnerability in Local Run Manager (LRM) identified on the NextSeq™ 550Dx and MiSeq™Dx instruments. This notice briefly describes the issue, Illumina's actions and the actions required of customers.

## Products table
products-caption = Table 1: Affected products
col-product = Product/device name
col-udi = Device identification number
col-catalogue = Catalog number
product-nextseq-550dx = NextSeq 550Dx Instrument
product-miseqdx = MiSeqDx Instrument

## Summary of the issue
summary-1 = Illumina has identified a cybersecurity vulnerability in the Local Run Manager (LRM) software on the in vitro diagnostic sequencing instruments identified in Table 1.
summary-2 = At this time, Illumina has not received any reports indicating that this vulnerability has been exploited.
summary-3 = An unauthorized user could potentially exploit the vulnerability to take control of the instrument remotely and then perform actions at the operating system level; such actions could affect settings, configurations, software or data on the instrument or on the customer's network. Exploitation of this vulnerability could result in no results being generated, incorrect results being generated, compromised files or a breach of patient data. Exploitation of this vulnerability in the manner described above may present a potential risk to patient health.

## Illumina actions
manufacturer-actions-1 = Illumina has developed a software patch to prevent exploitation of this vulnerability. We are currently working on a permanent software fix for current and future instruments.
manufacturer-actions-2 = For instruments connected to the Internet, the software patch can be downloaded now (the address of the download website is given in the Customer actions section below). Illumina recommends that customers download the software patch immediately and install it on all affected instruments.
manufacturer-actions-3 = For installing the software patch on affected LRM products that are not connected to the Internet, Illumina has developed other options. For information about these options, contact Technical Support at techsupport@illumina.com as soon as possible.
authorities-informed = This issue has been brought to the attention of local and international regulatory bodies and competent authorities.
manufacturer-actions-questions = For any other questions or requests for assistance, contact techsupport@illumina.com.

## Customer actions
customer-actions-note = <b>Note:</b> the affected instruments have a dual boot mode, and it is important to install the software patch separately in each mode (Dx and RUO) of every instrument. It is also important to install the software patch on any stand-alone instance of off-instrument LRM used for RUO mode on the Dx instruments.
step-1 = <b>Internet-connected instruments:</b> immediately download the software patch available at this address and install it on every affected instrument, in each mode (Dx mode and RUO mode), and/or on every stand-alone instance of off-instrument LRM used for RUO mode on the Dx instruments.
step-1-note-1 = Before installing the software patch, we recommend backing up your data.
step-1-note-2 = For better protection, Illumina is currently providing the website address only to customers who own affected products and to regulatory bodies.
step-1-note-3 = Complete and return the Verification Form below within 5 business days.
step-2 = <b>Instruments not connected to the Internet:</b> for instructions on other methods of deploying the software patch, contact techsupport@illumina.com.
step-2-note-1 = Complete and return the Verification Form below immediately after installing the software patch.
step-3 = <b>Permanent software fix:</b> when it becomes available, install the software update that will permanently resolve this vulnerability. Further information about this software update will be sent in a new communication.
note-web-ui = <b>NOTE:</b> installing the software patch will block remote access to the LRM web user interface (web UI) and will replace the current LRM User Guide; all other essential instrument functions will remain unaffected. Customers who use the web interface for their laboratory workflows can contact techsupport@illumina.com to receive immediate assistance.
note-compromised = <b>NOTE:</b> if you suspect that the instrument has been compromised by an unauthorized user, disconnect the network cable immediately and contact techsupport@illumina.com immediately. For information about the steps for examining the device, refer to the LRM Software Patch 1.0 Instruction Manual.
adverse-event-report = If a user experiences an adverse event related to the use of the affected products and caused by this vulnerability, report the event to the FDA's MedWatch Adverse Event Reporting program online, by regular mail or by fax. The report can be completed and submitted online at www.fda.gov/medwatch/report.htm. Outside the United States, contact your local regulatory body.
closing-remarks = Illumina takes security and data privacy very seriously. We are committed to supporting you in managing this vulnerability. If you have any questions, please write to techsupport@illumina.com.

## Why you are receiving this notice
why-receiving-1 = We are sending you this notice because you are the contact person for your company. From time to time we need to inform our customers about product changes, product obsolescence or quality issues.
why-receiving-2 = We therefore ask you to pay attention to these notices, as they contain important information about our products and are not marketing communications. You may therefore receive these notices even if you have chosen not to receive marketing material from Illumina. If you are not the person in your company to contact about such notices, please send an e-mail to customernotifications@illumina.com with the correct contact. For more information, see our Privacy Policy.

## Verification form
form-intro-1 = On { $date }, Illumina sent you an urgent medical device recall notice, { $notice }, concerning an issue with the NextSeq 550Dx and MiSeqDx instruments.
form-intro-2 = Please complete the table below to confirm receipt of the notice, and e-mail the completed form to techsupport@illumina.com once the software patch has been installed, as described in the Customer actions section of this notice.
form-products-header = Product/device name
form-col-quantity = QTY
form-col-serials = Serial numbers
form-products-mark = Check all affected products
form-product-nextseq-550dx = NextSeq 550Dx
form-product-miseqdx = MiSeqDx
form-product-lrm-standalone = Stand-alone instances of off-instrument LRM used for RUO mode on the Dx instruments.
form-customer-data = Customer details
form-contact-name = Name (in block letters):
form-contact-title = Title of the person who completed the form (in block letters):
form-confirm-received = I confirm that I have received communication { $notice } and have read and understood its content.
form-lrm-installed = I declare that LRM is installed on the instruments checked above.
form-patch-installed = I confirm that the software patch is installed on all instruments identified above.
form-dist-not-applicable = Not applicable
form-dist-customers-identified = I have identified the customers who received or may have received the product.
form-informed-date = Date (DD-MMM-YYYY)
form-acknowledge = I acknowledge that, once downloaded, the software patch must be installed separately in each mode (Dx mode and RUO mode respectively) of each affected instrument identified in this Verification Form and/or on any stand-alone instance of off-instrument LRM used for RUO mode on the Dx instruments.
form-signature-line = Signature of the person who completed the form
form-signature-date = Date
