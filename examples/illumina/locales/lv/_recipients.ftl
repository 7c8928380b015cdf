### Adresātiem personalizētas vēstules: adreses bloks un adresāta ietekmētās ierīces (latviešu valoda).

## Adreses bloks (1. lapas augšdaļā)
# $account: klienta konta numurs.
recipient-account = Konta numurs: { $account }
# $contact: persona, kurai adresēta vēstule.
recipient-attention = Adresāts: { $contact }

## Adresāta ierīces (pēc ietekmēto produktu tabulas)
# $organisation: klienta organizācijas nosaukums.
recipient-devices-caption = Ietekmētās ierīces, kas piegādātas organizācijai { $organisation }
recipient-devices-intro = Saskaņā ar mūsu rīcībā esošo informāciju tālāk norādītās ierīces tika piegādātas Jūsu organizācijai. Lūdzu, salīdziniet tās ar savu inventāra sarakstu un par jebkādām atšķirībām ziņojiet pārbaudes veidlapā.
recipient-col-product = Produkts
recipient-col-lots = Partiju numuri
recipient-col-serials = Sērijas numuri
recipient-col-quantity = Daudzums
