### L'e-mail che accompagna una lettera personalizzata per ciascun destinatario (`noticegen build --recipients FILE --email`):
### il suo oggetto e le parti del testo comuni a tutti gli avvisi (lingua di origine: inglese). Il riepilogo
### delle azioni da intraprendere, proprio di ciascun avviso, è il messaggio del progetto `email-summary`.
### review-status: unreviewed

## Oggetto
# La parola della lingua per «urgente»: l'oggetto inizia con essa.
email-urgent = URGENTE
# $urgent: il messaggio precedente; $title: il titolo principale dell'avviso; $notice: il suo numero.
email-subject = { $urgent }: { $title } ({ $notice })

## Testo
# $contact, $organisation, $account: dall'elenco dei destinatari.
email-greeting = Gentile { $contact },
# $notice: il numero dell'avviso.
email-intro = Le inviamo in allegato l'avviso di sicurezza { $notice } per { $organisation } (numero cliente { $account }) e il relativo modulo di risposta.
# $days: il termine per la risposta in giorni.
email-deadline = La preghiamo di restituire il modulo di risposta compilato entro { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }, anche se non è più in possesso di alcuno dei dispositivi interessati.
email-reply = Per rispondere, compili il modulo allegato, lo salvi e lo rimandi rispondendo a questa e-mail.
email-attachments = Allegati
email-closing = Cordiali saluti,
