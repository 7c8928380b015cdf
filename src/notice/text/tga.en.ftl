### The headings of the sponsor's customer letter (TGA, Uniform Recall Procedure for Therapeutic
### Goods, V2.2, "Sponsor's customer letter for recalls": Headings), shared by every notice with
### `regime: tga` (source locale: English).

## Class I and II recalls: one of these heads the letter
tga-heading-medicine-recall = Urgent Medicine Recall
tga-heading-device-recall = Urgent Medical Device Recall
tga-heading-biologicals-recall = Urgent Biologicals Recall
tga-heading-product-defect-correction = Urgent Product Defect Correction
tga-heading-implant-hazard-alert = Implant Hazard Alert
tga-heading-product-defect-alert = Urgent Product Defect Alert

## What the letter includes
tga-reference-label = TGA recall reference number
