### FSN2024-1562 — Steidzams operatīvais drošuma paziņojums (latviešu valoda), teksts kā publicēts.

## Izstrādājumi
product-miseq-dx = MiSeq™ Dx Instrument
product-nextseq-550dx = NextSeq™ 550Dx Instrument
product-novaseq-6000dx = NovaSeq™ 6000Dx Instrument
product-dragen-server-nextseq-550dx = Illumina DRAGEN™ Server for NextSeq™ 550Dx
product-dragen-server-v4 = Illumina DRAGEN™ Server v4
product-veriseq-onsite-server-v2 = VeriSeq™ Onsite Server v2

## Parakstītāju vārdi, kā tie iespiesti latviešu izdevumā
signatory-gary-workman = Gerijs Workmens [Gary Workman]
signatory-karen-gutekunst = Kārena Gutekunsta [Karen Gutekunst]

## Vēstule
intro = Illumina sazinās ar Jums saistībā ar konstatētu kiberdrošības ievainojamību saziņas protokolā starp klienta nodrošināto tīkla krātuvi, serveriem un/vai datoriem un 1. tabulā norādītajiem izstrādājumiem. Šajā paziņojumā ir izklāstīts problēmas kopsavilkums, Illumina darbības un nepieciešamās klientu darbības.

products-caption = 1. tabula. Ietekmētais(-ie) produkts(-i)
col-product = Ietekmētais produkts
col-catalogue = Kataloga numurs
col-udi = Unikālais ierīces identifikators - ierīces identifikācijas numurs

summary-1 = Veicot ikdienas kiberdrošības analīzi, Illumina produktu drošības komanda identificēja nekontrolētu produkta drošības risku, kas saistīts ar saziņas protokolu starp Illumina izstrādājumiem, kas norādīti 1. tabulā, un klienta nodrošinātu tīkla krātuvi, serveriem un/vai datoriem. Illumina konstatēja, ka, ja netiek izmantoti droši protokoli, neautorizēts dalībnieks, kurš jau ir ieguvis priviliģētu piekļuvi klientu tīklam, var pārtvert un izmantot šos saziņu.
summary-2 = Ja neautorizēts dalībnieks izmantotu šo ievainojamību, tas potenciāli varētu pārtvert un izmainīt failus, kas var izraisīt nepareizus rezultātus piegādi, rezultātu aizkavēšanos vai rezultātu zaudēšanu, vai bojātus failus klienta nodrošinātajā tīkla struktūrā un/vai pacientu datu atklāšanu no pārsūtītajiem failiem.
summary-3 = Šajā laikā Illumina nav saņēmusi nevienu ziņojumu, un nav pierādījumu, kas norādītu, ka šī ievainojamība ir tikusi izmantota.

manufacturer-1 = Illumina sniedz kiberdrošības vadlīnijas, kas ietver ieteikumus par to, kā klienti var nodrošināt savu iekšējā tīkla saziņu ar Illumina produktu.
manufacturer-2 = Ja neievērosiet šos norādījumus vai neieviesīsiet tīkla drošības pasākumus, lai aizsargātu savas sistēmas, Jūsu organizācija var tikt pakļauta iepriekš aprakstītajiem riskiem.
manufacturer-3 = Par šo jautājumu ir informētas attiecīgās vietējās un starptautiskās regulatīvās iestādes, tostarp kompetentās iestādes.

