### Boilerplate of the EU Commission Field Safety Notice template (Dec 2018, MEDDEV 2.12/1 rev 8),
### shared by every notice laid out with `template: eu-commission` (source locale: English).

## Header
eu-title = Urgent Field Safety Notice (FSN)
eu-commercial-name = Commercial name
eu-fsca-reference = FSCA reference
eu-action-type = Type of action
eu-date = Date
eu-attention = Attention

## 1. Information on affected devices
eu-section-devices = Information on affected devices
eu-device-type = Device type(s)
eu-devices-table = Commercial name(s), model / catalogue / part number(s), UDI-DI, software version, serial or lot numbers
eu-clinical-purpose = Primary clinical purpose of device(s)
eu-associated = Associated devices

## 2. Reason for the FSCA
eu-section-reason = Reason for Field Safety Corrective Action (FSCA)
eu-problem = Description of the product problem
eu-hazard = Hazard giving rise to the FSCA
eu-probability = Probability of problem arising
eu-risk = Predicted risk to patient/users
eu-further-information = Further information to help characterise the problem
eu-background = Background on issue
eu-other-information = Other information relevant to FSCA

## 3. Type of action to mitigate the risk
eu-section-action = Type of action to mitigate the risk
eu-user-actions = Action to be taken by the user
eu-user-action-identify = Identify device
eu-user-action-quarantine = Quarantine device
eu-user-action-return = Return device
eu-user-action-destroy = Destroy device
eu-user-action-modify = On-site device modification/inspection
eu-user-action-patient-follow-up = Follow patient management recommendations
eu-user-action-review-results = Review previous results (in vitro diagnostic devices)
eu-user-action-amended-instructions = Take note of amendment/reinforcement of Instructions for Use (IFU)
eu-user-action-other = Other
eu-user-action-none = None
eu-user-deadline = By when should the action be completed?
eu-reply-required = Is customer reply required?
eu-reply-form-attached = Yes: the reply form is attached. Return it by:
eu-manufacturer-actions = Action being taken by the manufacturer
eu-manufacturer-action-removal = Product removal
eu-manufacturer-action-modify = On-site device modification/inspection
eu-manufacturer-action-software-upgrade = Software upgrade
eu-manufacturer-action-ifu-change = IFU or labelling change
eu-manufacturer-action-other = Other
eu-manufacturer-action-none = None
eu-manufacturer-deadline = By when should the action be completed?
eu-inform-patients = Is the FSN required to be communicated to the patient/lay user?
eu-patient-information = If yes, has the manufacturer provided additional information suitable for the patient/lay user in a patient/lay or non-professional user information letter/sheet?

## 4. General information
eu-section-general = General information
eu-fsn-type = FSN type
eu-fsn-type-new = New
eu-fsn-type-update = FSN update
eu-previous = For updated FSN, reference number and date of previous FSN
eu-key-new-information = For updated FSN, key new information as follows
eu-follow-up-expected = Further advice or information already expected in follow-up FSN?
eu-follow-up-when = If follow-up FSN expected, when is the further advice expected
eu-manufacturer = Manufacturer information
eu-company-name = Company name
eu-address = Address
eu-website = Website address
eu-srn = Single registration number (SRN)
eu-authority-informed = The competent (regulatory) authority of your country has been informed about this communication to customers.
eu-attachments = List of attachments/appendices
eu-signature = Name/signature

## Transmission of this Field Safety Notice
eu-transmission-heading = Transmission of this Field Safety Notice
eu-transmission-1 = This notice needs to be passed on to all those who need to be aware of it within your organisation or to any organisation where the potentially affected devices have been transferred.
eu-transmission-2 = Please transfer this notice to other organisations on which this action has an impact.
eu-transmission-3 = Please maintain awareness on this notice and resulting action for an appropriate period to ensure effectiveness of the corrective action.
eu-transmission-4 = Please report all device-related incidents to the manufacturer, distributor or local representative, and the national competent authority if appropriate, as this provides important feedback.

## Empty items
eu-not-applicable = Not applicable
eu-none-given = —

## Reply forms (customer and distributor/importer), shared labels
eu-form-customer-title = Field Safety Notice — Customer Reply Form
eu-form-customer-intro = Complete this form to confirm that you have received the Field Safety Notice identified in section 1 and performed the actions it requests, then return it to { $manufacturer } as described in section 4.
eu-form-distributor-title = Field Safety Notice — Distributor/Importer Reply Form
eu-form-distributor-intro = Complete this form to confirm that you have received the Field Safety Notice identified in section 1 and passed it on to your customers, then return it to { $manufacturer }, with the list of the customers informed, as described in section 4.

eu-form-section-fsn = 1. Field Safety Notice (FSN) information
eu-form-fsn-reference = FSN reference number
eu-form-fsn-date = FSN date
eu-form-device-name = Product/device name
eu-form-product-codes = Product code(s)
eu-form-batch-serial = Batch/serial number(s)

eu-form-section-customer = 2. Customer details
eu-form-section-distributor = 2. Distributor/importer details
eu-form-account-number = Account number
eu-form-organisation-name = Healthcare organisation name
eu-form-organisation-address = Organisation address
eu-form-department = Department/unit
eu-form-shipping-address = Shipping address, if different
eu-form-contact-name = Contact name
eu-form-contact-title = Title or function
eu-form-phone = Telephone number
eu-form-email = Email

eu-form-section-customer-action = 3. Customer action undertaken on behalf of the healthcare organisation
eu-form-section-distributor-action = 3. Distributor/importer action undertaken
eu-form-received = I confirm receipt of the Field Safety Notice and that I have read and understood it.
eu-form-actions-performed = I have performed the actions requested by the Field Safety Notice.
eu-form-users-informed = The information and required actions have been brought to the attention of all relevant users.
eu-form-devices-on-site = Affected devices on site
eu-form-devices-hint = Tick each affected device at your site and give the quantity and serial numbers.
eu-form-quantity = Quantity
eu-form-serials = Serial numbers
eu-form-question = I have a question, please contact me.
eu-form-question-details = Your question
eu-form-dist-identified = I have identified the customers who received or may have received the affected devices (customer list attached).
eu-form-dist-informed = I have informed the identified customers of this Field Safety Notice.
eu-form-dist-confirmations = I have received the reply forms of all the customers informed.
eu-form-dist-stock = Affected devices in stock
eu-form-dist-stock-hint = Tick each affected device you hold in stock and give the quantity and serial numbers.
eu-form-print-name = Print name
eu-form-signature = Signature
eu-form-date = Date

eu-form-section-return = 4. Return acknowledgement to sender
