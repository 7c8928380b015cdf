### Eiropas Komisijas drošības paziņojuma (FSN) veidnes standarta teksti (2018. gada decembris,
### MEDDEV 2.12/1 rev 8), kopīgi visiem paziņojumiem ar `template: eu-commission` (latviešu valodā).
### review-status: unreviewed

## Galvene
eu-title = Steidzams drošības paziņojums (FSN)
eu-commercial-name = Tirdzniecības nosaukums
eu-fsca-reference = FSCA atsauce
eu-action-type = Darbības veids
eu-date = Datums
eu-attention = Kam adresēts

## 1. Informācija par skartajām ierīcēm
eu-section-devices = Informācija par skartajām ierīcēm
eu-device-type = Ierīces tips(-i)
eu-devices-table = Tirdzniecības nosaukums(-i), modeļa / kataloga / daļas numurs(-i), UDI-DI, programmatūras versija, sērijas vai partijas numuri
eu-clinical-purpose = Ierīces(-ču) galvenais klīniskais mērķis
eu-associated = Saistītās ierīces

## 2. FSCA iemesls
eu-section-reason = Drošības koriģējošās darbības (FSCA) iemesls
eu-problem = Produkta problēmas apraksts
eu-hazard = Apdraudējums, kura dēļ tiek veikta FSCA
eu-probability = Problēmas rašanās varbūtība
eu-risk = Paredzamais risks pacientiem/lietotājiem
eu-further-information = Papildu informācija problēmas raksturošanai
eu-background = Problēmas priekšvēsture
eu-other-information = Cita ar FSCA saistīta informācija

## 3. Riska mazināšanas darbības veids
eu-section-action = Riska mazināšanas darbības veids
eu-user-actions = Lietotājam veicamās darbības
eu-user-action-identify = Identificēt ierīci
eu-user-action-quarantine = Ievietot ierīci karantīnā
eu-user-action-return = Atgriezt ierīci
eu-user-action-destroy = Iznīcināt ierīci
eu-user-action-modify = Ierīces modificēšana/pārbaude uz vietas
eu-user-action-patient-follow-up = Ievērot ieteikumus par pacientu aprūpi
eu-user-action-review-results = Pārskatīt iepriekšējos rezultātus (in vitro diagnostikas medicīniskās ierīces)
eu-user-action-amended-instructions = Ņemt vērā lietošanas instrukcijas (IFU) grozījumus/papildinājumus
eu-user-action-other = Cits
eu-user-action-none = Nav
eu-user-deadline = Līdz kuram datumam darbība ir jāpabeidz?
eu-reply-required = Vai ir nepieciešama klienta atbilde?
eu-reply-form-attached = Jā: atbildes veidlapa ir pievienota. Nosūtiet to atpakaļ līdz:
eu-manufacturer-actions = Ražotāja veiktās darbības
eu-manufacturer-action-removal = Produkta izņemšana
eu-manufacturer-action-modify = Ierīces modificēšana/pārbaude uz vietas
eu-manufacturer-action-software-upgrade = Programmatūras atjaunināšana
eu-manufacturer-action-ifu-change = Lietošanas instrukcijas vai marķējuma izmaiņas
eu-manufacturer-action-other = Cits
eu-manufacturer-action-none = Nav
eu-manufacturer-deadline = Līdz kuram datumam darbība ir jāpabeidz?
eu-inform-patients = Vai FSN ir jāpaziņo pacientam/nespeciālistam?
eu-patient-information = Ja jā, vai ražotājs ir sniedzis pacientam/nespeciālistam piemērotu papildu informāciju informatīvā vēstulē/lapā pacientiem, nespeciālistiem vai neprofesionāliem lietotājiem?

## 4. Vispārīga informācija
eu-section-general = Vispārīga informācija
eu-fsn-type = FSN veids
eu-fsn-type-new = Jauns
eu-fsn-type-update = FSN atjauninājums
eu-previous = Atjauninātam FSN — iepriekšējā FSN atsauces numurs un datums
eu-key-new-information = Atjauninātam FSN — galvenā jaunā informācija
eu-follow-up-expected = Vai turpmāki ieteikumi vai informācija jau ir gaidāmi nākamajā FSN?
eu-follow-up-when = Ja ir gaidāms nākamais FSN, kad ir gaidāmi turpmākie ieteikumi?
eu-manufacturer = Informācija par ražotāju
eu-company-name = Uzņēmuma nosaukums
eu-address = Adrese
eu-website = Tīmekļa vietnes adrese
eu-srn = Vienotais reģistrācijas numurs (SRN)
eu-authority-informed = Jūsu valsts kompetentā (regulatīvā) iestāde ir informēta par šo paziņojumu klientiem.
eu-attachments = Pielikumu saraksts
eu-signature = Vārds, uzvārds/paraksts

