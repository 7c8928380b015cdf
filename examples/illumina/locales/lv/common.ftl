### Visiem paziņojumiem kopīgie teksti (latviešu valoda).

## Lapas marķējums un virsraksta rindas
marking-recall = Atsaukums
title-quality-notice = Paziņojums par kvalitāti
title-urgent-recall = Steidzams medicīniskās ierīces atsaukums
title-urgent-fsn = Steidzams operatīvais drošuma paziņojums
greeting = Cien. klient!
udi-not-applicable = Nav attiecināms

## Sadaļu virsraksti
heading-summary = Problēmas kopsavilkums
heading-manufacturer-actions = Illumina darbības
heading-customer-actions = Nepieciešamās klientu darbības
heading-why = Kādēļ Jūs saņemat šo paziņojumu

## Vēstules noslēgums
closing = Cienā,

## Kājene katrā lapā
contact-tech-support = Tehniskais atbalsts:
contact-customer-care = Palīdzība klientiem:
footer-copyright = © { $year } Illumina, Inc. Visas tiesības paturētas. Visas preču zīmes ir Illumina, Inc. vai to attiecīgo īpašnieku īpašums. Konkrētu informāciju par preču zīmēm skatiet vietnē www.illumina.com/company/legal.html.
footer-reference = { $notice } ({ $document })
footer-page = { $page }. lpp. no { $pages }
footer-ivd = Tikai <i>in vitro</i> diagnostikas nolūkiem. Nav pieejams visās valstīs vai reģionos.
draft-mark = MELNRAKSTS

## Pārbaudes veidlapa
form-title = Pārbaudes veidlapa
form-company-name = Uzņēmuma nosaukums
form-person-info = Informācija par veidlapas aizpildītāju
form-name = Vārds, uzvārds:
form-job-title = Amats:
form-date-placeholder = DD.MMM.GGGG
form-date = Datums ({ form-date-placeholder }):
# The format of the reply form's date fields, as the placeholder above shows it: viewers
# check and tidy a typed date with it, and `replies collect` reads dates with it. Not printed.
# d or dd (day), m, mm or mmm (month; mmm: Jan, Feb... in English), yyyy (year), separators.
form-date-format = dd.mmm.yyyy
form-customer-responses = Klienta atbildes
form-distributor-responses = Izplatītāja/importētāja atbildes
form-not-applicable = Nav attiecināms
form-dist-identified = Esmu noteicis(-kusi) klientus, kas saņēma vai varētu būt saņēmuši ietekmēto izstrādājumu.
form-dist-informed = Esmu informējis(-usi) identificētos klientus par šo atsaukumu.
form-informed-users = Informācija ir sniepta visiem attiecīgajiem lietotājiem.
yes = Jā
no = Nē
