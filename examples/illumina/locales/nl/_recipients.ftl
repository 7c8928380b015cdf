### Per-recipient letters: the address block and the recipient's own affected devices (Dutch).

## Address block (top of page 1)
# $account: the customer's account number.
recipient-account = Accountnummer: { $account }
# $contact: the person the letter is addressed to.
recipient-attention = Ter attentie van: { $contact }

## The recipient's devices (after the affected products table)
# $organisation: the customer's organisation name.
recipient-devices-caption = Getroffen apparaten geleverd aan { $organisation }
recipient-devices-intro = Uit onze gegevens blijkt dat de onderstaande apparaten aan uw organisatie zijn geleverd. Controleer deze aan de hand van uw inventaris en meld eventuele verschillen op het verificatieformulier.
recipient-col-product = Product
recipient-col-lots = Lotnummers
recipient-col-serials = Serienummers
recipient-col-quantity = Aantal
