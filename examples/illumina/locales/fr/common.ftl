### review-status: drafted
### Drafted from the English source; not yet reviewed by a native translator.

## Page marking and title lines
marking-recall = Rappel
title-quality-notice = Avis de qualité
title-urgent-recall = Rappel urgent d'un dispositif médical
title-urgent-fsn = Avis de sécurité urgent
greeting = Madame, Monsieur,
udi-not-applicable = N/A

## Section headings
heading-summary = Résumé du problème
heading-manufacturer-actions = Mesures prises par Illumina
heading-customer-actions = Mesures à prendre par le client
heading-why = Pourquoi vous recevez cet avis

## Letter closing
closing = Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

## Footer on every page
contact-tech-support = Support technique :
contact-customer-care = Service clients :
footer-copyright = © { $year } Illumina, Inc. Tous droits réservés. Toutes les marques de commerce sont la propriété d'Illumina, Inc. ou de leurs détenteurs respectifs. Pour obtenir des renseignements sur les marques de commerce, consultez la page www.illumina.com/company/legal.html.
footer-reference = { $notice } ({ $document })
footer-page = Page { $page } sur { $pages }
footer-ivd = Pour utilisation diagnostique <i>in vitro</i>. Non disponible dans tous les pays ou toutes les régions.
draft-mark = BROUILLON

## Verification form
form-title = Formulaire de vérification
form-company-name = Nom de l'entreprise
form-person-info = Informations sur la personne ayant rempli le formulaire
form-name = Nom :
form-job-title = Fonction :
form-date-placeholder = JJ-MMM-AAAA
form-date = Date ({ form-date-placeholder }) :
# The format of the reply form's date fields, as the placeholder above shows it: viewers
# check and tidy a typed date with it, and `replies collect` reads dates with it. Not printed.
# d or dd (day), m, mm or mmm (month; mmm: Jan, Feb... in English), yyyy (year), separators.
form-date-format = dd-mmm-yyyy
form-customer-responses = Réponses du client
form-distributor-responses = Réponses du distributeur/de l'importateur
form-not-applicable = Sans objet
form-dist-identified = J'ai identifié les clients qui ont reçu ou sont susceptibles d'avoir reçu le produit concerné.
form-dist-informed = J'ai informé les clients identifiés de ce rappel.
form-informed-users = Les informations ont été portées à l'attention de tous les utilisateurs concernés.
yes = Oui
no = Non
