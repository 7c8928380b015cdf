### Per-recipient letters: the address block and the recipient's own affected devices.

## Address block (top of page 1)
# $account: the customer's account number.
recipient-account = Account number: { $account }
# $contact: the person the letter is addressed to.
recipient-attention = For the attention of: { $contact }

## The recipient's devices (after the affected products table)
# $organisation: the customer's organisation name.
recipient-devices-caption = Affected devices delivered to { $organisation }
recipient-devices-intro = Our records show that the devices below were delivered to your organisation. Please check them against your inventory and report any difference on the reply form.
recipient-col-product = Product
recipient-col-lots = Lot numbers
recipient-col-serials = Serial numbers
recipient-col-quantity = Quantity