customer-intro = Visiem ietekmētajiem izstrādājumiem veiciet tālāk norādītās darbības, lai īstenotu ievainojamības mazināšanas pasākumus.
step-1 = Lejupielādējet un izlasiet šo Kiberdrošības vadlīniju dokumentu. Pilna hipersaite ir sniegtā tālāk.
step-1-link = <a href="cyberguidance">https://support.illumina.com/support-content/cyberguidance.html</a>
step-2 = Katram izstrādājumam, kas savienots ar klienta tīklu: sazinieties ar savu iekšējo IT nodaļu, lai noteiku, kurš drošais protokols vislabāk darbojas Jūsu vidē, un ieviestu atbilstošas konfigurācijas izmaiņas.
note-dual-mode = <b>Piezīme.</b> Tīkla protokola izmaiņas vienlaikus ietekmē gan Dx, gan RUO režīmus, tāpēc nav nepieciešama sāknēšana katrā režīmā atsevišķi, lai veiktu nepieciešamās darbības.
return-form = Aizpildiet un atsūtiet atpakaļ pārbaudes veidlapu pēc tam, kad izpildīsiet visas darbības, kuras sniegtas norādījumos par konkrēto(-ajiem) izstrādājumu(-iem), kas 1. tabulā identificēts(-i) kā ietekmēts(-i).
note-compromised = <b>PIEZĪME.</b> Ja Jums ir aizdomas, ka Jūsu izstrādājumu varētu būt uzlauzis neautorizēts lietotājs, lūdzu nekavējoties atvienojiet tīkla kabeli un sazinieties ar <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
adverse-event = Ja šīs ievainojamības dēļ rodas nevēlams notikums, lietojot kādu no ietekmētajiem izstrādājumiem, lūdzu, ziņojiet par to FDA MedWatch Nevēlamo notikumu ziņošanas programmai tiešsaistē, pa pastu vai pa faksu. Pārskatu tiešsaistē var aizpildīt un iesniegt vietnē <a href="medwatch">www.fda.gov/medwatch/report.htm</a>. Reģionos ārpus ASV, lūdzu, sazinieties ar vietējo regulatīvo iestādi.
support = Illumina ļoti nopietni uztver drošības jautājumus. Mēs esam apņēmušies atbalstīt Jūs šīs ievainojamības novēršanā. Ja jums ir kādi citi jautājumi vai nepieciešama palīdzība, lūdzu, sazinieties ar <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>. Ar jums var sazināties arī ārējs piegādātājs Illumina vārdā, lai nodrošinātu jums nepieciešamo atbalstu.

# The seed prints why-1 and why-2 as one paragraph.
why-1 = Jūs saņemat šo paziņojumu, jo mūsu rīcībā esošā informācija liecina, ka esat piemērota kontaktpersona Jūsu organizācijai saistībā ar produkta izmaiņām, produktu novecošanos un kvalitātes problēmām.
why-2 = Lūdzu, ņemiet vērā, ka šie paziņojumi satur būtisku informāciju par mūsu produktiem un tie nav mārketinga materiāli. Tādējādi varat saņemt šos paziņojumus, neskatoties uz to, ka esat atteicies no Illumina mārketinga materiālu saņemšanas. Ja neesat piemērota persona savā organizācijā, lai saņemtu šos paziņojumus, varat anulēt šo paziņojumu abonēšanu, <a href="unsubscribe">iesniedzot šo veidlapu</a>. Sīkāku informāciju lūdzam skatīt mūsu <a href="privacy">Privātuma politikā</a>.

## Pārbaudes veidlapa
form-intro-1 = Illumina nosūtīja jums steidzamu medicīniskās ierīces atsaukšanas paziņojumu { $notice } par problēmu, kas ietekmē NextSeq 550Dx, MiSeqDx, NovaSeq 6000Dx instrumentus, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4 un VeriSeq Onsite Server v2.
form-intro-2 = Lūdzu, aizpildiet tālāk esošo veidlapu, lai apstiprinātu, ka esat saņēmis paziņojumu un veicis šajā paziņojumā norādītās nepieciešamās klienta darbības. Kad veidlapa ir aizpildīta, lūdzu, nosūtiet to uz e-pasta adresi <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
form-intro-3 = Varat arī nosūtīt e-pastu Illumina tehniskajam atbalstam, lai sniegtu tālāk pieprasīto informāciju.
form-received = Es apstiprinu { $notice } sanemšanu un to, ka izlasīju un saprotu tā saturu.
form-cyberguidance-read = Es apstiprinu, ka Kiberdrošības vadlīniju dokumenti ir lejupielādēti un izlasīti.

## E-pasts (build --recipients ... --email): kas klientam jādara, dažās rindās
email-summary = Kiberdrošības ievainojamība skar saziņu starp paziņojumā uzskaitītajiem produktiem un Jūsu tīkla krātuvi, serveriem vai datoriem. Lūdzu, izlasiet pievienoto paziņojumu, konfigurējiet drošu protokolu, kā aprakstīts kiberdrošības vadlīnijās, un nosūtiet atpakaļ atbildes veidlapu.
