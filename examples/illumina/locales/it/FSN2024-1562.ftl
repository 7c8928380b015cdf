### FSN2024-1562 — Avviso urgente di sicurezza (italiano), testo come pubblicato.

## Prodotti
product-miseq-dx = MiSeq™ Dx Instrument
product-nextseq-550dx = NextSeq™ 550Dx Instrument
product-novaseq-6000dx = NovaSeq™ 6000Dx Instrument
product-dragen-server-nextseq-550dx = illumina DRAGEN™ Server for NextSeq™ 550Dx
product-dragen-server-v4 = illumina DRAGEN™ Server v4
product-veriseq-onsite-server-v2 = VeriSeq™ Onsite Server v2

## Lettera
intro = illumina La sta contattando in merito a una vulnerabilità sulla sicurezza informatica identificata nel protocollo di comunicazione tra l'archiviazione di rete, i server e/o i computer forniti dal cliente e i prodotti specificati nella Tabella 1 di seguito. Questa notifica descrive brevemente il problema, le azioni di illumina e le azioni richieste ai clienti.

products-caption = Tabella 1: Prodotto/i interessato/i
col-product = Prodotto interessato
col-catalogue = Numero di catalogo
col-udi = Identificatore univoco del dispositivo - Numero di identificazione del dispositivo

summary-1 = Durante la conduzione di analisi di routine sulla sicurezza informatica, il Team per la sicurezza dei prodotti di illumina ha identificato un rischio non controllato per la sicurezza dei prodotti associato al protocollo di comunicazione tra i prodotti di illumina identificati nella Tabella 1 e l'archiviazione di rete, i server e/o i computer forniti dal cliente. illumina ha stabilito che, se non vengono utilizzati protocolli sicuri, un attore non autorizzato che ha già ottenuto un accesso privilegiato alla rete del cliente potrebbe intercettare e sfruttare queste comunicazioni.
summary-2 = Se un attore non autorizzato dovesse sfruttare questa vulnerabilità, potrebbe potenzialmente intercettare e modificare i file, portando alla consegna di risultati errati, risultati ritardati, nessun risultato o file danneggiati all'entità di rete fornita dal cliente e/o all'esposizione dei dati del paziente nei file trasmessi.
summary-3 = Al momento, Illumina non ha ricevuto alcuna segnalazione e non possiede alcuna evidenza che indichi lo sfruttamento di questa vulnerabilità.

manufacturer-1 = Illumina fornisce una Guida alla sicurezza informatica che include raccomandazioni su come i clienti possono proteggere la comunicazione della loro rete interna con il prodotto di Illumina.
manufacturer-2 = L'inosservanza di queste istruzioni o la mancata implementazione delle migliori pratiche sulla sicurezza della rete per proteggere i Suoi sistemi potrebbe lasciare la Sua organizzazione esposta ai rischi sopra descritti.
manufacturer-3 = Il problema è stato portato all'attenzione degli organismi di regolamentazione locali e internazionali e delle autorità competenti.

customer-intro = Per tutti i prodotti interessati, adotti i seguenti provvedimenti per implementare le mitigazioni:
step-1 = Scarichi e legga <a href="cyberguidance">questo</a> documento di Guida sulla sicurezza informatica. Il collegamento ipertestuale completo è riportato di seguito.
step-1-link = <a href="cyberguidance">https://support.illumina.com/support-content/cyberguidance.html</a>
step-2 = Per ogni prodotto connesso alla rete del cliente: collabori con il reparto informatico interno per determinare quale protocollo sicuro funziona meglio nel Suo ambiente e implementare la modifica di configurazione appropriata.
note-dual-mode = <b>Nota:</b> una modifica al protocollo di rete influisce contemporaneamente su entrambe le modalità Dx e RUO, pertanto non è necessario avviare ciascuna modalità separatamente per intraprendere le azioni necessarie.
return-form = Compili e restituisca il Modulo di Verifica dopo aver eseguito tutti i passaggi indicati nelle istruzioni fornite relative a uno o più determinati prodotti identificati come interessati nella Tabella 1.
note-compromised = <b>NOTA:</b> se si sospetta che lo strumento sia stato compromesso da un utente non autorizzato, scollegare immediatamente il cavo di rete e contattare <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
adverse-event = Se rileva un evento avverso legato all'uso di qualsiasi prodotto interessato e dovuto a questa vulnerabilità, segnali l'evento al programma MedWatch Adverse Event Reporting della FDA tramite modalità online, posta ordinaria o fax. È possibile compilare e inviare online la segnalazione all'indirizzo <a href="medwatch">www.fda.gov/medwatch/report.htm</a>. Nelle aree al di fuori degli Stati Uniti, contattare l'organismo di regolamentazione locale.
support = Illumina prende molto seriamente la sicurezza. Siamo impegnati a supportar La nella gestione di questa vulnerabilità. Per qualsiasi altra domanda o richiesta di assistenza, contattare <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>. Potrebbe anche essere contattato da un fornitore esterno per conto di Illumina per assicurarsi che Lei riceva il supporto di cui ha bisogno.

why-1 = Ha ricevuto questa notifica perché dai nostri registri si evince che Lei è il referente della Sua organizzazione per le modifiche ai prodotti, l'obsolescenza dei prodotti e i problemi di qualità.
why-2 = Queste notifiche contengono informazioni essenziali sui nostri prodotti e non sono comunicazioni di marketing. Pertanto, è possibile che Lei riceva queste notifiche nonostante abbia scelto di non ricevere comunicazioni di marketing da Illumina. Se, nell'ambito della Sua organizzazione, Lei non è il referente appropriato per la ricezione di tali notifiche, può annullare l'iscrizione all'invio di queste notifiche compilando e <a href="unsubscribe">inviando questo modulo</a>. Per maggiori informazioni, veda la nostra <a href="privacy">Politica sulla privacy</a>.

## Modulo di verifica
form-intro-1 = Illumina Le ha inviato un Avviso urgente di richiamo dei dispositivi medici { $notice } relativo a un problema riguardante gli strumenti NextSeq 550Dx, MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4 e VeriSeq Onsite Server v2.
form-intro-2 = Compili il modulo sottostante per confermare la ricezione dell'avviso e il completamento delle Azioni da parte del cliente indicate in questa notifica. Una volta compilato, invii il modulo per e-mail all'indirizzo <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
form-intro-3 = In alternativa, è possibile inviare un'e-mail all'Assistenza Tecnica di Illumina fornendo le informazioni richieste di seguito.
form-received = Confermo di aver ricevuto la comunicazione { $notice } e di averne letto e compreso il contenuto.
form-cyberguidance-read = Confermo che il documento Guida sulla sicurezza informatica è stato scaricato e letto.

## E-mail (build --recipients ... --email): che cosa deve fare il cliente, in poche righe
email-summary = Una vulnerabilità di sicurezza informatica riguarda la comunicazione tra i prodotti elencati nell'avviso e i dispositivi di archiviazione di rete, i server o i computer della vostra struttura. Vi preghiamo di leggere l'avviso allegato, di configurare un protocollo sicuro come descritto nella Guida alla sicurezza informatica e di restituire il modulo di risposta.
