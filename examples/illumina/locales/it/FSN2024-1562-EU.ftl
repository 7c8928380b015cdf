### FSN2024-1562-EU — i fatti di FSN2024-1562 (vulnerabilità sulla sicurezza informatica nel
### protocollo di comunicazione dei prodotti Dx di Illumina) sul modello FSN della Commissione europea
### (italiano). Le frasi della traduzione pubblicata di FSN2024-1562 sono riprese dove possibile.

## Prodotti (tabella della sezione 1)
eu1562-product-miseq-dx = MiSeq™ Dx Instrument
eu1562-product-nextseq-550dx = NextSeq™ 550Dx Instrument
eu1562-product-novaseq-6000dx = NovaSeq™ 6000Dx Instrument
eu1562-product-dragen-server-nextseq-550dx = Illumina DRAGEN™ Server for NextSeq™ 550Dx
eu1562-product-dragen-server-v4 = Illumina DRAGEN™ Server v4
eu1562-product-veriseq-onsite-server-v2 = VeriSeq™ Onsite Server v2

eu1562-products-caption = Tabella 1: Prodotto/i interessato/i
eu1562-col-product = Prodotto interessato
eu1562-col-catalogue = Numero di catalogo
eu1562-col-udi = Identificatore univoco del dispositivo - Numero di identificazione del dispositivo (UDI-DI)

## Intestazione
eu1562-attention = Il referente per le modifiche ai prodotti, l'obsolescenza dei prodotti e i problemi di qualità di ogni organizzazione che utilizza i prodotti interessati e il relativo reparto informatico; i distributori e gli importatori dei prodotti interessati.
eu1562-action-type = Richiamo di dispositivo medico: azione del cliente per implementare protocolli di rete sicuri

## 1. Informazioni sui dispositivi interessati
eu1562-device-type = Strumenti di sequenziamento di nuova generazione per uso diagnostico in vitro (MiSeqDx, NextSeq 550Dx, NovaSeq 6000Dx) e server in sede per l'analisi dei relativi dati di sequenziamento (Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4, VeriSeq Onsite Server v2).
eu1562-clinical-purpose = Sequenziamento di librerie di DNA umano con saggi diagnostici in vitro (IVD) eseguiti sugli strumenti e analisi secondaria dei dati di sequenziamento risultanti sui server. La destinazione d'uso completa di ciascun prodotto è riportata nelle relative istruzioni per l'uso.
eu1562-associated-devices = Archiviazione di rete, server e/o computer forniti dal cliente che scambiano file con i prodotti interessati attraverso la rete del cliente.

## 2. Motivo dell'FSCA
eu1562-problem-1 = Durante la conduzione di analisi di routine sulla sicurezza informatica, il Team per la sicurezza dei prodotti di Illumina ha identificato un rischio non controllato per la sicurezza dei prodotti associato al protocollo di comunicazione tra i prodotti di Illumina identificati nella Tabella 1 e l'archiviazione di rete, i server e/o i computer forniti dal cliente. Illumina ha stabilito che, se non vengono utilizzati protocolli sicuri, un attore non autorizzato che ha già ottenuto un accesso privilegiato alla rete del cliente potrebbe intercettare e sfruttare queste comunicazioni.
eu1562-hazard = Se un attore non autorizzato dovesse sfruttare questa vulnerabilità, potrebbe potenzialmente intercettare e modificare i file, portando alla consegna di risultati errati, risultati ritardati, nessun risultato o file danneggiati all'entità di rete fornita dal cliente e/o all'esposizione dei dati del paziente nei file trasmessi.
eu1562-probability = Il problema può verificarsi solo se non vengono utilizzati protocolli sicuri e un attore non autorizzato ha già ottenuto un accesso privilegiato alla rete del cliente; la sua probabilità dipende pertanto dalla sicurezza della rete di ciascun cliente. Al momento, Illumina non ha ricevuto alcuna segnalazione e non possiede alcuna evidenza che indichi lo sfruttamento di questa vulnerabilità.
eu1562-risk = Se questa vulnerabilità venisse sfruttata, risultati errati, ritardati o mancanti potrebbero ritardare la diagnosi di un paziente o portare a decisioni basate su un risultato errato, e i dati del paziente contenuti nei file trasmessi potrebbero essere esposti. L'inosservanza delle istruzioni della sezione 3 o la mancata implementazione delle migliori pratiche sulla sicurezza della rete per proteggere i Suoi sistemi potrebbe lasciare la Sua organizzazione esposta ai rischi sopra descritti.
eu1562-further-information = Sono interessati solo i prodotti connessi alla rete del cliente: la vulnerabilità riguarda i file che essi scambiano con l'archiviazione di rete, i server e/o i computer forniti dal cliente quando non vengono utilizzati protocolli sicuri.
eu1562-background = La vulnerabilità è stata identificata dal Team per la sicurezza dei prodotti di Illumina durante analisi di routine sulla sicurezza informatica, e non in seguito a un incidente di sicurezza.
eu1562-other-information = Se si sospetta che lo strumento sia stato compromesso da un utente non autorizzato, scollegare immediatamente il cavo di rete e contattare <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.

