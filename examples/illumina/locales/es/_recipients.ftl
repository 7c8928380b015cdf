### Per-recipient letters: the address block and the recipient's own affected devices (Spanish).

## Address block (top of page 1)
# $account: the customer's account number.
recipient-account = Número de cuenta: { $account }
# $contact: the person the letter is addressed to.
recipient-attention = A la atención de: { $contact }

## The recipient's devices (after the affected products table)
# $organisation: the customer's organisation name.
recipient-devices-caption = Dispositivos afectados entregados a { $organisation }
recipient-devices-intro = Según nuestros registros, los dispositivos que se indican a continuación se entregaron a su organización. Compárelos con su inventario e indique cualquier discrepancia en el Formulario de acuse de recibo.
recipient-col-product = Producto
recipient-col-lots = Números de lote
recipient-col-serials = Números de serie
recipient-col-quantity = Cantidad
