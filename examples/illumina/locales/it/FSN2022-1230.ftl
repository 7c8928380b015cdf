### FSN2022-1230: vulnerabilità alla sicurezza informatica di Local Run Manager (LRM)
### sugli strumenti NextSeq 550Dx e MiSeqDx. Testo specifico della notifica (italiano).

## Lettera
intro = Illumina la sta contattando per segnalare una vulnerabilità alla sicurezza informatica di Local Run Manager (LRM) identificata negli strumenti NextSeq™ 550Dx e MiSeq™Dx. Questa notifica descrive brevemente il problema, le azioni di Illumina e le azioni richieste ai clienti.

## Tabella dei prodotti
products-caption = Tabella 1: Prodotti interessati
col-product = Nome del prodotto/dispositivo
col-udi = Numero di identificazione del dispositivo
col-catalogue = Numero di catalogo
product-nextseq-550dx = Strumento NextSeq 550Dx
product-miseqdx = Strumento MiSeqDx

## Riepilogo del problema
summary-1 = Illumina ha identificato una vulnerabilità alla sicurezza informatica del software Local Run Manager (LRM) negli strumenti di sequenziamento per la diagnostica in vitro identificati nella Tabella 1.
summary-2 = Al momento, Illumina non ha ricevuto alcuna segnalazione che indichi lo sfruttamento di questa vulnerabilità.
summary-3 = Un utente non autorizzato potrebbe potenzialmente sfruttare la vulnerabilità per prendere il controllo dello strumento da remoto e quindi eseguire delle azioni a livello di sistema operativo; tali azioni potrebbero influire su impostazioni, configurazioni, software o dati presenti sullo strumento o sulla rete del cliente. Lo sfruttamento di questa vulnerabilità potrebbe causare la mancata generazione di risultati, la generazione di risultati errati, la compromissione dei file o una violazione dei dati del paziente. Lo sfruttamento di questa vulnerabilità nel modo sopra indicato può presentare un possibile rischio per la salute del paziente.