## Šī drošības paziņojuma nodošana tālāk
eu-transmission-heading = Šī drošības paziņojuma nodošana tālāk
eu-transmission-1 = Šis paziņojums ir jānodod visiem, kam par to jābūt informētiem Jūsu organizācijā, vai jebkurai organizācijai, kurai ir nodotas potenciāli skartās ierīces.
eu-transmission-2 = Lūdzu, nododiet šo paziņojumu citām organizācijām, kuras ietekmē šī darbība.
eu-transmission-3 = Lūdzu, atbilstošu laikposmu paturiet prātā šo paziņojumu un no tā izrietošo darbību, lai nodrošinātu koriģējošās darbības efektivitāti.
eu-transmission-4 = Lūdzu, ziņojiet par visiem ar ierīci saistītajiem negadījumiem ražotājam, izplatītājam vai vietējam pārstāvim un attiecīgā gadījumā valsts kompetentajai iestādei, jo tā tiek sniegta svarīga atgriezeniskā saite.

## Tukši ieraksti
eu-not-applicable = Nav piemērojams
eu-none-given = —

## Atbildes veidlapas (klientam un izplatītājam/importētājam), kopīgi nosaukumi
eu-form-customer-title = Drošības paziņojums — klienta atbildes veidlapa
eu-form-customer-intro = Aizpildiet šo veidlapu, lai apstiprinātu, ka esat saņēmis(-usi) 1. iedaļā norādīto drošības paziņojumu un veicis(-usi) tajā pieprasītās darbības, un pēc tam nosūtiet to atpakaļ uzņēmumam { $manufacturer }, kā aprakstīts 4. iedaļā.
eu-form-distributor-title = Drošības paziņojums — izplatītāja/importētāja atbildes veidlapa
eu-form-distributor-intro = Aizpildiet šo veidlapu, lai apstiprinātu, ka esat saņēmis(-usi) 1. iedaļā norādīto drošības paziņojumu un nodevis(-usi) to saviem klientiem, un pēc tam nosūtiet to kopā ar informēto klientu sarakstu atpakaļ uzņēmumam { $manufacturer }, kā aprakstīts 4. iedaļā.

eu-form-section-fsn = 1. Informācija par drošības paziņojumu (FSN)
eu-form-fsn-reference = FSN atsauces numurs
eu-form-fsn-date = FSN datums
eu-form-device-name = Produkta/ierīces nosaukums
eu-form-product-codes = Produkta kods(-i)
eu-form-batch-serial = Partijas/sērijas numurs(-i)

eu-form-section-customer = 2. Klienta informācija
eu-form-section-distributor = 2. Izplatītāja/importētāja informācija
eu-form-account-number = Klienta numurs
eu-form-organisation-name = Veselības aprūpes iestādes nosaukums
eu-form-organisation-address = Iestādes adrese
eu-form-department = Nodaļa/struktūrvienība
eu-form-shipping-address = Piegādes adrese, ja atšķiras
eu-form-contact-name = Kontaktpersonas vārds, uzvārds
eu-form-contact-title = Amats vai funkcija
eu-form-phone = Tālruņa numurs
eu-form-email = E-pasts

eu-form-section-customer-action = 3. Klienta veiktās darbības veselības aprūpes iestādes vārdā
eu-form-section-distributor-action = 3. Izplatītāja/importētāja veiktās darbības
eu-form-received = Apstiprinu, ka esmu saņēmis(-usi) drošības paziņojumu, to izlasījis(-usi) un sapratis(-usi).
eu-form-actions-performed = Esmu veicis(-usi) drošības paziņojumā pieprasītās darbības.
eu-form-users-informed = Informācija un nepieciešamās darbības ir darītas zināmas visiem attiecīgajiem lietotājiem.
eu-form-devices-on-site = Iestādē esošās skartās ierīces
eu-form-devices-hint = Atzīmējiet katru skarto ierīci, kas atrodas Jūsu iestādē, un norādiet daudzumu un sērijas numurus.
eu-form-quantity = Daudzums
eu-form-serials = Sērijas numuri
eu-form-question = Man ir jautājums, lūdzu, sazinieties ar mani.
eu-form-question-details = Jūsu jautājums
eu-form-dist-identified = Esmu identificējis(-usi) klientus, kuri ir saņēmuši vai varētu būt saņēmuši skartās ierīces (klientu saraksts pievienots).
eu-form-dist-informed = Esmu informējis(-usi) identificētos klientus par šo drošības paziņojumu.
eu-form-dist-confirmations = Esmu saņēmis(-usi) atbildes veidlapas no visiem informētajiem klientiem.
eu-form-dist-stock = Krājumos esošās skartās ierīces
eu-form-dist-stock-hint = Atzīmējiet katru skarto ierīci, kas ir Jūsu krājumos, un norādiet daudzumu un sērijas numurus.
eu-form-print-name = Vārds, uzvārds (drukātiem burtiem)
eu-form-signature = Paraksts
eu-form-date = Datums

eu-form-section-return = 4. Apstiprinājuma nosūtīšana atpakaļ sūtītājam
