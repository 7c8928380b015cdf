### CD-2026-034: a meter software correction, in the letter's own order.

corr-title = CalderCheck Meter, software version 3.2.0
corr-subject = The meter may show the previous result after a power loss
corr-product-meter = CalderCheck Blood Glucose Meter
corr-col-software = Software version
corr-detail-software = Affected software version

corr-intro = Calder Diagnostics is correcting the software of the CalderCheck meter listed above. You may keep using the meter once it is updated.
corr-heading-reason = Reason for the correction and risk to health
corr-reason = After a power loss during a test, version 3.2.0 can show the previous result instead of an error. Acting on an old result could delay treatment. We have received no reports of injury.
corr-heading-actions = What you need to do
corr-step-update = Connect each meter to the CalderSync app; it installs version 3.2.1 automatically.
corr-step-check = Until a meter is updated, repeat any test that follows a power loss.
