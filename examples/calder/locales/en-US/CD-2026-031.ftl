### CD-2026-031: glucose test strips that may read high.

marking-urgent = URGENT: MEDICAL DEVICE RECALL
title-recall = CalderCheck Glucose Test Strips
title-subject = Test strips may give falsely high blood glucose results

product-strips = CalderCheck Glucose Test Strips, 50 count

detail-action = Type of action
detail-action-value = Recall: stop using and discard the affected lots
detail-first-shipped = Lots first shipped

lots-caption = Affected lots and expiration dates
col-lot = Lot
col-expiry = Expiration date

attention = Attention: Point-of-Care Coordinator and Laboratory Director
intro = Calder Diagnostics is voluntarily recalling the lots of CalderCheck Glucose Test Strips listed above. This letter tells you why and what to do.

heading-problem = Reason for the recall
problem = Our testing found that strips from these lots can read up to 18% higher than the true blood glucose value when the sample is below 70 mg/dL.
risk = A falsely high result could delay the treatment of low blood sugar (hypoglycemia). We have received no reports of injury.

heading-actions = What you need to do
step-check = Check your inventory for the lots listed above.
step-stop = Stop using strips from these lots immediately.
step-discard = Discard the affected strips; Customer Service will send replacement strips at no charge.
step-forward = If you have passed these strips on to other facilities, forward this letter to them.
