### FSN2023-1338 (Dutch): cybersecurityprobleem in de UCS-software van NextSeq 550Dx en MiSeqDx.

## Products
product-miseq-dx = MiSeq™Dx Instrument
product-nextseq-550dx = NextSeq™ 550Dx Instrument
product-nextseq-550dx-short = NextSeq 550Dx
product-miseq-dx-short = MiSeqDx

## Letter
intro = Illumina neemt contact met u op vanwege een cybersecurityprobleem in de software van de Universal Copy Service (UCS) dat is vastgesteld in de instrumenten NextSeq™ 550Dx en MiSeq™Dx. In deze mededeling vindt u een overzicht van het probleem, de acties die Illumina onderneemt en de acties die de klant moet ondernemen.
products-caption = Tabel 1: Getroffen product(en)
col-product = Getroffen product
col-catalogue = Catalogusnummer
col-udi = Identificatienummer apparaat
summary-1 = Illumina heeft intern een cybersecurityprobleem vastgesteld dat gevolgen heeft voor de software van de Universal Copy Service (UCS) in de Illumina-sequencinginstrumenten genoemd in tabel 1 hierboven. Tot op heden heeft Illumina geen meldingen ontvangen en geen bewijzen aangetroffen die erop wijzen dat misbruik is gemaakt van deze kwetsbaarheid.
summary-2 = In het geval van misbruik zou een niet-bevoegde gebruiker mogelijk de controle over het instrument over kunnen nemen en actie kunnen ondernemen op het niveau van het besturings-systeem, waaronder acties die de instellingen, configuraties, software of gegevens van het instrument of uw netwerk kunnen beïnvloeden. Misbruik van de kwetsbaarheid kan leiden tot het uitblijven van resultaten of tot incorrecte resultaten van analyses op het instrument, beschadigde bestanden of het openbaar worden van patiëntgegevens.
measures-intro = Illumina heeft de volgende twee maatregelen voor deze kwetsbaarheid geïdentificeerd:
measure-1 = Een softwarepatch die de mogelijkheid van externe toegang tot het instrument via de UCS-software wegneemt.
measure-2 = Het wijzigen van de UCS-gebruikersconfiguratie(s).
measures-detail = Gedetailleerde instructies voor elke maatregel worden beschreven in de sectie Acties die de klant moet ondernemen.
best-practices = Illumina herinnert klanten er ook aan om de best practices met betrekking tot cybersecurity te volgen, waaronder inschakeling van de firewall. Instructies hiervoor zijn <a href="cyberguidance">hier</a> beschikbaar.
risk = Het niet opvolgen van deze instructies of het niet implementeren van de best practices voor netwerkbeveiligingsmaatregelen ter bescherming van uw systemen kan ertoe leiden dat uw organisatie wordt blootgesteld aan de risico's die hierboven staan beschreven.
authorities = De relevante plaatselijke en internationale regelgevende instanties, met inbegrip van de bevoegde autoriteiten, worden van deze kwestie in kennis gesteld.
note-dual-boot = <b>Opmerking:</b> de getroffen instrumenten hebben een dual boot-modus. Het is dan ook belangrijk om de instructies afzonderlijk toe te passen op elke modus (Dx-modus en RUO-modus) van elk instrument.
actions-intro = Onderneem de volgende acties voor alle getroffen instrumenten om de maatregelen te implementeren:
step-1 = <b>De softwarepatch downloaden en installeren:</b> voor elk instrument dat is verbonden met het internet: download en installeer onmiddellijk de softwarepatch (<a href="patch">hier</a> beschikbaar) voor alle getroffen instrumenten.
step-1-a = Wij raden u aan een back-up te maken van uw gegevens voordat u de softwarepatch installeert.
step-1-b = Voor uw veiligheid verstrekt Illumina het websiteadres op dit moment alleen aan getroffen klanten en regelgevende instanties.
step-1-c = Voor elk instrument dat niet is verbonden met het internet: neem contact op met <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a> voor instructies over andere manieren om de softwarepatch te implementeren.
step-2 = <b>De UCS-gebruikersconfiguratie(s) wijzigen:</b> wijzig de UCS-gebruikersconfiguratie naar standaardgebruiker (zonder beheerdersrechten) door de instructies te volgen die <a href="ucsconfig">hier</a> beschikbaar zijn.
note-config = <i>OPMERKING: wijzigingen in de UCS-gebruikersconfiguratie(s) kunnen invloed hebben op enkele gebruikersafhankelijke functies, zoals netwerkbevoegdheden, toegang tot opslag of eindpuntlocaties. Neem contact op met uw lokale IT-ondersteuning om de juiste configuratie te garanderen.</i>
return-form = Vul het verificatieformulier in en stuur het terug nadat alle stappen in de instructies over uw specifieke getroffen instrument(en) zoals vermeld in tabel 1, zijn uitgevoerd.
note-compromised = <b>OPMERKING:</b> als u vermoedt dat er inbreuk is gemaakt op uw instrument door een niet-bevoegde gebruiker, koppel de netwerkkabel dan onmiddellijk los en neem contact op met <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
adverse-events = Als u een ongewenst voorval ondervindt als gevolg van deze kwetsbaarheid bij het gebruik van een van de getroffen producten, verzoeken wij u dit te melden bij het MedWatch Adverse Event Reporting-programma van de FDA. Dit kunt u online, per gewone post of per fax doen. U kunt de melding online invullen en versturen via <a href="medwatch">www.fda.gov/medwatch/report.htm</a>. In regio's buiten de VS verzoeken wij u contact op te nemen met de plaatselijke regelgevende instantie.
closing-support = illumina neemt problemen met betrekking tot veiligheid zeer serieus. Wij wijden er ons op toe u te helpen deze kwetsbaarheid aan te pakken. Neem voor andere vragen of hulp contact op met <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
why-1 = U ontvangt dit bericht omdat uit onze gegevens blijkt dat u voor uw organisatie de juiste contactpersoon bent voor productwijzigingen, productveroudering en kwaliteitsproblemen.
why-2 = Let op: kennisgevingen zoals deze bevatten cruciale informatie over onze producten en zijn geen marketingcommunicatie. Het is dus mogelijk dat u deze meldingen ontvangt, ondanks dat u zich hebt afgemeld voor het ontvangen van marketingcommunicatie van illumina. Als u niet de juiste persoon in uw organisatie bent om deze meldingen te ontvangen, kunt u zich afmelden voor deze meldingen door <a href="unsubscribe">dit formulier in te dienen</a>. Raadpleeg voor meer informatie ons <a href="privacy">privacybeleid</a>.

