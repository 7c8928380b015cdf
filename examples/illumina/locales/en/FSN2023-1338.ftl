### FSN2023-1338 (English, source): cybersecurity vulnerability in the UCS software of the NextSeq 550Dx and MiSeqDx.
### Translated from the published Dutch and Spanish versions.

## Products
product-miseq-dx = MiSeq™Dx Instrument
product-nextseq-550dx = NextSeq™ 550Dx Instrument
product-nextseq-550dx-short = NextSeq 550Dx
product-miseq-dx-short = MiSeqDx

## Letter
intro = Illumina is contacting you about a cybersecurity vulnerability in the Universal Copy Service (UCS) software that has been identified in the NextSeq™ 550Dx and MiSeq™Dx instruments. This notice summarizes the issue, the actions Illumina is taking and the actions the customer must take.
products-caption = Table 1: Affected product(s)
col-product = Affected product
col-catalogue = Catalog number
col-udi = Device identification number
summary-1 = Illumina has internally identified a cybersecurity vulnerability affecting the Universal Copy Service (UCS) software in the Illumina sequencing instruments listed in Table 1 above. To date, Illumina has received no reports and has found no evidence that this vulnerability has been exploited.
summary-2 = If exploited, an unauthorized user could take control of the instrument and perform actions at the operating system level, including actions that could affect the settings, configurations, software or data on the instrument or your network. Exploitation of the vulnerability could lead to assays on the instrument producing no results or incorrect results, to corrupted files, or to the exposure of patient data.
measures-intro = Illumina has identified the following two mitigations for this vulnerability:
measure-1 = A software patch that removes the possibility of remote access to the instrument through the UCS software.
measure-2 = Changing the UCS user configuration(s).
measures-detail = Detailed instructions for each mitigation are given in the Customer actions section.
best-practices = Illumina also reminds customers to follow cybersecurity best practices, including having the firewall enabled. Instructions are available <a href="cyberguidance">here</a>.
risk = Failure to follow these instructions or to implement network security best practices to protect your systems could expose your organization to the risks described above.
authorities = The relevant local and international regulatory agencies, including the competent authorities, are being notified of this issue.
note-dual-boot = <b>Note:</b> The affected instruments have a dual boot mode. It is therefore important to apply the instructions separately to each mode (Dx mode and RUO mode) of each instrument.
actions-intro = Take the following actions for all affected instruments to implement the mitigations:
step-1 = <b>Download and install the software patch:</b> For each instrument connected to the internet: immediately download and install the software patch (available <a href="patch">here</a>) for all affected instruments.
step-1-a = We recommend backing up your data before installing the software patch.
step-1-b = For your protection, Illumina is currently providing the website address only to affected customers and regulatory agencies.
step-1-c = For each instrument not connected to the internet: contact <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a> for instructions on other ways to implement the software patch.
step-2 = <b>Change the UCS user configuration(s):</b> Change the UCS user configuration to standard user (without administrator rights) by following the instructions available <a href="ucsconfig">here</a>.
note-config = <i>NOTE: Changes to the UCS user configuration(s) may affect some user-dependent functions, such as network permissions, storage access or endpoint locations. Consult your local IT support to ensure the correct configuration.</i>
return-form = Complete and return the Verification Form after all steps of the instructions have been carried out on your specific affected instrument(s) listed in Table 1.
note-compromised = <b>NOTE:</b> If you suspect that your instrument has been compromised by an unauthorized user, unplug the network cable immediately and contact <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
adverse-events = If you experience an adverse event related to this vulnerability while using any of the affected products, please report it to the FDA's MedWatch Adverse Event Reporting program, either online, by regular mail or by fax. You can complete and submit the report online at <a href="medwatch">www.fda.gov/medwatch/report.htm</a>. In regions outside the US, please contact your local regulatory agency.
closing-support = Illumina takes security issues very seriously and is committed to helping you address this vulnerability. For any other questions or assistance, contact <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
why-1 = You are receiving this notice because our records indicate that you are the appropriate contact in your organization for product changes, product obsolescence and quality issues.
why-2 = Please note: notices such as this one contain critical information about our products and are not marketing communications. You may therefore receive these notices even if you have opted out of receiving marketing communications from Illumina. If you are not the right person in your organization to receive these notices, you can unsubscribe from them by <a href="unsubscribe">submitting this form</a>. For more information, see our <a href="privacy">Privacy Policy</a>.

## Verification form
form-intro-1 = Illumina sent you an Urgent Medical Device Recall notice ({ $notice }) concerning an issue affecting the NextSeq 550Dx and MiSeqDx instruments.
form-intro-2 = Please complete the form below to confirm that you have received the notice and have carried out the customer actions described in it. Email the completed form to <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
form-intro-3 = Alternatively, you can send an email to Illumina Technical Support providing the information requested below.
form-product-device = Product/device name
form-received = I confirm receipt of { $notice } and that I have read and understood its content.
form-actions-taken = Actions taken
form-understood-both-steps = I understand that both mitigation steps must be carried out separately for each mode (Dx mode and RUO mode respectively) of every affected instrument listed in this Verification Form.
form-step-1 = Step 1. Download and install the software patch
form-patch-installed = Patch installed:
form-serial-numbers = Record serial number(s):
form-reason-patch = If the patch was not installed, give a reason:
form-reason-no-product = No product on site requiring the action
form-reason-no-interruption = We do not wish to interrupt operations to carry out the action
form-step-2 = Step 2. Change the UCS user configuration(s)
form-config-changed = User configuration changed:
form-or-choice = OR
form-same-as-step1 = Same number(s) as the instruments on which the software patch from 'Download and install the software patch' was installed.
form-reason-config = If the user configurations were not updated, give a reason:
