### Boilerplate shared by every notice (Dutch).

## Page marking and title lines
marking-recall = Terugroepactie
title-quality-notice = Kwaliteitsmededeling
title-urgent-recall = Dringende terugroepactie voor een medisch apparaat
title-urgent-fsn = Dringende veiligheidsmededeling
greeting = Beste klant,
udi-not-applicable = n.v.t.

## Section headings
heading-summary = Samenvatting van het probleem
heading-manufacturer-actions = Acties die Illumina onderneemt
heading-customer-actions = Acties die de klant moet ondernemen
heading-why = Waarom u deze kennisgeving ontvangt

## Letter closing
closing = Met vriendelijke groet,

## Footer on every page
contact-tech-support = Technische ondersteuning:
contact-customer-care = Klantenservice:
footer-copyright = © { $year } Illumina, Inc. Alle rechten voorbehouden. Alle handelsmerken zijn het eigendom van Illumina, Inc. of hun respectievelijke eigenaren. Ga naar www.illumina.com/company/legal.html voor meer informatie over specifieke handelsmerken.
footer-reference = { $notice } NLD ({ $document })
footer-page = Pagina { $page } van { $pages }
footer-ivd = Voor gebruik bij in-vitrodiagnostiek. Niet in alle landen of regio's beschikbaar.
draft-mark = CONCEPT

## Verification form
form-title = Verificatieformulier
form-company-name = Bedrijfsnaam
form-person-info = Gegevens van de persoon die het formulier invult
form-name = Naam:
form-job-title = Functie:
form-date-placeholder = DD-MMM-JJJJ
form-date = Datum ({ form-date-placeholder }):
# The format of the reply form's date fields, as the placeholder above shows it: viewers
# check and tidy a typed date with it, and `replies collect` reads dates with it. Not printed.
# d or dd (day), m, mm or mmm (month; mmm: Jan, Feb... in English), yyyy (year), separators.
form-date-format = dd-mmm-yyyy
form-customer-responses = Antwoorden van de klant
form-distributor-responses = Antwoorden van distributeur/importeur
form-not-applicable = Niet van toepassing
form-dist-identified = Ik heb de klanten geïdentificeerd die het product hebben ontvangen of mogelijk hebben ontvangen.
form-dist-informed = Ik heb de geïdentificeerde klanten op de hoogte gebracht van deze terugroepactie.
form-informed-users = De informatie is doorgegeven aan alle relevante gebruikers.
yes = Ja
no = Nee
