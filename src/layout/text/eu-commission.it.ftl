### Testi del modello di avviso di sicurezza (FSN) della Commissione europea (dicembre 2018,
### MEDDEV 2.12/1 rev 8), comuni a tutte le notifiche con `template: eu-commission` (italiano).
### review-status: unreviewed

## Intestazione
eu-title = Avviso di sicurezza urgente (FSN)
eu-commercial-name = Nome commerciale
eu-fsca-reference = Riferimento FSCA
eu-action-type = Tipo di azione
eu-date = Data
eu-attention = All'attenzione di

## 1. Informazioni sui dispositivi interessati
eu-section-devices = Informazioni sui dispositivi interessati
eu-device-type = Tipo/i di dispositivo
eu-devices-table = Nome/i commerciale/i, numero/i di modello / catalogo / parte, UDI-DI, versione del software, numeri di serie o di lotto
eu-clinical-purpose = Scopo clinico principale del/i dispositivo/i
eu-associated = Dispositivi associati

## 2. Motivo dell'FSCA
eu-section-reason = Motivo dell'azione correttiva di sicurezza (FSCA)
eu-problem = Descrizione del problema del prodotto
eu-hazard = Pericolo che ha dato luogo all'FSCA
eu-probability = Probabilità che il problema si verifichi
eu-risk = Rischio previsto per i pazienti/gli utilizzatori
eu-further-information = Ulteriori informazioni utili a caratterizzare il problema
eu-background = Informazioni di contesto sul problema
eu-other-information = Altre informazioni pertinenti all'FSCA

## 3. Tipo di azione per mitigare il rischio
eu-section-action = Tipo di azione per mitigare il rischio
eu-user-actions = Azione che deve essere intrapresa dall'utilizzatore
eu-user-action-identify = Identificare il dispositivo
eu-user-action-quarantine = Mettere in quarantena il dispositivo
eu-user-action-return = Restituire il dispositivo
eu-user-action-destroy = Distruggere il dispositivo
eu-user-action-modify = Modifica/ispezione del dispositivo in loco
eu-user-action-patient-follow-up = Seguire le raccomandazioni sulla gestione dei pazienti
eu-user-action-review-results = Riesaminare i risultati precedenti (dispositivi medico-diagnostici in vitro)
eu-user-action-amended-instructions = Prendere nota della modifica/del rafforzamento delle istruzioni per l'uso (IFU)
eu-user-action-other = Altro
eu-user-action-none = Nessuna
eu-user-deadline = Entro quando deve essere completata l'azione?
eu-reply-required = È richiesta una risposta del cliente?
eu-reply-form-attached = Sì: il modulo di risposta è allegato. Restituirlo entro:
eu-manufacturer-actions = Azione intrapresa dal fabbricante
eu-manufacturer-action-removal = Rimozione del prodotto
eu-manufacturer-action-modify = Modifica/ispezione del dispositivo in loco
eu-manufacturer-action-software-upgrade = Aggiornamento del software
eu-manufacturer-action-ifu-change = Modifica delle IFU o dell'etichettatura
eu-manufacturer-action-other = Altro
eu-manufacturer-action-none = Nessuna
eu-manufacturer-deadline = Entro quando deve essere completata l'azione?
eu-inform-patients = L'FSN deve essere comunicato al paziente/all'utilizzatore non professionista?
eu-patient-information = In caso affermativo, il fabbricante ha fornito informazioni aggiuntive adatte al paziente/all'utilizzatore non professionista in una lettera/scheda informativa destinata al paziente o all'utilizzatore non professionista?

## 4. Informazioni generali
eu-section-general = Informazioni generali
eu-fsn-type = Tipo di FSN
eu-fsn-type-new = Nuovo
eu-fsn-type-update = Aggiornamento dell'FSN
eu-previous = Per un FSN aggiornato, numero di riferimento e data dell'FSN precedente
eu-key-new-information = Per un FSN aggiornato, nuove informazioni principali
eu-follow-up-expected = Sono già previsti ulteriori consigli o informazioni in un FSN di follow-up?
eu-follow-up-when = Se è previsto un FSN di follow-up, quando sono attesi gli ulteriori consigli?
eu-manufacturer = Informazioni sul fabbricante
eu-company-name = Nome dell'azienda
eu-address = Indirizzo
eu-website = Indirizzo del sito web
eu-srn = Numero di registrazione unico (SRN)
eu-authority-informed = L'autorità competente (di regolamentazione) del Suo paese è stata informata di questa comunicazione ai clienti.
eu-attachments = Elenco degli allegati/appendici
eu-signature = Nome/firma

