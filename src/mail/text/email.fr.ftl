### Le courriel qui accompagne une lettre propre à chaque destinataire (`noticegen build --recipients FILE --email`) :
### son objet et les parties de son texte communes à tous les avis (langue source : anglais). Le résumé des
### mesures à prendre, propre à chaque avis, est le message du projet `email-summary`.
### review-status: unreviewed

## Objet
# Le mot de la langue pour « urgent » : l'objet commence par ce mot.
email-urgent = URGENT
# $urgent : le message ci-dessus ; $title : le titre principal de l'avis ; $notice : son numéro.
email-subject = { $urgent } : { $title } ({ $notice })

## Texte
# $contact, $organisation, $account : issus de la liste des destinataires.
email-greeting = Bonjour { $contact },
# $notice : le numéro de l'avis.
email-intro = Veuillez trouver ci-joint l'avis de sécurité { $notice } destiné à { $organisation } (compte client { $account }) ainsi que votre formulaire de réponse.
# $days : le délai de réponse en jours.
email-deadline = Veuillez renvoyer le formulaire de réponse complété dans un délai de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, même si vous ne détenez plus aucun des dispositifs concernés.
email-reply = Pour répondre, remplissez le formulaire joint, enregistrez-le et renvoyez-le en répondant à ce courriel.
email-attachments = Pièces jointes
email-closing = Cordialement,
