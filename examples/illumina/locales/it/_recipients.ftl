### Lettere personalizzate per destinatario: blocco indirizzo e dispositivi interessati del destinatario (italiano).

## Blocco indirizzo (in alto a pagina 1)
# $account: il numero di conto del cliente.
recipient-account = Numero di conto cliente: { $account }
# $contact: la persona a cui è indirizzata la lettera.
recipient-attention = Alla cortese attenzione di: { $contact }

## Dispositivi del destinatario (dopo la tabella dei prodotti interessati)
# $organisation: il nome dell'organizzazione del cliente.
recipient-devices-caption = Dispositivi interessati consegnati a { $organisation }
recipient-devices-intro = Dai nostri registri risulta che i dispositivi elencati di seguito sono stati consegnati alla Sua organizzazione. La preghiamo di confrontarli con il Suo inventario e di segnalare eventuali differenze nel Modulo di verifica.
recipient-col-product = Prodotto
recipient-col-lots = Numeri di lotto
recipient-col-serials = Numeri di serie
recipient-col-quantity = Quantità
