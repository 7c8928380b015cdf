### El correo electrónico que acompaña a una carta personalizada para cada destinatario (`noticegen build --recipients FILE --email`):
### su asunto y las partes de su texto comunes a todas las notas (idioma de origen: inglés). El resumen de lo
### que hay que hacer, propio de cada nota, es el mensaje del proyecto `email-summary`.
### review-status: unreviewed

## Asunto
# La palabra del idioma para «urgente»: el asunto empieza por ella.
email-urgent = URGENTE
# $urgent: el mensaje anterior; $title: el título principal de la nota; $notice: su número.
email-subject = { $urgent }: { $title } ({ $notice })

## Texto
# $contact, $organisation, $account: de la lista de destinatarios.
email-greeting = Estimado/a { $contact }:
# $notice: el número de la nota.
email-intro = Le adjuntamos la nota de aviso de seguridad { $notice } para { $organisation } (número de cliente { $account }) y su formulario de respuesta.
# $days: el plazo de respuesta en días.
email-deadline = Le rogamos que devuelva el formulario de respuesta cumplimentado en un plazo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, aunque ya no disponga de ninguno de los productos afectados.
email-reply = Para responder, cumplimente el formulario adjunto, guárdelo y envíelo respondiendo a este correo electrónico.
email-attachments = Adjuntos
email-closing = Atentamente,