## 3. Tipo di azione per mitigare il rischio
eu1562-step-identify = Identifichi i prodotti interessati elencati nella Tabella 1 presenti nella Sua struttura e quali di essi sono connessi alla rete del cliente.
eu1562-step-guidance = Scarichi e legga <a href="cyberguidance">questo</a> documento di Guida sulla sicurezza informatica. Il collegamento ipertestuale completo è riportato di seguito.
eu1562-step-guidance-link = <a href="cyberguidance">https://support.illumina.com/support-content/cyberguidance.html</a>
eu1562-step-protocol = Per ogni prodotto connesso alla rete del cliente: collabori con il reparto informatico interno per determinare quale protocollo sicuro funziona meglio nel Suo ambiente e implementare la modifica di configurazione appropriata.
eu1562-note-dual-mode = <b>Nota:</b> una modifica al protocollo di rete influisce contemporaneamente su entrambe le modalità Dx e RUO, pertanto non è necessario avviare ciascuna modalità separatamente per intraprendere le azioni necessarie.
eu1562-step-return = Compili e restituisca il Modulo di risposta del cliente dopo aver eseguito tutti i passaggi indicati nelle istruzioni fornite relative a uno o più determinati prodotti identificati come interessati nella Tabella 1.
eu1562-step-return-distributor = Distributori e importatori: trasmettano il presente avviso ai clienti che hanno ricevuto i prodotti interessati, quindi compilino e restituiscano il Modulo di risposta del distributore/importatore.
eu1562-user-deadline = Il prima possibile dopo aver ricevuto il presente avviso: il rischio permane finché non viene implementato un protocollo sicuro per ogni prodotto interessato connesso alla rete del cliente.
eu1562-reply-deadline = 30 giorni dal ricevimento del presente avviso, dopo aver eseguito le azioni della sezione 3.1.
eu1562-manufacturer-guidance = Illumina fornisce una Guida sulla sicurezza informatica che include raccomandazioni su come i clienti possono proteggere la comunicazione della loro rete interna con il prodotto di Illumina.
eu1562-manufacturer-support = Illumina prende molto seriamente la sicurezza. Siamo impegnati a supportarLa nella gestione di questa vulnerabilità. Per qualsiasi altra domanda o richiesta di assistenza, contattare <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>. Potrebbe anche essere contattato da un fornitore esterno per conto di Illumina per assicurarsi che Lei riceva il supporto di cui ha bisogno.
eu1562-manufacturer-deadline = Completata: la Guida sulla sicurezza informatica è già disponibile. L'Assistenza Tecnica di Illumina assisterà i clienti fino al completamento delle azioni della sezione 3.1.

## 4. Informazioni generali
eu1562-attachment-cyberguidance = Guida sulla sicurezza informatica di Illumina (da scaricare: <a href="cyberguidance">https://support.illumina.com/support-content/cyberguidance.html</a>)

## Moduli di risposta: valori della sezione 1
eu1562-form-fsn-reference = FSN2024-1562
eu1562-form-fsn-date = { $date }
eu1562-form-devices = Strumenti MiSeqDx, NextSeq 550Dx e NovaSeq 6000Dx; Illumina DRAGEN Server for NextSeq 550Dx; Illumina DRAGEN Server v4; VeriSeq Onsite Server v2
eu1562-form-product-codes = DX-410-1001, 15036706, 20005715, 20068232, 20086130, 20051343, 20047000
eu1562-form-serials = Tutti i numeri di serie (indicare i propri nella sezione 3)

## Moduli di risposta: conferme e restituzione
eu1562-form-cyberguidance-read = Confermo che il documento Guida sulla sicurezza informatica è stato scaricato e letto.
eu1562-form-return-email = Una volta compilato, invii il modulo per e-mail all'indirizzo <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>. In alternativa, è possibile inviare un'e-mail all'Assistenza Tecnica di Illumina fornendo le informazioni richieste in questo modulo. Per domande su questo modulo, contatti il Servizio clienti di Illumina all'indirizzo <a href="mailto:customercare@illumina.com">customercare@illumina.com</a>.
eu1562-form-return-deadline = <b>Termine per la restituzione del presente modulo:</b> 30 giorni dal ricevimento dell'avviso.

## E-mail (build --recipients ... --email): che cosa deve fare il cliente, in poche righe
email-summary = Una vulnerabilità di sicurezza informatica riguarda la comunicazione tra i prodotti elencati nell'avviso e i dispositivi di archiviazione di rete, i server o i computer della vostra struttura. Vi preghiamo di leggere l'avviso allegato, di configurare un protocollo sicuro come descritto nella Guida alla sicurezza informatica e di restituire il modulo di risposta.
