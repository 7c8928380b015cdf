### De e-mail die per ontvanger een eigen brief meestuurt (`noticegen build --recipients FILE --email`):
### het onderwerp en de delen van de tekst die alle kennisgevingen gemeen hebben (brontaal: Engels). De eigen
### samenvatting van de kennisgeving van wat er moet gebeuren, is het projectbericht `email-summary`.
### review-status: unreviewed

## Onderwerp
# Het woord voor 'dringend' in deze taal: het onderwerp begint ermee.
email-urgent = DRINGEND
# $urgent: het bericht hierboven; $title: de hoofdtitel van de kennisgeving; $notice: het nummer ervan.
email-subject = { $urgent }: { $title } ({ $notice })

## Tekst
# $contact, $organisation, $account: uit de lijst van ontvangers.
email-greeting = Geachte { $contact },
# $notice: het nummer van de kennisgeving.
email-intro = Bijgevoegd vindt u veiligheidskennisgeving { $notice } voor { $organisation } (klantnummer { $account }) en uw antwoordformulier.
# $days: de antwoordtermijn in dagen.
email-deadline = Wij verzoeken u het ingevulde antwoordformulier binnen { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } terug te sturen, ook als u geen van de betrokken hulpmiddelen meer in uw bezit hebt.
email-reply = Om te antwoorden vult u het bijgevoegde formulier in, slaat u het op en stuurt u het terug door deze e-mail te beantwoorden.
email-attachments = Bijlagen
email-closing = Met vriendelijke groet,