## Verification form
form-intro-1 = Illumina heeft u een mededeling over een dringende terugroepactie voor een medisch apparaat ({ $notice }) gestuurd met betrekking tot een probleem dat invloed heeft op de instrumenten NextSeq 550Dx en MiSeqDx.
form-intro-2 = Vul het onderstaande formulier in om te bevestigen dat u de kennisgeving hebt ontvangen en dat u de acties die de klant moet ondernemen, zoals beschreven in deze kennisgeving, hebt uitgevoerd. E-mail het ingevulde formulier naar <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
form-intro-3 = U kunt ook een e-mail sturen naar de technische ondersteuningsdienst van Illumina om de hieronder gevraagde informatie te verstrekken.
form-product-device = Naam product/apparaat
form-received = Ik bevestig de ontvangst van { $notice } en dat ik de inhoud ervan heb gelezen en begrepen.
form-actions-taken = Ondernomen acties
form-understood-both-steps = Ik begrijp dat beide stappen van de maatregel afzonderlijk moeten worden uitgevoerd voor elke modus (respectievelijk de Dx-modus en RUO-modus) van elk getroffen instrument dat wordt vermeld in dit verificatieformulier
form-step-1 = Stap 1. De softwarepatch downloaden en installeren
form-patch-installed = De patch geïnstalleerd:
form-serial-numbers = Noteer serienummer(s):
form-reason-patch = Geef een reden op indien de patch niet is geïnstalleerd:
form-reason-no-product = Geen product op de locatie waarvoor de actie is vereist
form-reason-no-interruption = Wij willen de activiteiten niet onderbreken om de actie uit te voeren
form-step-2 = Stap 2. De UCS-gebruikersconfiguratie(s) wijzigen
form-config-changed = Wijziging gebruikersconfiguratie:
form-or-choice = OF
form-same-as-step1 = Zelfde nummer(s) als van de instrumenten waarop de softwarepatch uit 'De softwarepatch downloaden en installeren' is geïnstalleerd.
form-reason-config = Geef een reden op indien de gebruikersconfiguraties niet zijn bijgewerkt:
