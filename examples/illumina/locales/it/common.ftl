### Testi comuni a tutte le notifiche (italiano).

## Marcatura della pagina e righe del titolo
marking-recall = Richiamo
title-quality-notice = Notifica di qualità
title-urgent-recall = Richiamo urgente di dispositivo medico
title-urgent-fsn = Avviso urgente di sicurezza
greeting = Gentile cliente,
udi-not-applicable = N/D

## Titoli delle sezioni
heading-summary = Riepilogo del problema
heading-manufacturer-actions = Azioni da parte di Illumina
heading-customer-actions = Azioni da parte del cliente
heading-why = Perché riceve questa notifica

## Chiusura della lettera
closing = Cordiali saluti,

## Piè di pagina
contact-tech-support = Assistenza Tecnica:
contact-customer-care = Servizio clienti:
footer-copyright = © { $year } Illumina, Inc. Tutti i diritti riservati. Tutti i marchi di fabbrica sono di proprietà di Illumina, Inc. o dei rispettivi proprietari. Per informazioni specifiche sui marchi di fabbrica, visiti la pagina Web www.illumina.com/company/legal.html.
footer-reference = { $notice } ({ $document })
footer-page = Pagina { $page } di { $pages }
footer-ivd = Esclusivamente per uso diagnostico <i>in vitro</i>. Non disponibile in tutti i paesi o regioni.
draft-mark = BOZZA

## Modulo di verifica
form-title = Modulo di verifica
form-company-name = Nome dell'azienda
form-person-info = Informazioni sulla persona che ha compilato il modulo
form-name = Nome:
form-job-title = Titolo:
form-date-placeholder = GG-MMM-AAAA
form-date = Data ({ form-date-placeholder }):
# The format of the reply form's date fields, as the placeholder above shows it: viewers
# check and tidy a typed date with it, and `replies collect` reads dates with it. Not printed.
# d or dd (day), m, mm or mmm (month; mmm: Jan, Feb... in English), yyyy (year), separators.
form-date-format = dd-mmm-yyyy
form-customer-responses = Risposte del cliente
form-distributor-responses = Risposte del distributore/importatore
form-not-applicable = Non applicabile
form-dist-identified = Ho identificato i clienti che hanno ricevuto o potrebbero aver ricevuto il prodotto interessato.
form-dist-informed = Ho informato i clienti identificati del richiamo in oggetto.
form-informed-users = Le informazioni sono state portate all'attenzione di tutti gli utenti interessati.
yes = Sì
no = No