## Trasmissione del presente avviso di sicurezza
eu-transmission-heading = Trasmissione del presente avviso di sicurezza
eu-transmission-1 = Il presente avviso deve essere trasmesso a tutti coloro che devono esserne a conoscenza all'interno della Sua organizzazione o a qualsiasi organizzazione a cui siano stati trasferiti i dispositivi potenzialmente interessati.
eu-transmission-2 = Si prega di trasmettere il presente avviso alle altre organizzazioni su cui questa azione ha un impatto.
eu-transmission-3 = Si prega di tenere presente il presente avviso e l'azione che ne deriva per un periodo adeguato, al fine di garantire l'efficacia dell'azione correttiva.
eu-transmission-4 = Si prega di segnalare tutti gli incidenti relativi al dispositivo al fabbricante, al distributore o al rappresentante locale e, se del caso, all'autorità nazionale competente, poiché ciò fornisce un riscontro importante.

## Voci vuote
eu-not-applicable = Non applicabile
eu-none-given = —

## Moduli di risposta (cliente e distributore/importatore), etichette comuni
eu-form-customer-title = Avviso di sicurezza (FSN) — Modulo di risposta del cliente
eu-form-customer-intro = Compili questo modulo per confermare di aver ricevuto l'avviso di sicurezza indicato nella sezione 1 e di aver eseguito le azioni richieste, quindi lo restituisca a { $manufacturer } come indicato nella sezione 4.
eu-form-distributor-title = Avviso di sicurezza (FSN) — Modulo di risposta del distributore/importatore
eu-form-distributor-intro = Compili questo modulo per confermare di aver ricevuto l'avviso di sicurezza indicato nella sezione 1 e di averlo trasmesso ai Suoi clienti, quindi lo restituisca a { $manufacturer }, insieme all'elenco dei clienti informati, come indicato nella sezione 4.

eu-form-section-fsn = 1. Informazioni sull'avviso di sicurezza (FSN)
eu-form-fsn-reference = Numero di riferimento dell'FSN
eu-form-fsn-date = Data dell'FSN
eu-form-device-name = Nome del prodotto/dispositivo
eu-form-product-codes = Codice/i del prodotto
eu-form-batch-serial = Numero/i di lotto/serie

eu-form-section-customer = 2. Dati del cliente
eu-form-section-distributor = 2. Dati del distributore/importatore
eu-form-account-number = Numero cliente
eu-form-organisation-name = Nome dell'organizzazione sanitaria
eu-form-organisation-address = Indirizzo dell'organizzazione
eu-form-department = Reparto/unità
eu-form-shipping-address = Indirizzo di spedizione, se diverso
eu-form-contact-name = Nome del referente
eu-form-contact-title = Titolo o funzione
eu-form-phone = Numero di telefono
eu-form-email = E-mail

eu-form-section-customer-action = 3. Azione intrapresa dal cliente per conto dell'organizzazione sanitaria
eu-form-section-distributor-action = 3. Azione intrapresa dal distributore/importatore
eu-form-received = Confermo di aver ricevuto l'avviso di sicurezza e di averne letto e compreso il contenuto.
eu-form-actions-performed = Ho eseguito le azioni richieste dall'avviso di sicurezza.
eu-form-users-informed = Le informazioni e le azioni richieste sono state portate all'attenzione di tutti gli utenti interessati.
eu-form-devices-on-site = Dispositivi interessati presenti nella struttura
eu-form-devices-hint = Selezioni ogni dispositivo interessato presente nella Sua struttura e ne indichi la quantità e i numeri di serie.
eu-form-quantity = Quantità
eu-form-serials = Numeri di serie
eu-form-question = Ho una domanda: si prega di contattarmi.
eu-form-question-details = Domanda
eu-form-dist-identified = Ho identificato i clienti che hanno ricevuto o potrebbero aver ricevuto i dispositivi interessati (elenco dei clienti allegato).
eu-form-dist-informed = Ho informato i clienti identificati del presente avviso di sicurezza.
eu-form-dist-confirmations = Ho ricevuto i moduli di risposta di tutti i clienti informati.
eu-form-dist-stock = Dispositivi interessati in magazzino
eu-form-dist-stock-hint = Selezioni ogni dispositivo interessato presente nel Suo magazzino e ne indichi la quantità e i numeri di serie.
eu-form-print-name = Nome (in stampatello)
eu-form-signature = Firma
eu-form-date = Data

eu-form-section-return = 4. Restituzione del modulo al mittente
