### Die E-Mail, die ein empfängerbezogenes Schreiben überbringt (`noticegen build --recipients FILE --email`):
### ihr Betreff und die Textteile, die allen Mitteilungen gemeinsam sind (Ausgangssprache: Englisch). Die eigene
### Zusammenfassung der Mitteilung, was zu tun ist, ist die Projektnachricht `email-summary`.
### review-status: unreviewed

## Betreff
# Das Wort der Sprache für „dringend“: Der Betreff beginnt damit.
email-urgent = DRINGEND
# $urgent: die Nachricht oben; $title: der Haupttitel der Mitteilung; $notice: ihre Nummer.
email-subject = { $urgent }: { $title } ({ $notice })

## Text
# $contact, $organisation, $account: aus der Empfängerliste.
email-greeting = Guten Tag { $contact },
# $notice: die Nummer der Mitteilung.
email-intro = anbei erhalten Sie die Sicherheitsmitteilung { $notice } für { $organisation } (Kundennummer { $account }) sowie Ihr Antwortformular.
# $days: die Antwortfrist in Tagen.
email-deadline = Bitte senden Sie das ausgefüllte Antwortformular innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } zurück, auch wenn Sie keines der betroffenen Produkte mehr besitzen.
email-reply = Um zu antworten, füllen Sie das beigefügte Formular aus, speichern Sie es und senden Sie es als Antwort auf diese E-Mail zurück.
email-attachments = Anlagen
email-closing = Mit freundlichen Grüßen
