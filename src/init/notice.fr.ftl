### FSN-0001 — le texte de votre premier avis. Remplacez-le par le vôtre.

title-notice = Avis de sécurité urgent
title-subject = Objet de l'avis
product-device-a = Instrument exemple A
products-caption = Tableau 1 : Produits visés
col-product = Produit
col-ref = REF
col-lots = Lots

intro = Nous vous écrivons pour vous informer d'une mesure corrective de sécurité visant le produit indiqué ci-dessous.
heading-problem = Description du problème
problem = Décrivez ici le problème, le danger et le risque pour les patients et les utilisateurs.
heading-actions = Mesures à prendre par l'utilisateur
step-1 = Vérifiez si votre inventaire contient les lots visés.
step-2 = Remplissez le formulaire de réponse et retournez-le dans les 10 jours.

form-title = Formulaire de réponse
form-intro = Veuillez retourner ce formulaire dans les 10 jours à support@example.com.
form-customer = Client
form-organisation = Organisation :
form-name = Nom :
form-read = J'ai lu et compris l'avis de sécurité { $notice }.
form-stock = Produits visés en inventaire :
form-col-quantity = Quantité
form-signature = Signature :
form-date = Date (JJ-MMM-AAAA) :

# Le courriel d'une lettre par destinataire (build --recipients FICHIER.csv --email) : ce qu'il faut faire, en bref.
email-summary = Veuillez vérifier votre inventaire pour les lots visés par l'avis, suivre les étapes décrites et nous renvoyer le formulaire de réponse.