## Azioni da parte di Illumina
manufacturer-actions-1 = Illumina ha sviluppato una patch software per impedire lo sfruttamento di questa vulnerabilità. Siamo attualmente impegnati a sviluppare una correzione software permanente per gli strumenti attuali e quelli futuri.
manufacturer-actions-2 = Per gli strumenti collegati a Internet, è possibile scaricare la patch software già da ora (nella sezione Azioni da parte del cliente in basso è indicato l'indirizzo del sito web per il download). Illumina raccomanda ai clienti di scaricare immediatamente la patch software e di installarla su tutti gli strumenti interessati.
manufacturer-actions-3 = Per l'installazione della patch software sui prodotti LRM interessati non collegati a Internet, Illumina ha sviluppato altre opzioni. Per informazioni su queste opzioni, contattare al più presto l'Assistenza Tecnica all'indirizzo techsupport@illumina.com.
authorities-informed = Il problema è stato portato all'attenzione degli organismi di regolamentazione locali e internazionali e delle autorità competenti.
manufacturer-actions-questions = Per qualsiasi altra domanda o richiesta di assistenza, contattare techsupport@illumina.com.

## Azioni da parte del cliente
customer-actions-note = <b>Nota:</b> gli strumenti interessati sono dotati di modalità dual boot ed è importante installare la patch software separatamente in ciascuna modalità (Dx e RUO) di ogni strumento. È inoltre importante installare la patch software in qualsiasi istanza autonoma di LRM non integrata sullo strumento per l'uso in modalità RUO sugli strumenti Dx.
step-1 = <b>Strumenti connessi a Internet:</b> scaricare e installare immediatamente la patch software disponibile a questo indirizzo su ogni strumento interessato, in ciascuna modalità (modalità Dx e modalità RUO) e/o su ogni istanza autonoma di LRM non integrata sullo strumento per l'uso in modalità RUO sugli strumenti Dx.
step-1-note-1 = Prima di installare la patch software, si consiglia di eseguire il backup dei dati.
step-1-note-2 = Per una migliore protezione, al momento attuale Illumina fornisce l'indirizzo del sito web solo ai clienti in possesso di prodotti interessati e agli organismi di regolamentazione.
step-1-note-3 = Compilare e restituire il Modulo di verifica riportato in basso entro 5 giorni lavorativi.
step-2 = <b>Strumenti non connessi a Internet:</b> per avere istruzioni sugli altri metodi di implementazione della patch software, contattare techsupport@illumina.com.
step-2-note-1 = Compilare e restituire il Modulo di Verifica seguente immediatamente dopo l'installazione della patch software.
step-3 = <b>Correzione software permanente:</b> quando sarà disponibile, installare l'aggiornamento del software che risolverà definitivamente questa vulnerabilità. Ulteriori informazioni su questo aggiornamento software verranno inviate tramite una nuova comunicazione.
note-web-ui = <b>NOTA:</b> l'installazione della patch software bloccherà l'accesso remoto all'interfaccia utente web di LRM (web UI) e sostituirà l'attuale Guida per l'utente di LRM; tutte le altre funzioni essenziali dello strumento resteranno inalterate. I clienti che utilizzano l'interfaccia web per i flussi di lavoro del laboratorio, possono contattare techsupport@illumina.com per ricevere assistenza immediatamente.
note-compromised = <b>NOTA:</b> se si sospetta che lo strumento sia stato compromesso da un utente non autorizzato, scollegare immediatamente il cavo di rete e contattare immediatamente techsupport@illumina.com. Per informazioni sui passaggi che consentono di esaminare il dispositivo, fare riferimento al Manuale di istruzioni per la patch software 1.0 di LRM.
adverse-event-report = Se un utente rileva un evento avverso legato all'uso dei prodotti interessati e dovuto a questa vulnerabilità, segnalare l'evento al programma MedWatch Adverse Event Reporting della FDA tramite modalità online, tramite posta ordinaria o tramite fax. È possibile compilare e inviare online la segnalazione all'indirizzo www.fda.gov/medwatch/report.htm. Nelle aree al di fuori degli Stati Uniti, contattare l'organismo di regolamentazione locale.
closing-remarks = Illumina prende molto seriamente la sicurezza e la privacy dei dati. Siamo impegnati a supportarvi nella gestione di questa vulnerabilità. Per qualsiasi domanda, la preghiamo di scrivere a techsupport@illumina.com.

## Perché riceve questa notifica
why-receiving-1 = Le inviamo questa notifica, perché lei risulta essere la persona referente per la sua azienda. Talvolta dobbiamo informare i nostri clienti su modifiche del prodotto, obsolescenza del prodotto o problemi di qualità.
why-receiving-2 = Pertanto le chiediamo di prestare attenzione a queste notifiche in quanto contengono informazioni importanti sui nostri prodotti e non sono comunicazioni di marketing. Potrebbe quindi ricevere queste notifiche anche nel caso in cui lei avesse scelto di non ricevere materiale di marketing da parte di Illumina. Qualora lei non fosse la persona da contattare all'interno dell'azienda per tali notifiche, la invitiamo a inviare un'e-mail all'indirizzo customernotifications@illumina.com indicando il contatto corretto. Per maggiori informazioni, veda la nostra Politica sulla privacy.

## Modulo di verifica
form-intro-1 = Il { $date }, Illumina le ha inviato un avviso di richiamo urgente di un dispositivo medico { $notice }, relativo a un problema degli strumenti NextSeq 550Dx e MiSeqDx.
form-intro-2 = La invitiamo a completare la tabella seguente per confermare la ricezione della notifica e di inviare tramite e-mail il modulo compilato all'indirizzo techsupport@illumina.com al completamento dell'installazione della patch software come indicato nella sezione Azioni da parte del cliente di questa notifica.
form-products-header = Nome del prodotto/dispositivo
form-col-quantity = Q.TÀ
form-col-serials = Numeri di serie
form-products-mark = Contrassegnare tutti i prodotti interessati
form-product-nextseq-550dx = NextSeq 550Dx
form-product-miseqdx = MiSeqDx
form-product-lrm-standalone = Istanze autonome di LRM non integrate sullo strumento per l'uso in modalità RUO sugli strumenti Dx.
form-customer-data = Dati del cliente
form-contact-name = Nome in stampatello:
form-contact-title = Titolo in stampatello della persona che ha compilato il modulo:
form-confirm-received = Confermo di aver ricevuto la comunicazione { $notice } e di averne letto e compreso il contenuto.
form-lrm-installed = Dichiaro che sugli strumenti contrassegnati in alto è installato LRM.
form-patch-installed = Confermo che la patch software è installata su tutti gli strumenti identificati in alto.
form-dist-not-applicable = Non pertinente
form-dist-customers-identified = Ho identificato i clienti che hanno ricevuto o potrebbero aver ricevuto il prodotto.
form-informed-date = Data (GG-MMM-AAAA)
form-acknowledge = Prendo atto del fatto che dopo aver scaricato la patch software, essa deve essere installata separatamente su ciascuna modalità (rispettivamente modalità Dx e modalità RUO) di ciascuno strumento interessato identificato in questo Modulo di verifica e/o in qualsiasi istanza autonoma di LRM non integrata sullo strumento per l'uso in modalità RUO sugli strumenti Dx.
form-signature-line = Firma della persona che ha compilato il modulo
form-signature-date = Data
